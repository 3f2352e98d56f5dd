# Type inference: a float that is never < 0.0 (squares, sums and products of
# such, abs(), math.sqrt(), non-negative constants, x % y for y >= 0) raised to a
# float is a float, and so is a float raised to an int or to an integral float
# constant; then the arithmetic around it is unboxed. Where the base may be
# negative the result stays float|complex (boxed): here it is positive at run
# time (py2c has no complex numbers; tests/types/signs.py checks the complex
# cases under CPython).
import math


def inv_dist3(dx, dy, dz):
    d2 = dx * dx + dy * dy + dz * dz
    return 1.0 / (d2 ** 1.5) + 0.0 * d2


def roots(xs):
    out = []
    for x in xs:
        a = abs(x) ** 0.5
        b = math.sqrt(x * x) ** 1.5
        c = (x % 3.0) ** 0.5          # % of a positive float: >= 0
        out.append(a + b + c)
    return out


def neg_base(x):
    y = x - 1.0                       # may be < 0.0
    z = y ** 0.5                      # complex when y < 0.0: boxed
    return z, z * 2.0, -z


def int_exps(x):
    a = x ** 2                        # float ** int: float
    b = x ** 3.0                      # integral constant: float
    c = x ** -2.0
    d = (x - 10.0) ** 2.0             # even integral constant: >= 0
    e = d ** 0.25
    f = (x - 10.0) ** 3               # odd: may be < 0
    g = f ** 0.5                      # so this may be complex: boxed
    return a + b + c + e, g * 1.0


def int_pow(n):
    t = n ** -1                       # int ** int: int or float (may be < 0)
    return t ** 0.5


def specials():
    nan = float("nan")
    inf = float("inf")
    z = -0.0
    zz = z * z                        # 0.0
    print(zz, zz ** 1.5, nan ** 1.5, (nan * nan) ** 0.5, inf ** 0.5, (-inf) ** 2.0)
    m = z * 1.0                       # -0.0: not < 0.0
    print(m ** 0.5, m ** 3.0, math.copysign(1.0, m ** 3), (m + m) ** 1.5)
    try:
        print(m ** -0.5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print((1e200 * 1e100) ** 2.0)
    except OverflowError as e:
        print("OverflowError:", e)
    t = True
    print(t ** 0.5, (t * 1.0) ** 0.5, (-3.0) % 2.0, ((-3.0) % 2.0) ** 0.5)


def square_of_global():
    s = G * G                         # a global: no square rule
    return s ** 0.5


G = -2.0
print("%.12f" % inv_dist3(1.0, -2.0, 3.0))
print(["%.9f" % r for r in roots([-4.0, 2.25, -0.5, 7.0])])
print(neg_base(5.0), neg_base(1.0), neg_base(-0.0 + 1.0))
print(int_exps(12.0), int_exps(-1.5 + 20.0))
print(int_pow(4), int_pow(2))
specials()
print(square_of_global())
