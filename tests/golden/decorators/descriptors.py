# @staticmethod, @classmethod, @property (getter/setter/deleter) as decorators.
class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self._degrees = degrees
        Temperature.instances += 1

    @property
    def degrees(self):
        """The temperature."""
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._degrees = value

    @degrees.deleter
    def degrees(self):
        print("deleting")
        self._degrees = 0

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls, prefix="scale"):
        return prefix + " " + cls.scale


class Fahrenheit(Temperature):
    scale = "F"


t = Temperature(20)
print(t.degrees, Temperature.convert(100), t.convert(0))
t.degrees = 25
print(t.degrees)
try:
    t.degrees = -300
except ValueError as e:
    print("error:", e)
del t.degrees
print(t.degrees)
f = Fahrenheit.freezing()
print(type(f).__name__, f.degrees, Fahrenheit.describe(), Temperature.describe("unit"), f.describe())
print(Temperature.instances)
print(type(Temperature.__dict__["convert"]).__name__, type(Temperature.__dict__["freezing"]).__name__)
print(Temperature.degrees.__doc__)


class Stacked:
    def __init__(self):
        self.log = []

    @staticmethod
    def helper(x):
        return x + 1

    @property
    def value(self):
        return Stacked.helper(len(self.log))


s = Stacked()
s.log.append(1)
print(s.value)
try:
    s.value = 3
except AttributeError as e:
    print("AttributeError:", e)
