# Unboxed float locals and arithmetic (types proven float by inference):
# -0.0, inf, nan, comparisons, mixed small int constants, walrus rebinding,
# a variable that is float on one path and int on another (stays boxed).
import math


def signs(a, b):
    z = a * b          # -0.0 * 1.0 -> -0.0
    n = -z
    p = +z
    s = z + 0.0        # -0.0 + 0.0 -> 0.0
    d = z - 0.0        # -0.0 - 0.0 -> -0.0
    print(z, n, p, s, d, math.copysign(1.0, z), math.copysign(1.0, d))
    return z


def specials(x):
    inf = x * 1e308
    ninf = -inf
    nan = inf + ninf
    print(inf, ninf, nan, inf - inf, inf * 0.0, -nan)
    print(nan == nan, nan != nan, nan < 1.0, nan <= nan, nan > 0.0, nan >= nan)
    print(inf > 1e308, ninf < -1e308, inf == inf, ninf != ninf)
    r = nan
    if r == r:
        print("nan equals itself?")
    else:
        print("nan unequal")
    if not (nan < 0.0):
        print("nan unordered")
    big = 1e308
    big *= 10.0
    print(big, big / 1e308, 1.0 / big)
    return nan


def mixed(x):
    a = x + 1          # int constant beside a float
    b = 2 - x
    c = x * -3
    d = 7 / x
    e = x / 4
    f = x * 9007199254740992      # 2**53: still exact
    g = x * 9007199254740993      # beyond 2**53: converted as CPython does
    h = x + 10 ** 20              # a big int
    print(a, b, c, d, e, f, g, h)
    print(x < 3, x >= 2, 2 < x, x == 2.5, x != 2)
    print(0.1 + 0.2, 1.0 - 0.9, 0.1 * 3, 1.0 / 3.0, 2.0 / 3)


def path_dependent(flag):
    v = 1.5
    if flag:
        v = 2          # int on this path: v must stay boxed
    w = v * 2.0
    print(v, w, type(v).__name__)
    return w


def walrus(x):
    y = x * 2.0
    z = y + (y := x + 100.0)   # the left y is read before the walrus rebinds it
    print(y, z)
    acc = 1.5
    acc += (acc := 10.0)
    print(acc)


def loop(n):
    acc = 0.0
    k = 0.5
    for i in range(n):
        acc += k * i
        acc -= 0.25
        acc *= 1.0
        acc /= 1.0
        if acc > 1e6:
            break
    return acc


def maybe_unbound(flag):
    if flag:
        q = 3.5
    try:
        print(q * 2.0)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    r = 1.25
    del r
    try:
        print(r + 1.0)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def divide(a, b):
    q = a / b
    return q


def aug_divide(a, b):
    a /= b
    return a


signs(-0.0, 1.0)
specials(10.0)
mixed(2.5)
path_dependent(True)
path_dependent(False)
walrus(1.0)
print(loop(100))
maybe_unbound(True)
maybe_unbound(False)
print(divide(1.0, 4.0), aug_divide(3.0, -0.5))
try:
    aug_divide(1.0, -0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divide(5.0, 0.0))
