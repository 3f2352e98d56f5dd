# Type inference follows the operator methods of program classes through
# `a + b`, `k * v`, `v += w`, `a / b` (__add__, __rmul__, __iadd__, reflected
# methods after NotImplemented...), so their float attributes and parameters
# are unboxed. (tests/golden/perf/infer_ops_escape.py: methods called from
# places the analysis cannot follow.)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def show(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Celsius:
    def __init__(self, t):
        self.t = t

    def __add__(self, o):
        if isinstance(o, Celsius):
            return Celsius(self.t + o.t)
        return NotImplemented

    def __radd__(self, o):
        # also reached from Label + Celsius: o.t may be a str
        return o.t * 2, self.t + 0.5


class Label:
    def __init__(self, t):
        self.t = t

    def __add__(self, o):
        return NotImplemented


def walk(n):
    p = Vec(0.0, 0.0)
    v = Vec(1.0, 0.5)
    total = Vec(0.0, 0.0)
    for i in range(n):
        p = p + v * 0.5
        v = 0.9 * v - Vec(0.0, 0.1)
        total += p
    return p.show(), total.show(), p.dot(v)


def specials():
    z = Vec(-0.0, 1.0) * 0.0
    big = Vec(1e308, -1e308) * 10.0
    nan = big + big * -1.0
    print(z.show(), big.show(), nan.show(), (2 * Vec(0.25, -0.5)).show())
    try:
        print((Vec(1.0, 2.0) / 0.0).show())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


print(walk(5))
specials()
print((Celsius(20.5) + Celsius(1.25)).t, Label("ab") + Celsius(1.0), (Celsius(3.0) + Celsius(0.5) + Celsius(-1.0)).t)
