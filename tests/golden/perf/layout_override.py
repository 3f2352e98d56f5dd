# The slot fast paths (py2c/layout.h) on receivers typed as "a class or its
# subclasses": every case where taking the slot would be wrong must take the
# generic path instead: a subclass with a property or a class attribute of a
# slot's name, a user __setattr__, a class changed after instances exist,
# instances moved to a __dict__ (__dict__, out-of-order creation, a
# private name, del), and method calls on several subclasses (inline caches).


class Base:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get_x(self):
        return self.x

    def set_y(self, v):
        self.y = v
        return self.y

    def step(self):
        return "base"


class Extra(Base):  # adds attributes after Base's
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def step(self):
        return "extra %s" % self.z


class Prop(Base):  # a property named like Base's slot 0
    def __init__(self, x, y):
        self.y = y

    @property
    def x(self):
        return "prop-x"

    def step(self):
        return "prop"


class ClassAttr(Base):  # a class attribute named like slot 1 (not a data descriptor)
    y = "class-y"

    def __init__(self, x):
        self.x = x


LOG = []


class Guarded(Base):  # stores go through __setattr__, which stores nothing
    def __setattr__(self, name, value):
        LOG.append((name, value))


def show(o):  # o: Base or a subclass
    return o.get_x(), o.x, getattr(o, "y", "<no y>")


objs = [Base(1, 2), Extra(3, 4, 5), Prop(6, 7), ClassAttr(8)]
for o in objs:
    print(type(o).__name__, show(o), o.step())
for o in objs:
    try:
        print(type(o).__name__, o.set_y(o.y), o.y)
    except AttributeError as e:
        print(type(o).__name__, "AttributeError:", e)

g = Guarded(9, 10)
print(LOG, hasattr(g, "x"), g.step())
for f in (g.get_x, lambda: g.set_y(11)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
print(LOG)
c = ClassAttr(1)
print(c.y, c.set_y(5), c.y, ClassAttr.y)
del c.y
print(c.y)
try:
    Prop(1, 2).x = 3
except AttributeError as e:
    print("AttributeError:", e)

# DICT mode: __dict__ (through a getattr inference does not follow),
# out-of-order creation, a private name (outside every layout), del
a = Base(1, 2)
d = getattr(a, "__di" + "ct__")  # (a getattr inference does not follow)
d["x"] = "via-dict"
print(a.get_x(), a.x, a.y, a.set_y(3), d)


class Late(Base):
    def __init__(self):
        self.y = "y-first"  # slot 1 before slot 0: a __dict__ in creation order
        self.x = "x-second"


class Private(Base):
    def __init__(self):
        self.x = 1
        self.__p = "private"  # _Private__p: in no layout
        self.y = 2

    def p(self):
        return self.__p


def dict_of(o):  # (a getattr inference does not follow: the classes keep their layouts)
    return getattr(o, "__di" + "ct__")


l = Late()
print(l.x, l.y, l.get_x(), l.set_y(5), l.y, dict_of(l))
pr = Private()
print(pr.x, pr.y, pr.p(), pr.get_x(), pr.set_y(6), pr.y)
e = Extra(1, 2, 3)
del e.y
print(e.x, e.z, getattr(e, "y", "<deleted>"))
e.y = "back"
print(e.y, e.set_y("again"), e.get_x(), e.x, dict_of(e), dict_of(Extra(1, 2, 3)))

# the class changes after instances exist
p = Base(1, 2)
print(p.get_x())
Base.x = property(lambda self: "now-a-property", lambda self, v: None)
print(p.get_x(), p.x, Extra(1, 2, 3).get_x())
del Base.x
print(p.get_x(), p.x)

# a method shadowed by an instance attribute, a method replaced on the class
def steps(items):
    return [i.step() for i in items]

items = [Base(0, 0), Extra(0, 0, "z"), Prop(0, 0), Base(0, 0)]
print(steps(items))
items[3].step = lambda: "own"
print(steps(items))
Extra.step = lambda self: "replaced"
print(steps(items))
del Extra.step
print(steps(items))

# a method found through the inline cache, shadowed by an entry of the
# instance's __dict__ (ping is in no layout: no store names it)
class Pinger:
    def __init__(self, n):
        self.n = n

    def ping(self):
        return "ping %d" % self.n


class Pinger2(Pinger):
    def ping(self):
        return "ping2 %d" % self.n


def pings(ps):
    return [p.ping() for p in ps]


ps = [Pinger(1), Pinger2(2), Pinger(3), Pinger2(4)]
print(pings(ps), pings(ps))
dict_of(ps[2])["ping"] = lambda: "own ping"
print(pings(ps), pings(ps))
del dict_of(ps[2])["ping"]
print(pings(ps))

# a slot read that fails, uncaught: the traceback
q = Base(1, 2)
del q.x
print(q.get_x())
