# groupby (groups share the underlying iterator) and tee.
from itertools import groupby, tee, islice, count

for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print(list(groupby([])))

# Advancing the outer iterator invalidates the previous group.
groups = []
for k, g in groupby('aabbbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))

# A partly consumed group: the outer iterator skips the rest of it.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
print([(k, list(g)) for k, g in gb])

data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=lambda p: p[0]):
    print(key, [v for _, v in grp])

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee([1], 0))
a, b = tee(count())
print(list(islice(a, 100))[-1], next(b), list(islice(b, 60))[-1], next(a))
a, b = tee(iter([1, 2, 3]))
c, d = tee(a)
print(next(a), list(c), list(d), list(b))
print(type(a).__name__)

def bad(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: groupby())
bad(lambda: groupby([1], 2, 3))
bad(lambda: next(groupby([1], key=1)))
bad(lambda: tee())
bad(lambda: tee([1], -1))
bad(lambda: tee([1], n=2))
bad(lambda: tee(5))
