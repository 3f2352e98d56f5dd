# fields(), asdict()/astuple() (recursive), replace(), is_dataclass(), Field
# attributes, __dataclass_params__, recursive repr, local classes.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Counter:
    name: str
    count: int = field(default=0, init=False)
    hidden: str = field(default="h", repr=False)
    def __post_init__(self):
        self.count = len(self.name)

c = Counter('abc')
print(is_dataclass(c), is_dataclass(Counter), is_dataclass(Base(1).x), is_dataclass(int))
print(replace(c, name='hello'), replace(Base(1), y=7))
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])], {"k": (Tree(5), 6)})
print(asdict(t))
print(astuple(t))
print(asdict(Base(1, 2), dict_factory=list))
t2 = Tree(0)
t2.children.append(t2)
print(t2)
t2.children.clear()
f0 = fields(Counter)[1]
print(f0.name, f0.type, f0.default, f0.init, f0.repr, f0.compare, f0.hash, f0.kw_only)
print(Base.__dataclass_params__)
print(Base(1) < Base(2) if hasattr(Base, '__lt__') and False else 'no order')
try:
    Base(1) < Base(2)
except TypeError as e:
    print(e)

@dataclass(order=True)
class P:
    a: int
    b: str
print(P(1, 'b') < P(1, 'c'), P(2, 'a') >= P(1, 'z'), P(1, 'a') <= P(1, 'a'), sorted([P(2, 'x'), P(1, 'y')]))
@dataclass(order=True)
class Q:
    a: int
try:
    P(1, 'a') < Q(1)
except TypeError as e:
    print(e)
print(P(1, 'a') == Q(1), P.__eq__(P(1, 'a'), Q(1)))

def make():
    @dataclass
    class Local:
        v: float = 0.5
    return Local
L = make()
print(L(), L.__qualname__, L.__init__.__qualname__, L.__repr__.__name__)
try:
    L(1, 2)
except TypeError as e:
    print(e)
try:
    L(w=1)
except TypeError as e:
    print(e)
