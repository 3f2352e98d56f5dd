# Direct calls of methods of program classes (lw_method.c): inherited and
# overridden methods, mixed receivers, keywords, a method rebound on the
# class at run time, an instance attribute named like a method, recursion.
import sys


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def describe(self, prefix, suffix="!"):
        return prefix + str(self.area()) + suffix

    def twice(self, k):
        return self.scaled(k).area() * 2

    def scaled(self, k):
        return Shape(self.w * k)


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, w)
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Shape):
    pass


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n

    def down(self, k):
        return self.down(k - 1) if k else 0


class Swap:
    def __init__(self):
        self.v = 1

    def get(self):
        return "class get"


class Shadow:
    def __init__(self, flag):
        if flag:
            self.show = lambda: "instance show"

    def show(self):
        return "class show"


s, r, q = Shape(3), Rect(2, 5), Square(4)
print(s.area(), r.area(), q.area(), s.twice(2), q.twice(3))
for x in [s, r, q]:
    print(type(x).__name__, x.area(), x.describe("area=", suffix="."), x.describe(prefix="a:"))
c = Counter()
print(c.bump(2), c.bump(by=3), c.n)
try:
    c.bump(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    c.bump(by=1, k=2)
except TypeError as e:
    print("TypeError:", e)
w = Swap()
print(w.get())


def other(self):
    return "rebound get " + str(self.v)


Swap.get = other
print(w.get(), Swap().get())
print(Shadow(False).show(), Shadow(True).show())


def deepest(limit):
    sys.setrecursionlimit(limit)
    k = 1
    while True:
        try:
            Counter().down(k)
        except RecursionError as e:
            sys.setrecursionlimit(1000)
            return k, str(e)
        k += 1


print(deepest(60), deepest(143))
