# Inline attribute caches must notice every change that CPython sees:
# methods rebound on the class after calls, instance attributes shadowing
# methods, properties added later, class attributes rebound, __setattr__ and
# __getattr__ added to a class after its instances were used, deletions.


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


def use(p):
    # the same sites see every change below
    return p.norm1(), p.scale, p.x


p = Point(3, -4)
q = Point3(1, 2, 3)
for _ in range(3):
    print(use(p), use(q))

# rebinding a method on the class after calls
Point.norm1 = lambda self: self.x * 100
print(use(p), use(q))

# a subclass overriding it later
Point3.norm1 = lambda self: -1
print(use(p), use(q))
del Point3.norm1
print(use(p), use(q))

# instance attribute shadowing a method (and un-shadowing)
p.norm1 = lambda: "instance"
print(use(p), use(q))
del p.norm1
print(use(p), use(q))

# class attribute rebound, then shadowed by the instance
Point.scale = 7
print(use(p), use(q))
q.scale = 9
print(use(p), use(q))
Point.scale = 8
print(use(p), use(q))

# a property added later wins over the instance __dict__ (data descriptor)
Point.x = property(lambda self: "prop-x")
print(use(p), use(q))
print(p.__dict__["x"])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
del Point.x
print(use(p), use(q))

# a non-data descriptor: the instance __dict__ wins
class NonData:
    def __get__(self, obj, cls):
        return "nondata"


Point.y = NonData()
Point.w = NonData()
print(p.y, p.w)
del Point.y, Point.w


# __setattr__ and __getattr__ added after use
def store(self, name, value):
    object.__setattr__(self, name, ("wrapped", value))


def setx(o, v):
    o.x = v


setx(p, 1)
print(p.x)
Point.__setattr__ = store
setx(p, 2)
print(p.x)
del Point.__setattr__
setx(p, 3)
print(p.x)


def get_missing(o):
    return o.missing


try:
    get_missing(p)
except AttributeError as e:
    print("AttributeError", e)
Point.__getattr__ = lambda self, name: "getattr:" + name
print(get_missing(p), get_missing(q))
del Point.__getattr__
try:
    get_missing(q)
except AttributeError as e:
    print("AttributeError", e)

# a method found through a cache, then deleted
del Point.norm1
try:
    use(p)
except AttributeError as e:
    print("AttributeError", e)


# a class created in a loop: each is a new type at possibly the same address
def make(n):
    class K:
        def val(self):
            return n

    return K()


print([make(i).val() for i in range(5)])
