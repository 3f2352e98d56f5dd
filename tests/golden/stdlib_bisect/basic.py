import bisect
from bisect import bisect_left, bisect_right, insort, insort_left

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9, 2.5]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, lo=4), bisect_right(a, 2, 0, 2), bisect_right(a, 2, hi=3))
print(bisect_left(a, 2, 0, None), bisect_right(a, 9, 0, -1), bisect_left(a, 1, 10), bisect_left([], 5))
print(bisect_left(a, 2, True), bisect_right(a, 100, hi=False))

# other sequences
print(bisect_left((1, 3, 5), 4), bisect_right("acegi", "e"), bisect_left(range(0, 100, 5), 42))

# key (3.10+): applied to the items only; insort applies it to x too
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect_right(recs, 3, 0, 2, key=lambda r: r[1]), bisect_left(recs, ("b", 3), key=None))
insort(recs, ("e", 3), key=lambda r: r[1])
insort_left(recs, ("f", 3), key=lambda r: r[1])
bisect.insort_right(recs, ("g", 0), key=lambda r: r[1])
print(recs)

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(b, v)
print(b)
c = [1.0, 2.0]
insort_left(c, 1)
insort(c, 2)
print(c, bisect.insort(c, 0, 0, 1), c)

# ties: left keeps new items before equal ones, right after
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
ks = [K(1, "a"), K(2, "a"), K(2, "b"), K(3, "a")]
insort_left(ks, K(2, "L"))
insort(ks, K(2, "R"))
print(ks)

# comparisons go through __lt__ of the elements
calls = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
cs = [C(i) for i in range(8)]
print(bisect_left(cs, C(5)), calls)
calls.clear()
print(bisect_right(cs, C(5)), calls)

# a sequence type of the program
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * i
print(bisect_left(Seq(100), 50), bisect_right(Seq(100), 49))
