# Enum members with __init__, properties and methods, _missing_, members as
# dict keys, the functional API, subclassing a member-less enum, sunder and
# private names.
from enum import Enum, IntEnum, auto, unique
import enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return f"{self.name} has mass {self.mass}"

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.MERCURY.describe(), Planet((3.303e+23, 2.4397e6)))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    @classmethod
    def default(cls):
        return cls.HAPPY
print(Mood('funky'), Mood.default())
try:
    Mood(7)
except ValueError as e:
    print(e)

d = {Mood.FUNKY: 'f', Mood.HAPPY: 'h'}
print(d[Mood.HAPPY], Mood.FUNKY in d, len(d))
print(Mood.__members__.keys() if False else list(Mood.__members__))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = IntEnum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(list(Shape), Shape.TRI + 1)

class Color(Enum):
    RED = 'r'
    GREEN = 'g'
    def __str__(self):
        return self.name.lower()
    def lighter(self):
        return 'light ' + str(self)
print(Color.RED, repr(Color.GREEN), Color.GREEN.lighter(), f"{Color.RED}", Color('g'))
print(Color.RED.__class__ is Color, Color.RED is Color['RED'], Color.RED == Color.RED, Color.RED != Color.GREEN)
for c in Color:
    print(c.name, c.value)
print([m.value for m in reversed(list(Color))])
class Empty(Enum):
    pass
print(len(Empty), list(Empty), bool(Empty))
try:
    Empty(1)
except TypeError as e:
    print(e)
class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Sub(Base):
    A = 1
print(Sub.A.hello())
try:
    class Bad(Enum):
        _foo_ = 1
except ValueError as e:
    print(e)
class WithPrivate(Enum):
    A = 1
    _WithPrivate__secret = 5
    _x = 2
print(list(WithPrivate))
print(enum.Enum, enum.IntEnum, Color.RED.name, Color.RED._value_, Color._member_names_)
