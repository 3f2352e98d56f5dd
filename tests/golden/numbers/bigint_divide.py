# Division of big ints whose quotients are small (up to 2**70) or large,
# built as a = q*b + r with r = 0, 1, |b|-1 and random, every sign
# combination: floor quotients, remainders with the divisor's sign, exact
# divisions (no floor adjustment), divisors with low zero bits or top bits
# all ones (quotient estimates close to a boundary), large quotients
# (algorithm D); ZeroDivisionError.
import random

random.seed(1729)
P = 2**61 - 1


def divisor(bits):
    kind = random.randrange(5)
    if kind == 0:
        return random.getrandbits(bits) | 1 << (bits - 1)
    if kind == 1:
        return ((1 << bits) - 1) << random.randrange(0, 70)
    if kind == 2:
        return (1 << bits) + random.getrandbits(5)
    if kind == 3:
        return random.getrandbits(64) << (bits - 64) if bits > 64 else (1 << bits) - 1
    return (1 << bits) - 1 - random.getrandbits(bits // 2)


total = 0
count = 0
for bits in (33, 64, 65, 96, 127, 128, 129, 190, 256, 300, 1000, 2000):
    for qbits in (0, 1, 3, 4, 31, 32, 33, 60, 63, 64, 65, 70, 200, 1000):
        for _ in range(6):
            b = divisor(bits)
            q = random.getrandbits(qbits) if qbits else 0
            for r in (0, 1, b - 1, random.randrange(b), b // 2):
                a = q * b + r
                for sa, sb in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                    x, y = sa * a, sb * b
                    qq, rr = x // y, x % y
                    assert (qq, rr) == divmod(x, y)
                    assert qq * y + rr == x and abs(rr) < abs(y) and (rr == 0 or (rr < 0) == (y < 0))
                    if sa == sb:
                        assert qq == q
                    total = (total * 1000003 + qq % P + 5 * (rr % P)) % P
                    count += 1
        print(bits, qbits, q % 10**12, (-a) // b % 10**12, (-a) % b % 10**12, a // -b % 10**12)
print("divisions", count, "checksum", total)

# quotients decided exactly at the boundary: a = q*b - 1 and a = q*b
for k in (64, 65, 96, 128, 200, 640):
    b = (1 << k) - 1
    for q in (1, 2, 9, 10, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 2**64, 2**64 + 1):
        for a in (q * b - 1, q * b, q * b + 1):
            print(k, q, a // b == (q - 1 if a < q * b else q), -a // b, a % b % 10**9, -a % b % 10**9, divmod(a, -b)[0])
for x in (2**100, -(2**100), 0, 10**40):
    for y in (0,):
        for op in ("//", "%", "divmod"):
            try:
                print(x // y if op == "//" else x % y if op == "%" else divmod(x, y))
            except ZeroDivisionError as e:
                print(op, "ZeroDivisionError", e)
