# the main file imports circ_a, which imports circ_b, which imports circ_a
import circ_a
import circ_b
print(circ_a.use_b())
print(circ_b.circ_a is circ_a)
