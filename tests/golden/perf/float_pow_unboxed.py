# Float powers lowered to C doubles where inference proves the result is a
# float (float ** int, a non-negative float ** float, x ** 2.0): every
# special case of CPython's float_pow, and its errors with tracebacks.
import math


def powers(x, n):
    out = []
    out.append(x ** n)
    out.append(x ** 2.0)
    out.append(x ** 3)
    out.append(x ** -2)
    out.append(abs(x) ** 0.5)
    out.append(abs(x) ** 1.5)
    return out


def special():
    inf = float("inf")
    nan = float("nan")
    r = []
    for base in (0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, inf, -inf, nan):
        for n in (0, 1, 2, 3, -1, -2):
            try:
                r.append(repr(base ** n))
            except ZeroDivisionError as exc:
                r.append("ZeroDivisionError: " + str(exc))
        b = abs(base)
        for e in (0.0, 0.5, 2.0, -0.5, inf, -inf, nan):
            try:
                r.append(repr(b ** e))
            except ZeroDivisionError as exc:
                r.append("ZeroDivisionError: " + str(exc))
    return r


def grow(x):
    total = 0.0
    for k in range(1, 6):
        total += x ** k
    return total


def overflow(x):
    return x ** 400


def zero_negative(x):
    return x ** -1.5


print(powers(1.5, 4))
print(powers(-2.25, 3))
print(special())
print(grow(1.1), grow(-0.5))
try:
    overflow(10.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    zero_negative(abs(-0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(overflow(1e300 ** 0.0))
overflow(-10.0)
