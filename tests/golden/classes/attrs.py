class Config:
    """Holds settings."""
    defaults = {"color": "red"}
    def __init__(self):
        self.size = 3
    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")
c = Config()
print(c.size, c.color, getattr(c, "col" + "or"), getattr(c, "missing", "dflt"), hasattr(c, "nope"))
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "w" + "idth", 10)
print(c.width, vars(c), c.__dict__ is vars(c))
delattr(c, "width")
print(vars(c), hasattr(c, "width"))
try:
    delattr(c, "width")
except AttributeError as e:
    print("AttributeError:", e)
print(Config.__name__, Config.__qualname__, Config.__module__, Config.__doc__, c.__doc__)
print(type(c).__name__, c.__class__ is Config, c.__class__.__name__, "defaults" in Config.__dict__)
class Plain:
    pass
p = Plain()
try:
    p.x
except AttributeError as e:
    print(e)
try:
    Plain.y
except AttributeError as e:
    print(e)
print(Plain.__doc__, repr(p).startswith("<__main__.Plain object at 0x"), str(p) == repr(p))
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner.method.__name__)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = "hi"
l.b = 2
print(vars(l))
del l.a
print(vars(l))
def counter():
    """Counts calls."""
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls, counter.__name__, counter.__doc__, counter.__module__, counter.__dict__)
def wrapper():
    pass
wrapper.__wrapped__ = counter
wrapper.__name__ = counter.__name__
wrapper.__doc__ = counter.__doc__
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is counter)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(o).__name__, vars(Config)["defaults"])
try:
    vars(5)
except TypeError as e:
    print(e)
# py2c-test: reference-cycles (super() keeps its class alive through the __class__ cell)
