class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "the temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    def getf(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(getf)
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def freezing(cls):
        return cls(0)
    def twice(x):
        return 2 * x
    twice = staticmethod(twice)

t = Temp(25)
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
for action in ["set", "del"]:
    try:
        if action == "set":
            t.fahrenheit = 1
        else:
            del t.fahrenheit
    except AttributeError as e:
        print("AttributeError:", e)
del t.celsius
print(hasattr(t, "celsius"), hasattr(t, "_c"))
print(Temp.add(2, 3), t.add(4, 5), Temp.twice(21), t.twice(4))
f = Temp.freezing()
print(type(f).__name__, f.celsius)
class Sub(Temp):
    pass
print(type(Sub.freezing()).__name__)
print(isinstance(Temp.__dict__["add"], staticmethod), isinstance(Temp.__dict__["freezing"], classmethod))
print(type(Temp.celsius).__name__, Temp.add.__name__)
t.__dict__["celsius"] = "shadow?"
t.celsius = 7
print(t.celsius, t.__dict__["celsius"])
t.scale = "F"
print(t.scale, Temp.scale, Sub.scale)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "get " + self.name + " of " + type(obj).__name__
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value
class Host:
    field = Desc()
h = Host()
print(h.field, Host.field.name)
h.field = 42
print(h.__dict__, h.field)
p = property(lambda self: 1)
class Late:
    pass
Late.q = p
try:
    Late().q = 5
except AttributeError as e:
    print(e)
print(Late().q)
