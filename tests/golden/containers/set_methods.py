s = {1, 2, 3}
s.add(4)
s.add(2)
s.update([5, 6], (7,), range(8, 10))
print(s, len(s))
s.discard(100)
s.discard(9)
s.remove(8)
print(s, 1 in s, 8 in s, 8 not in s)
t = {4, 5, 6, 10, 11}
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
print(s | t, s & t, s - t, s ^ t, t - s)
print(s.issubset(s | t), s.issuperset({1, 2}), s.isdisjoint({100}), s.isdisjoint(t))
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} == {1}, {1} != {2})
u = s.copy()
u.intersection_update([1, 2, 3, 42])
print(u)
u = s.copy()
u.difference_update({1, 2}, [3])
print(u)
u = s.copy()
u.symmetric_difference_update({1, 100})
print(u)
u |= {200}
u &= {200, 4, 5, 6, 7}
u -= {7}
u ^= {6, 300}
print(u)
p = {10, 20}
print(p.pop(), p.pop(), p)
c = {1, 2}
c.clear()
print(c, bool(c), bool({0}))
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f | g, f & g, f - g, f ^ g, f.union([9]), f.intersection(g), type(f | {1}).__name__, type({1} | f).__name__)
print(f.issubset([1, 2, 3, 4]), f.copy() is f, hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3})
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(nested), frozenset([1, 2]) in nested, {1, 2} in nested)
d = {frozenset({1}): "one", (1, 2): "pair"}
print(d[frozenset([1])], d[(1, 2)])
print(set("abcabc") == {"a", "b", "c"}, sorted(set("hello")), len(set(range(100)) - set(range(50))))
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, {1.5, 2.5}, {-1, -2, -3})
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, seen)
print(set([1, 2]).union(), set().union({1}, {2}), {1, 2}.intersection({2}, {2, 3}), {5}.difference())
print(min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), list({7, 3}))
