import math


class F:
    def __index__(self):
        return 9

    def __floor__(self):
        return "floor!"


def f(x, y, n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(x * i) + math.cos(y * i) + math.sin(x) + math.exp(-y * i) + math.log(x + i)
        s += math.floor(x * i) + math.ceil(y) + math.trunc(-x) + math.atan(y) + math.fabs(-x)
    return s


print(f(1.5, 0.25, 50))
print(math.sqrt(16), math.sqrt(2.0), math.sqrt(True), math.floor(F()), math.floor(7), math.log(10**400))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(1e300))
print(math.exp(-1000.0), math.degrees(1.0), math.radians(180.0), math.gamma(5.0), math.lgamma(0.5))


def try_(g, x):
    try:
        r = g(x)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
    else:
        print(r)


def g_sqrt(x):
    return math.sqrt(x * 1.0)


def g_floor(x):
    return math.floor(x * 1.0)


def g_cos(x):
    return math.cos(x * 1.0)


def g_exp(x):
    return math.exp(x * 1.0)


def g_log(x):
    return math.log(x * 1.0)


def g_gamma(x):
    return math.gamma(x * 1.0)


for g, x in [(g_sqrt, -1.0), (g_sqrt, 4.0), (g_floor, math.inf), (g_floor, math.nan), (g_floor, -0.5),
             (g_cos, math.inf), (g_cos, 0.0), (g_exp, 1000.0), (g_exp, -math.inf), (g_log, 0.0),
             (g_log, -1.0), (g_log, math.e), (g_gamma, 0.0), (g_gamma, -1.0), (g_gamma, 200.0)]:
    try_(g, x)
try_(math.sqrt, "x")
try_(lambda v: math.sqrt(v), -4)
try_(lambda v: math.floor(v), "s")
try_(lambda v: math.sqrt(v), 10**400)


def d_errs():
    for v in (-1.0, math.inf, -math.inf, math.nan, 1e308, -0.0):
        for k in range(7):
            try:
                if k == 0:
                    r = math.sqrt(v)
                elif k == 1:
                    r = math.floor(v)
                elif k == 2:
                    r = math.cos(v)
                elif k == 3:
                    r = math.exp(v)
                elif k == 4:
                    r = math.log(v)
                elif k == 5:
                    r = math.ceil(v)
                else:
                    r = math.tan(v)
            except (ValueError, OverflowError) as e:
                print(k, v, type(e).__name__, e)
            else:
                print(k, v, r)


d_errs()


def builtins_typed(n):
    t = 0.0
    for i in range(n):
        x = i * 0.7 - 3.0
        t += abs(x) + float(i) + int(x) + abs(-i)
    print(t, abs(True), float(False), float(-7), int(-2.7), int(1e20), abs(-0.0), abs(-2 ** 70))
    for v in (math.nan, math.inf, -math.inf, 2.5):
        try:
            print(int(v), abs(v))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    for k in (10 ** 308, 10 ** 400, -(10 ** 400)):
        try:
            print(float(k))
        except OverflowError as e:
            print(type(e).__name__, e)


builtins_typed(40)
print(int(-3.5), abs(-1.5), float(3), int(math.nan * 0 + 7.9))


def deep(x):
    return math.sqrt(x)


deep(-2.0)
