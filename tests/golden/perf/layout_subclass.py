# A subclass extends its base's layout; instances of both (and of a
# subclass of the subclass) meet at base-class sites; a class attribute and
# an instance attribute of the same name; a property in a subclass over a
# name the base stores in its instances.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


class Shape:
    kind = "shape"
    sides = 0

    def __init__(self, name):
        self.name = name
        self.area = 0.0

    def describe(self):
        return self.name + ":" + self.kind + ":" + str(self.area) + ":" + str(self.sides)


class Rect(Shape):
    kind = "rect"

    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h
        self.area = w * h
        self.sides = 4

    def grow(self, d):
        self.w += d
        self.h += d
        self.area = self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    @property
    def area(self):
        return 3.0 * self.r * self.r

    @area.setter
    def area(self, v):
        self._set = v


def total_area(shapes):
    t = 0.0
    for s in shapes:
        t += s.area
    return t


shapes = [Shape("blob"), Rect(2.0, 3.0), Square(1.5), Circle(2.0)]
for s in shapes:
    print(s.describe(), sorted(attrs(s).items()))
print(total_area(shapes))
r = shapes[1]
r.grow(1.0)
print(r.w, r.h, r.area, Rect.kind, r.kind, Shape.sides, r.sides)
Rect.kind = "changed"
print(r.describe(), shapes[2].describe())
del r.sides
print(r.sides, r.describe())
sq = Square(2)
sq.grow(1)
print(sq.describe(), list(attrs(sq)))
c = Circle(1.0)
print(c.area, c._set, "area" in attrs(c))
