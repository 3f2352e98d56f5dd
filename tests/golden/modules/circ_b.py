print("circ_b starts")
import circ_a

seen = circ_a.early  # bound before circ_a imported us
try:
    circ_a.late
except AttributeError as e:
    print("AttributeError:", e)
try:
    from circ_a import late
except ImportError as e:
    msg = str(e)
    print("ImportError:", msg[: msg.index(" (most")], msg.endswith("circ_a.py)"))


def helper():
    return "helper of circ_b, circ_a.late is now " + circ_a.late
