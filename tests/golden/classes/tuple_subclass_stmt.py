# `class P(namedtuple(...))` and `class T(tuple)`: instances are tuples with
# the subclass's methods.
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return "Point: x=%d y=%d" % self


class Named(namedtuple("Base", ["a", "b"], defaults=[0])):
    def total(self):
        return self.a + self.b


p = Point(3, -4)
print(p, repr(p), p.norm, p.x, p[1], p._fields, Point._fields, isinstance(p, tuple))
print(p._replace(x=1), type(p._replace(x=1)).__name__, Point._make([5, 6]), p._asdict())
print(p == (3, -4), (1, 2) + p, p + (9,), hash(p) == hash((3, -4)), sorted([Point(2, 0), Point(1, 5)]))
print(Point(y=2, x=1), [c.__name__ for c in Point.__mro__][:2])
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
n = Named(1)
print(n, n.total(), Named(1, 2).total(), type(n).__name__)


class T(tuple):
    __slots__ = ()

    def first(self):
        return self[0]


t = T("xyz")
print(t, t.first(), type(t).__name__, t + t, len(t), T(), T([1]) == (1,))
