# Errors of the math module: exception types and CPython's messages.
import math

cases = [
    lambda: math.sqrt(-1), lambda: math.sqrt("a"), lambda: math.sqrt(None), lambda: math.sqrt(),
    lambda: math.sqrt(1, 2), lambda: math.exp(1000), lambda: math.exp(10**400), lambda: math.log(0),
    lambda: math.log(-1), lambda: math.log(0.0), lambda: math.log(10, 1), lambda: math.log(-(10**400)),
    lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log2(0), lambda: math.log10(-(2**2000)),
    lambda: math.log1p(-1), lambda: math.acos(2), lambda: math.atanh(1), lambda: math.cosh(1000),
    lambda: math.sin(math.inf), lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.gamma(200),
    lambda: math.gamma(-math.inf), lambda: math.lgamma(-2), lambda: math.lgamma(1e308),
    lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10, 400), lambda: math.pow(1),
    lambda: math.atan2(1), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
    lambda: math.remainder(1, 0), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 2**70),
    lambda: math.ldexp(1e308, 10), lambda: math.copysign("a", 1), lambda: math.hypot(1, "a"),
    lambda: math.hypot(1e308, 10**400), lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2),
    lambda: math.dist((1,), ("a",)), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.fsum([1, "a"]), lambda: math.fsum(3), lambda: math.isclose(1),
    lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, tol=3),
    lambda: math.nextafter(1), lambda: math.ulp("x"), lambda: math.frexp("x"), lambda: math.isnan("x"),
    lambda: math.comb(5), lambda: math.perm(), lambda: math.perm(1, 2, 3), lambda: math.prod(),
    lambda: math.prod([1], 2), lambda: math.sqrt(x=4), lambda: math.gcd(a=4), lambda: math.erf("1"),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
