from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), (1, 2) == p, isinstance(p, tuple))
x, y = p
print(x, y, list(p), tuple(p), p + (3,), p * 2, hash(p) == hash((1, 2)))
print(Point._fields, p._fields, Point(y=5, x=4), Point(7, y=8))
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), Point._make(range(2)))
print(Point, type(p).__name__, {p: "pt"}[Point(1, 2)], 2 in p, p.count(1), p.index(2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(3, 4)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "a, b,c", rename=False)
print(R(1, 2, 3), R._fields)
S = namedtuple("S", "x x _y 1 def ok", rename=True)
print(S._fields)
E = namedtuple("E", "")
print(E(), len(E()), E._fields)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Point(1))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, y=2, z=3))
show(lambda: Point(1, x=2))
show(lambda: P3())
show(lambda: P3(1, 2, 3, 4))
show(lambda: Point._make([1, 2, 3]))
show(lambda: p._replace(z=1))
show(lambda: p.z)
show(lambda: namedtuple("A", "x 1y"))
show(lambda: namedtuple("A", "x class"))
show(lambda: namedtuple("A", "x _y"))
show(lambda: namedtuple("A", "x x"))
show(lambda: namedtuple("1A", "x"))
show(lambda: namedtuple("A", "x", defaults=[1, 2]))
T = namedtuple("T", "a b c d")
show(lambda: T())


def setx():
    p.x = 5


show(setx)
for f, v in zip(p._fields, p):
    print(f, "=", v)
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 10), Emp("bob", "ops", 7), Emp("cy", "eng", 12)]
print(sorted(staff, key=lambda e: e.salary)[0].name, sum(e.salary for e in staff if e.dept == "eng"))
