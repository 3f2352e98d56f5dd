# Two class statements of one name (the second rebinds it), with the same
# attribute names in another order, and a subclass of each: the slot fast
# paths (py2c/layout.h) must read each instance's own slots.


class Pt:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a * 10 + self.b


class Pt3(Pt):
    def __init__(self, a, b, c):
        Pt.__init__(self, a, b)
        self.c = c


first = [Pt(1, 2), Pt3(3, 4, 5)]


class Pt:  # b before a: b is slot 0 here
    def __init__(self, a, b):
        self.b = b
        self.a = a

    def total(self):
        return self.a * 100 + self.b


class Pt3b(Pt):
    def __init__(self, a, b, c):
        self.b = b
        self.a = a
        self.c = c


second = [Pt(6, 7), Pt3b(8, 9, 10)]


def show(p):
    return p.a, p.b, p.total()


def bump(p):
    p.a = p.a + 1
    p.b += 1
    return p.a, p.b


for p in first + second:
    print(type(p).__name__, show(p), bump(p), show(p))
for p in first + second:
    print(type(p).__name__, getattr(p, "c", None), p.total())
