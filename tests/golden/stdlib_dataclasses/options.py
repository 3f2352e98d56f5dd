# dataclass options (kw_only, KW_ONLY, eq/unsafe_hash/frozen/order), inheritance of
# fields, init=False and repr=False fields, user methods kept, the option errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10

print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
print(Derived.__doc__)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print(e)

@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(M(1, b=2), M.__doc__, M.__match_args__)
try:
    M(1, 2)
except TypeError as e:
    print(e)
try:
    M(1)
except TypeError as e:
    print(e)

@dataclass(eq=False)
class NoEq:
    a: int
n1, n2 = NoEq(1), NoEq(1)
print(n1 == n2, n1 == n1, hash(n1) == hash(n1))

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(5)) == hash(UH(5, [1])), UH(1) == UH(1))

@dataclass
class Counter:
    name: str
    count: int = field(default=0, init=False)
    hidden: str = field(default="h", repr=False)
    def __post_init__(self):
        self.count = len(self.name)
c = Counter("abc")
print(c, c.count, c.hidden, Counter.count)

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return f"<Custom {self.a}>"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5)

try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class O2:
        a: int
except ValueError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class H(Base):
        b: int = 0
except TypeError as e:
    print(e)
try:
    del F(1).a
except dataclasses.FrozenInstanceError as e:
    print(e)
f = F(1)
try:
    f.other = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class UH2:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
try:
    replace(c, count=5)
except ValueError as e:
    print(e)
try:
    replace(Base(1), w=2)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    asdict(Base)
except TypeError as e:
    print(e)

