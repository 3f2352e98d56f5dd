# Sign facts of floats (float>=0: never < 0.0) and float powers.
import math


def dist(dx, dy):
    d2 = dx * dx + dy * dy          # float>=0 (a square of one local)
    return d2 ** 1.5                # float: the base is never < 0.0


def neg(x):
    y = x - 1.0                     # float: may be < 0.0
    return y ** 0.5                 # float|complex


def mixed(n, x):
    a = x ** n                      # float ** int: float
    b = n ** x                      # int ** float: float|complex
    c = x ** 2.0                    # integral even constant: float>=0
    d = x ** 3.0                    # integral odd constant: float
    e = abs(x) ** 0.5 + math.sqrt(x * x)
    f = (x % 2.0) ** 0.5            # x % 2.0 has the divisor's sign
    g = -abs(x)                     # negated: float
    t = True ** x                   # bool base: 0.0 or 1.0
    return a, b, c, d, e, f, g, t


def ints(k):
    return k ** -1                  # int|float, the float may be < 0.0


def glob():
    return G * G                    # a global: not a square of one value


G = -1.5
print(dist(3.0, -4.0), neg(5.0), neg(-3.0))
print(mixed(3, -2.0), mixed(-2, 0.5))
print(ints(-2), glob(), float("nan") ** 0.5, (-0.0) ** 0.5)
