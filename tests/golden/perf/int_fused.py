# Int arithmetic of several operators over names and small constants is
# computed on C int64 values (lw_int_fused.c) with the boxed path as its
# fallback: every result, error and traceback must be CPython's.
import sys


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def mixed(a, b, c):
    return a * b - c // 3 + a % 7 - b * b


def floors(a, b):
    return (a // b) * b + a % b, a // b - 1, a % b + 0


G = 10 ** 9
H = 3


def uses_globals(k):
    return k * G + H * k - 1


def wide(a, b):
    # intermediates beyond the small-int range (2**47) but within int64
    return a * b * 4 // b - a * 3


def huge(a, b):
    # beyond +-2**62: the boxed path makes big ints
    return a * b * b + a - b


def floats(a, b):
    return a * b * b + a - b


def zero(a, b):
    return a * 2 + a // b


def zero_mod(a, b):
    return a * 2 - a % b


def unbound_after_zero(a, b, flag):
    if flag:
        c = 1
    return a // b + c * 2


def unbound_first(a, flag):
    if flag:
        c = 1
    return c * 2 + a // 0


def bools(t, f):
    return t + t * 2 - f


def loop_sum(n):
    total = 0
    for i in range(n):
        total = total + i * i % 7 - 3
    return total


def not_ints(s, n):
    return s * n + s * 2


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


x = 12345
for _ in range(5):
    x = lcg(x)
    print(x)
print(mixed(7, -3, 100), mixed(-7, 3, -100), mixed(0, 0, 0), mixed(2**80, 3, 5))
print(floors(7, 2), floors(-7, 2), floors(7, -2), floors(-7, -2), floors(0, 5))
print(floors(2**46, 3), floors(-(2**46), 7), floors(-(2**90), 7))
print(uses_globals(5), uses_globals(-123456789))
print(wide(2**40, 2**10), wide(-(2**44), 3), wide(2**46, 2**14))
print(huge(2**40, 2**30), huge(-(2**45), 2**45), huge(2**100, 3), huge(3, 2**70))
print(bools(True, False), bools(False, True))
print(loop_sum(1000))
print(not_ints("ab", 3), not_ints([1], 2))
attempt("zero", lambda: zero(5, 0))
attempt("zero_mod", lambda: zero_mod(5, 0))
attempt("unbound_after_zero", lambda: unbound_after_zero(1, 0, False))
attempt("unbound_first", lambda: unbound_first(1, False))
attempt("not_ints", lambda: not_ints("a", "b"))
attempt("floats", lambda: floats(1.5, 2))
print(zero(1, 0))
