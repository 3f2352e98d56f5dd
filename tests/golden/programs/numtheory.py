# Primes and number theory with big integers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
print(sum(primes), max(b - a for a, b in zip(primes, primes[1:])))
for n in (360, 97, 1001, 2 ** 32 + 1, 600851475143, 123456789):
    print(f"{n:>15,} = {fmt_factors(factorize(n))}")
fact = 1
for i in range(1, 51):
    fact *= i
print("50! =", fact)
print("digits:", len(str(fact)), "digit sum:", sum(int(c) for c in str(fact)))
print("trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")))
print("fib(200) =", fib(200))
print("fib(10**4) mod 10**9+7 =", fib_mod(10 ** 4, 10 ** 9 + 7))
print("2**521-1 prime?", is_probable_prime(2 ** 521 - 1), "2**523-1?", is_probable_prime(2 ** 523 - 1))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97), modinv(17, 3120))
print(gcd(fact, fib(200)), gcd(-48, 18), egcd(240, 46))
try:
    modinv(6, 9)
except ValueError as e:
    print("error:", e)
big = 3 ** 200
print(big // 7 ** 50, big % 7 ** 50, divmod(-big, 12345678901234567890))
print(hex(big)[:20], bin(2 ** 70 + 5)[-8:], oct(-big)[:10])
print(int("123456789" * 5) * -1, (-big) >> 300, big.bit_length(), (1 << 200) | 1 == 2 ** 200 + 1)
print(f"{fact:.3e}", f"{big:_}"[:30], float(fact), fact / 3 ** 100)
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect numbers:", perfect)
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
best = max(collatz, key=collatz.get)
print("longest collatz under 30:", best, collatz[best])
