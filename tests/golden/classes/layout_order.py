# Instances of classes whose attributes are all known (py2c gives them a
# fixed layout): __dict__ order for different orders of first assignment,
# attributes set only on some paths, del and re-add, vars() and __dict__
# seen and changed, names outside the class's attributes, the errors for
# unset attributes, class attributes of the same name, __class__ and repr.


class Point:
    kind = "point"
    z = 0

    def __init__(self, x, y, flip=False):
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def set_z(self, z):
        self.z = z

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
q = Point(3, 4, flip=True)
print(vars(p), vars(q))
print(p, q, p.norm1(), q.norm1(), p.kind, q.__class__.__name__, type(q) is Point)
print(p.z, Point.z, "z" in vars(p))
p.set_z(5)
print(p.z, Point.z, vars(p))
q.set_z(6)
q.x = 30
print(vars(q), q.norm1())

# an attribute read before it is set
class Lazy:
    def __init__(self, early):
        if early:
            self.a = 1
        self.b = 2

    def get_a(self):
        return self.a


for early in (True, False):
    obj = Lazy(early)
    try:
        print(obj.get_a())
    except AttributeError as e:
        print("AttributeError:", e)
    print(vars(obj), hasattr(obj, "a"), getattr(obj, "a", "default"))
    obj.a = 10
    print(vars(obj), obj.get_a())

obj = Lazy(True)
try:
    del obj.c
except AttributeError as e:
    print("AttributeError:", e)
del obj.a
print(vars(obj))
try:
    obj.get_a()
except AttributeError as e:
    print("AttributeError:", e)
obj.a = 3
print(vars(obj), obj.get_a(), obj.b)

# names outside the known ones, through setattr/getattr
obj = Lazy(True)
setattr(obj, "extra", [1])
obj.extra.append(2)
print(vars(obj), getattr(obj, "extra"), obj.a)
setattr(obj, "a", "A")
print(vars(obj), obj.get_a())

# __dict__ changed directly, and kept after the instance is gone
obj = Lazy(True)
d = obj.__dict__
d["a"] = "via dict"
d["new"] = 1
print(obj.get_a(), obj.new, vars(obj) is d)
obj.b = "B"
print(d)
del obj
print(d)
d2 = vars(Point(7, 8))
print(d2)


class Counter:
    total = 0

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        Counter.total += 1
        return self.n


c1 = Counter()
c2 = Counter()
for _ in range(5):
    c1.bump()
c2.bump()
print(c1.n, c2.n, Counter.total, vars(c1))
