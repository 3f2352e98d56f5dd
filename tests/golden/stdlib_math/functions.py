# math's float functions: values printed with repr, so last-bit differences show.
import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sqrt(2), sqrt(0.0), sqrt(-0.0), sqrt(1e308), pi)
xs = [0.0, -0.0, 0.5, 1.0, -1.0, 2.5, -3.75, 1e-300, 1e300, 12345.678]
for name in ["exp", "expm1", "sin", "cos", "tan", "atan", "sinh", "tanh", "asinh", "erf", "erfc",
             "fabs", "degrees", "radians", "cbrt", "exp2"]:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            # cbrt's last digit is the libm's own (glibc's is not correctly
            # rounded, WASI's musl differs): 15 digits only.
            out.append(repr(f(x)) if name != "cbrt" else "%.15g" % f(x))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ["log", "log2", "log10", "log1p", "acos", "asin", "acosh", "atanh", "cosh", "gamma", "lgamma"]:
    f = getattr(math, name)
    out = []
    for x in [0.5, 1.0, 2.0, 7.25, 100.0, 0.001, -0.5, -2.0, 0.0, 171.5, -170.5, 1e-25, 1e300]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
# gamma and lgamma are CPython's own Lanczos approximation: many points
acc = []
for i in range(1, 400):
    x = i / 7.0 - 20.0
    if x == int(x) and x <= 0:
        continue
    acc.append(math.gamma(x))
    acc.append(math.lgamma(x))
print(math.fsum(acc), acc[5], acc[77], acc[500])
print([math.gamma(n) for n in range(1, 25)])
print(math.log(8, 2), math.log(100, 10), math.log(2.5, 0.5), math.log(10**400), math.log(10**400, 10))
print(math.log2(2**2000), math.log10(10**500), math.log2(3**1000), math.log(2**1023 * 3))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(0.0, -0.0), math.atan2(-1, math.inf))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], (1.1, -2.2, 3.3)), math.dist((), ()))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(x / 3 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([math.inf, math.inf]), math.fsum([1, 2, 3]))
print(math.copysign(1, -0.0), math.copysign(-2.5, 3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.frexp(10.0), math.frexp(-0.0), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1080), math.ldexp(1.0, -2**70), math.ldexp(-0.0, 5), math.ldexp(3, 2))
print(math.modf(-3.75), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.ulp(1.0), math.ulp(0.0),
      math.ulp(1e308), math.ulp(math.nan), math.ulp(-math.inf), math.ulp(1.7976931348623157e308))
