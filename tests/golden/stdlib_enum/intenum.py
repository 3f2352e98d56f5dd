# IntEnum: members compare, hash, format, index and compute as their ints.
from enum import Enum, IntEnum, auto

class Mood(Enum):
    FUNKY = 1

class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(list(Prio), Prio.LOW < Prio.HIGH, Prio.MID > 1, max(Prio), Prio.HIGH == 3, 3 == Prio.HIGH)
print(f"{Prio.MID}", f"{Prio.MID:03d}", str(Prio.MID), repr(Prio.MID), "%s" % Prio.MID, format(Prio.HIGH, "x"))
print(Prio.HIGH * 2, 10 - Prio.MID, Prio.HIGH ** 2, Prio.HIGH % 2, divmod(7, Prio.HIGH), Prio.HIGH << 1, Prio.MID | 1)
print(abs(Prio.LOW), -Prio.LOW, ~Prio.LOW, int(Prio.HIGH), float(Prio.MID), bool(Prio.LOW), hash(Prio.MID) == hash(2))
print(sorted([Prio.HIGH, Prio.LOW, Prio.MID]), sum(Prio), ["a", "b", "c", "d"][Prio.HIGH])
print({1: 'one', 2: 'two'}[Prio.MID], Prio(2) is Prio.MID, Prio.MID == Mood.FUNKY)
try:
    Prio.LOW + "x"
except TypeError as e:
    print(e)
print(type(Prio), type(Prio.LOW).__name__, isinstance(Prio.LOW, Prio), isinstance(Prio.LOW, Enum), issubclass(Prio, IntEnum))

