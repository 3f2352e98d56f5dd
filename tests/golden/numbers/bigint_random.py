# Big ints of mixed signs and sizes (1 bit to 5000 bits, random digits and
# awkward shapes: runs of ones, all-ones digits, low zero bits, powers of two)
# through + - * // % divmod << >> and comparisons; checked against CPython by
# checksums of every result and a sample of printed values.
import random

random.seed(61)
P = 2**61 - 1


def shaped(bits):
    kind = random.randrange(7)
    if kind == 0:
        v = random.getrandbits(bits) | 1 << (bits - 1)
    elif kind == 1:  # a run of ones on top
        v = (1 << bits) - 1 - random.getrandbits(min(bits, random.randrange(1, 40)))
    elif kind == 2:  # a power of two plus a little
        v = 1 << bits | random.getrandbits(8)
    elif kind == 3:  # mostly ones
        v = ((1 << bits) - 1) ^ (random.getrandbits(bits) & random.getrandbits(bits) & random.getrandbits(bits))
    elif kind == 4:  # low zero bits
        v = random.getrandbits(bits) << random.randrange(0, 200)
    elif kind == 5:  # whole digits of ones
        v = (1 << 32 * random.randrange(1, bits // 32 + 2)) - 1
    else:
        v = random.getrandbits(random.randrange(1, bits + 1))
    return -v if random.getrandbits(1) else v


sizes = [1, 2, 31, 32, 33, 47, 48, 63, 64, 65, 95, 96, 97, 127, 128, 129, 160, 191, 192, 193, 255, 256, 257,
         400, 1000, 1535, 1536, 1537, 1600, 3000, 5000]
values = [0, 1, -1, 2, -2, 3, 10, -10, 2**32 - 1, 2**32, -(2**32), 2**47 - 1, -(2**47), 2**47, 2**64 - 1, -(2**64)]
for bits in sizes:
    values += [shaped(bits) for _ in range(3)]
for _ in range(20):
    values.append(shaped(random.randrange(1, 2500)))
print("values", len(values), sum(v.bit_length() for v in values))

sums = prods = quots = rems = cmps = 0
pairs = 0
for i, a in enumerate(values):
    for j, b in enumerate(values):
        s, d, p = a + b, a - b, a * b
        assert s - b == a and d + b == a
        sums = (sums * 1000003 + s % P + 3 * (d % P)) % P
        prods = (prods * 1000003 + p % P) % P
        if b:
            q, m = a // b, a % b
            assert divmod(a, b) == (q, m)
            assert q * b + m == a, (a, b)
            assert (m == 0 or (m < 0) == (b < 0)) and abs(m) < abs(b)
            quots = (quots * 1000003 + q % P) % P
            rems = (rems * 1000003 + m % P) % P
        c = (a < b) + 2 * (a <= b) + 4 * (a == b) + 8 * (a != b) + 16 * (a > b) + 32 * (a >= b)
        cmps = (cmps * 7 + c) % P
        pairs += 1
        if (i * 131 + j) % 1009 == 0:
            print(a % 10**30, b % 10**30, s, d, p % 10**40)
            if b:
                print("  ", q % 10**40, m % 10**40, -a // b % 10**30, -a % b % 10**30)
print("pairs", pairs)
print("sums", sums, "prods", prods)
print("quots", quots, "rems", rems, "cmps", cmps)

shifts = 0
for a in values:
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000, 3000, 6000):
        l, r = a << k, a >> k
        assert l == a * 2**k and r == a // 2**k and l >> k == a
        shifts = (shifts * 1000003 + l % P + 7 * (r % P)) % P
print("shifts", shifts)
print(sorted(values)[:3] == sorted(values, key=lambda v: (v > 0, abs(v) if v > 0 else -abs(v)))[:3])
print(max(values) % 10**50, min(values) % 10**50, sum(values) % 10**50, hash(max(values)), hash(min(values)))
