# +, -, *, //, % and >> on ints below 2**128 (long.c's binary128 fast path) and
# just past it, with every sign combination; checked against CPython.
import random

rng = random.Random(20261121)
edges = [0, 1, 2, 3, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**47 - 1, 2**47, 2**47 + 1, 2**63 - 1, 2**63,
         2**64 - 1, 2**64, 2**64 + 1, 2**95, 2**96 - 1, 2**96, 2**127 - 1, 2**127, 2**128 - 1, 2**128,
         2**128 + 1, 2**160 + 12345, 6364136223846793005, 1442695040888963407]
values = []
for e in edges:
    values += [e, -e]
for bits in (20, 40, 50, 64, 70, 96, 120, 127, 128, 129):
    for _ in range(3):
        v = rng.getrandbits(bits)
        values += [v, -v]

total = 0
lines = 0
for a in values:
    for b in values:
        s, d, p = a + b, a - b, a * b
        if b:
            q, m = a // b, a % b
            assert q * b + m == a
        else:
            q = m = 0
        total = (total * 1000003 + (s ^ d ^ p ^ q ^ m)) % (2**61 - 1)
        lines += 1
        if lines % 97 == 0:
            print(a, b, s, d, p, q, m)
print("pairs", lines, "checksum", total)

shifted = 0
for a in values:
    for k in (0, 1, 31, 32, 33, 47, 63, 64, 65, 100, 127, 128, 129, 200):
        r = a >> k
        assert r == a // 2**k
        shifted = (shifted * 31 + r) % (2**61 - 1)
print("shifts", shifted, values[5] >> 3, -values[5] >> 3, -(2**100) >> 99, -(2**100 + 1) >> 100)

state = 12345
for _ in range(100000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print("lcg", state, state >> 33)
