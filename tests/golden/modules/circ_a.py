# circular import: circ_b imports this module while its body is still running
print("circ_a starts")
early = "early value"
import circ_b
late = "late value"
print("circ_a ends; circ_b saw:", circ_b.seen)


def use_b():
    return circ_b.helper()
