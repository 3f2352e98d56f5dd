# Printed set order must equal CPython's (ints, floats, bools, tuples).
# (set displays of constants only are built as CPython 3.11 does: adds into a
# frozenset constant, then copied into a new set; a variable element avoids that)
z = 0
print({-1, -2, z, 1, 2}, {2 ** 61 - 1, 2 ** 61, 2 ** 62, -2 ** 61, 2 ** 64 + 7, z}, {10 ** 20, 10 ** 15, 7, z})
print({0.5, 1.5, -0.5, 2.25, 1e300, -1e-300, float("inf"), float("-inf"), 3.0, 1e16, z})
print({True, False}, {False, True, 2}, {1, True, 1.0}, {0.0, 0, False, -0.0})
print({(1, 2), (2, 1), (0,), (), ((1, 2), 3), (1.5, -1), (True, False), (z,)})
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 97 - 40)
print(s)
for i in range(-40, 60, 3):
    s.discard(i)
print(s)
for i in range(100, 130):
    s.add(i)
print(s, len(s))
print(s.copy(), set(s), frozenset(s))
a = {x * 1.25 for x in range(-10, 10)}
b = {x * 0.5 for x in range(0, 30, 3)}
print(a | b, b | a)
print(a & b, b & a, a - b, b - a, a ^ b, b ^ a)
c = set(range(40))
c.difference_update(range(0, 40, 2))
c.update({100, 64, 32, 96})
print(c)
c.intersection_update({1, 3, 5, 64, 96, 200})
print(c)
c.symmetric_difference_update([3, 7, 33, 65])
print(c)
t = {(i, j) for i in range(4) for j in range(3)}
print(t)
t -= {(0, 0), (3, 2)}
t.add((9, 9))
print(t, {(i, -i) for i in range(-3, 4)})
g = set()
for k in range(1, 20):
    g.add(k * 1000003)
    g.add(-k)
print(g)
p = set(range(10))
popped = [p.pop() for _ in range(4)]
print(popped, p)
p.add(0)
p.add(100)
print(p)
keys = {x: -x for x in [33, 1, 65, 2]}
print(set(keys), set(keys.items()), set(keys.values()))
print({2 ** 40 + i for i in range(5)}, {-(2 ** 47) - i for i in range(3)}, {2 ** 100, 2 ** 100 + 1})
print({i / 3 for i in range(8)}, {1e-5 * i for i in range(1, 6)})
print(frozenset({(1, 2.5), (True, False), (0, 0)}), frozenset(range(30, 0, -4)))
print(set([3, 1, 2]) == {1, 2, 3}, sorted(set([3, 1, 2])), list({8, 16, 24, 32}), list({1 << 10, 1 << 20, 1 << 30}))
