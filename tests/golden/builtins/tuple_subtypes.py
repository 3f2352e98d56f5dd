# tuple operations with tuple subtypes (namedtuple instances) on either side,
# and str.maketrans's exact-dict check.
from collections import namedtuple, OrderedDict, defaultdict

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print((1, 2) + Point(3, 4))
print(type((1, 2) + p).__name__, type(p + (5,)).__name__, type(() + p).__name__, type(p + ()).__name__)
print(Point(1, 2) == (1, 2), (1, 2) == Point(1, 2), (1, 2) != Point(1, 2))
print((1, 2) < Point(1, 3), Point(0, 9) < (1,), (1, 2, 3) > Point(1, 2), Point(1, 2) >= (1, 2))
print(p * 2, 2 * p, type(p * 1).__name__, type(1 * p).__name__, p * 0)
print(p[:], type(p[:]).__name__, p[::-1], p[1:])
print((3, 4) in {Point(3, 4)}, hash(p) == hash((3, 4)))
print(sorted([Point(2, 1), (1, 5), Point(1, 2)]))
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)

print(str.maketrans({"a": "b", ord("c"): None}))
for m in [OrderedDict(a="b"), defaultdict(str), [("a", "b")]]:
    try:
        str.maketrans(m)
    except TypeError as e:
        print(type(m).__name__, "TypeError:", e)
