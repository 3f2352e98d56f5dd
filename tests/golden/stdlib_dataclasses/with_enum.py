# dataclasses and enums together: enum defaults, a field named self, copy of
# members, empty and option-less dataclasses, enums in functions.
import copy
from enum import Enum, IntEnum
from dataclasses import dataclass, field, asdict
class Color(Enum):
    RED = 1
    BLUE = 2
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")
@dataclass
class S:
    self: int
    color: Color = Color.RED
    tags: list = field(default_factory=lambda: ['a'])
s = S(1)
print(s, asdict(s), S(self=2, color=Color.BLUE))
print(S.__init__.__name__)
def f():
    class Inner(Enum):
        A = 1
    return Inner
I = f()
try:
    I(9)
except ValueError as e:
    print(e)
print(I.A, repr(I.A), I)
@dataclass
class E:
    pass
print(E(), E() == E(), E.__doc__)
@dataclass(repr=False, eq=False, init=False)
class N:
    a: int = 3
n = N()
print(n.a, N.__doc__, type(repr(n)))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
print([d.name for d in Weekday], Weekday.MON.value + Weekday.TUE.value, str(Weekday.TUE) + "!", Weekday(True))
print(Color.__members__['RED'], Color['BLUE'].value, Color.RED.__class__.__name__, Color.__name__, Color.__qualname__, Color.__module__)
