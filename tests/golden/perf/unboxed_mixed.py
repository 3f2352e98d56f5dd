# Unboxed float arithmetic with int and bool operands (converted as float's
# operators convert them): small, exact, rounded and too-large ints, bools,
# division by an int zero, evaluation order before a conversion error, a
# global int, and int/float comparisons that stay exact (boxed).
SCALE = 200


def noisy(tag, v):
    print("eval", tag)
    return v


def mix(x, n, flag):
    a = x + n
    b = n - x
    c = x * n
    d = n / x
    e = x / (n + 1)
    f = x + flag
    g = (x + 3.0) / 6.0 * SCALE
    print(a, b, c, d, e, f, g)
    acc = 0.5
    acc += n
    acc *= flag
    acc -= n * 2
    print(acc)
    return a


def rounding(x):
    n = 2 ** 53 + 1             # not exact as a double: rounds to even
    m = 2 ** 63 - 1
    print(x * n, x + m, n + 0.0, m - x, 10 ** 300 * x)


def too_big(x):
    big = 10 ** 400
    try:
        print(x + big)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(noisy("left", big) * noisy("right", x))
    except OverflowError as e:
        print("OverflowError:", e)
    acc = 1.0
    try:
        acc += big
    except OverflowError as e:
        print("OverflowError:", e, acc)


def zero(x, n):
    try:
        print(x / n)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(n / (x - x))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    q = 3.0
    try:
        q /= n
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, q)


def compare(x, n):
    big = 2 ** 53 + 1
    y = x * 0.0 + 9007199254740992.0
    print(y == big, y < big, y != big, x < n, x > 1, x <= 2.5)


def overflow_at(x):
    k = 10 ** 400
    return x - k


mix(2.5, 4, True)
mix(-0.5, 0, False)
rounding(1.0)
too_big(1.5)
zero(1.0, 0)
compare(2.5, 3)
print(overflow_at(1.0))
