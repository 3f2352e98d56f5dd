# The integer functions: exact big-int results and CPython's messages.
import math

print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100))
print(len(str(math.factorial(1500))), math.factorial(1500) % (10**40 + 7))
print(math.factorial(True))
print(math.comb(10, 3), math.comb(100, 37), math.comb(5, 7), math.comb(0, 0), math.comb(10**20, 3))
print(math.comb(2**70, 2**70 - 2), math.comb(60, 30), math.comb(1000, 500) % 1000000007)
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(10**15, 2), math.perm(40, 30))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**100, 6**80), math.gcd(3**200 * 5, 3**150 * 7), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(4, 0, 7), math.lcm(2**64, 3**40, -6))
print([math.isqrt(n) for n in range(0, 30)], math.isqrt(10**50 + 12345), math.isqrt(2**127 - 1))
print(math.isqrt(10**400) == 10**200, math.isqrt(10**400 - 1) == 10**200 - 1, math.isqrt(True))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 3]), math.prod([2, 0.5], start=3), math.prod([[1], 2]), math.prod("a", start=3))
print(math.prod(x for x in [10**20, 10**20]))

for f in [lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.factorial("5"),
          lambda: math.factorial(10**30), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
          lambda: math.comb(5.0, 2), lambda: math.perm(5, -1), lambda: math.perm(-5, 1),
          lambda: math.perm(-5), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.gcd(1.5),
          lambda: math.gcd(4, "6"), lambda: math.lcm(2.0, 4), lambda: math.prod(5),
          lambda: math.prod([1, "a", 2]), lambda: math.comb(2**70, 2**69)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
