# @dataclass: generated __init__/__repr__/__eq__, order, frozen, hash rules,
# __post_init__, default_factory, and the definition-time errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(Point.__doc__, Point.y, Point.__match_args__)
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))

@dataclass(frozen=True, order=True)
class V:
    a: float
    tags: list = field(default_factory=list, compare=False, repr=False)
v = V(1.5)
print(v, hash(v) == hash((1.5,)), V(1.0) < V(2.0), sorted([V(3), V(1), V(2)]))
try:
    v.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    V(1) < 3
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        tags: list = []
except ValueError as e:
    print(e)

@dataclass
class Line:
    start: Point
    end: Point
    pts: list = field(default_factory=list)
    def length2(self):
        return (self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2
    def __post_init__(self):
        self.pts.append(self.start)
l = Line(Point(0, 0), Point(3, 4))
print(l, l.length2(), asdict(l), astuple(l))
