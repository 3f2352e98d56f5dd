# py2c-test: reference-cycles (super() in methods: the __class__ cell)
# Subclasses of classes with known attributes: subclasses adding
# attributes, base methods reading them on subclass instances, a property
# in a subclass (or added to a class later) named like a base attribute,
# __setattr__ in a subclass, __slots__ and multiple inheritance.


class Base:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def total(self):
        return self.x + self.y


class Child(Base):
    def __init__(self, x, z):
        super().__init__(x)
        self.z = z

    def total(self):
        return super().total() + self.z


class Early(Base):
    def __init__(self, x):
        self.w = "w first"
        super().__init__(x)


objs = [Base(1), Child(2, 3), Early(4)]
for o in objs:
    print(type(o).__name__, o.total(), vars(o), isinstance(o, Base))
for o in objs:
    o.x = 100  # the same site for every class
    print(o.total(), end=" ")
print()


class Prop(Base):
    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v


p = Prop(3)
print(p.x, p.y, vars(p), p.total())
p.x = 4
print(p.x, vars(p))


class Late(Base):
    pass


a = Late(5)
b = Late(6)
print(a.x, vars(a))
Late.x = property(lambda self: "property wins")
print(a.x, b.x, vars(a), a.total() if False else "")
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError:", e)
del Late.x
print(a.x, b.total())
Base.y = "class y"
print(a.y, Base(1).y)
del Base.y


class Logged(Base):
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)


lg = Logged(7)
lg.y = 0
print(vars(lg), lg.total())


class Slotted(Base):
    __slots__ = ("s",)


sl = Slotted(8)
sl.s = "s"
print(sl.total(), sl.s, sl.x, sl.y)


class Other:
    def __init__(self):
        self.o = "o"


class Both(Base, Other):
    def __init__(self):
        Base.__init__(self, 9)
        Other.__init__(self)


bo = Both()
print(vars(bo), bo.total(), bo.o)
