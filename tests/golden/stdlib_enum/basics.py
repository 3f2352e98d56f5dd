# Enum: members from the class body, aliases, auto(), lookups by value and
# name, iteration, reprs and str/format, the metaclass errors, unique.
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", f"[{Color.RED:>12}]", format(Color.RED, ""))
print(Color, repr(Color), list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.__members__)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(repr(Shape.CIRCLE), str(Shape.CIRCLE), f"{Shape.CIRCLE}", f"[{Shape.CIRCLE:>5}]", Shape.CIRCLE + 1, Shape.CIRCLE == 1, hash(Shape.CIRCLE))
print(Shape.CIRCLE + Shape.SQUARE, type(Shape.CIRCLE + Shape.SQUARE), -Shape.SQUARE, Shape.SQUARE * 2.5, 3 - Shape.SQUARE, Shape.SQUARE / 2, Shape.SQUARE // 2)
try:
    Color(5)
except ValueError as e: print(e)
try:
    Color['PINK']
except KeyError as e: print(repr(e))
try:
    Color.RED = 5
except AttributeError as e: print(e)
try:
    Color.RED < Color.BLUE
except TypeError as e: print(e)
print(Color.RED.name, Color.RED.value, Color.RED in Color, Shape.CIRCLE in Color)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 1}[Color.CRIMSON])
print(Color.RED == 1, Color.RED != Color.BLUE)
print(type(Color.RED), type(Color), Color.RED.__class__.__name__)
print(Shape(2), Shape['SQUARE'], Shape.SQUARE.name, [10,20,30][Shape.SQUARE], int(Shape.SQUARE), float(Shape.SQUARE))
print(sorted([Shape.SQUARE, Shape.CIRCLE, 0]))
print(bool(Color.RED))
print(Color._member_names_, A._value2member_map_)
try:
    del Color.RED
except AttributeError as e: print(e)
try:
    Color.PINK = 5
    print(Color.PINK)
except AttributeError as e: print(e)
try:
    @unique
    class B(Enum):
        P = 1
        Q = 1
        R = 2
        S = 2
except ValueError as e: print(e)
print(Color(Color.RED), Color.RED.value.__class__)
try:
    class C(Color):
        PINK = 7
except TypeError as e: print(e)
