s = {5, 3, 100, -1, 7}
print(s, len(s), 3 in s, 4 in s)
s.add(42)
s.discard(100)
s.remove(-1)
print(s)
t = set(range(0, 20, 3))
print(t, s | t, s & t, s - t, t - s, s ^ t)
print(s.union([1, 2], (3,)), s.intersection(t, {9}), t.difference({0, 3}))
u = {x % 7 for x in range(30)}
print(u)
f = frozenset([3.5, 1, (1, 2), True, 0.0])
print(f, hash(frozenset()) == hash(frozenset()), len(f))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} == frozenset({1}), {1, 2}.isdisjoint({3}))
big = set()
for i in range(100):
    big.add(i * 37 % 101)
for i in range(0, 100, 3):
    big.discard(i)
print(big)
print(set([2.5, -2.5, 1e10, 0.1, 3, (1, 'x')[0]]))
while s:
    print(s.pop(), end=' ')
print()
print(set(), frozenset(), set('aaa'), sorted({'b', 'a'}))
