# The big-int add, subtract and multiply-by-a-word loops (long.c: 64-bit
# limbs, two per round, an odd limb and an odd 32-bit digit at the ends) on
# every operand length from 1 to 41 digits: carries and borrows that run the
# whole length (all-ones digits + 1, 2**k - 1), operands of unequal lengths,
# multipliers below 2**32, of one 64-bit limb and of two; in-place updates
# (x = x + y) and the results' signs. Checked against CPython by checksums
# and by identities that a wrong carry breaks.
import random

rng = random.Random(7203)
P = 2**61 - 1
LENGTHS = range(1, 42)  # 32-bit digits


def shapes(nd):
    bits = 32 * nd
    yield (1 << bits) - 1  # all ones: every carry propagates
    yield 1 << (bits - 1)  # a lone top bit: every borrow propagates
    yield (1 << bits) - (1 << (bits // 2))
    yield rng.getrandbits(bits) | 1 << (bits - 1)
    yield ((1 << bits) - 1) // 3  # 0x5555...
    yield rng.getrandbits(bits) | (1 << (bits - 1)) | ((1 << 64) - 1)


values = []
for nd in LENGTHS:
    for v in shapes(nd):
        values.append(v)
        values.append(-v)

adds = 0
checked = 0
for i, a in enumerate(values):
    for b in values[i % 7 :: 5]:
        s = a + b
        d = a - b
        assert s - b == a and d + b == a and s + d == 2 * a
        adds = (adds * 1000003 + (s % P) * 3 + (d % P)) % P
        checked += 1
print("add/sub pairs", checked, "checksum", adds)

# carries through the whole length, both operand orders, both signs
for nd in (1, 2, 3, 4, 5, 8, 9, 16, 17, 40, 41):
    ones = (1 << (32 * nd)) - 1
    print(nd, hex(ones + 1), hex(1 + ones), hex(-ones - 1), hex((ones + 1) - 1), hex(1 - (ones + 1)))
    print(nd, hex(ones + ones), hex((ones << 32) - ones), hex(ones - (ones << 32)))

MULTIPLIERS = [2, 3, 10, 255, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**47 - 1, 2**47, 2**63 - 1, 2**63,
               2**64 - 1, 2**64, 2**64 + 1, 2**95 - 7, 2**96 - 1, 2**127 + 3]
muls = 0
for a in values:
    for m in MULTIPLIERS:
        for mm in (m, -m):
            p = a * mm
            q = mm * a
            assert p == q and p // mm == a and p % mm == 0
            muls = (muls * 1000003 + p % P) % P
print("products", len(values) * len(MULTIPLIERS) * 2, "checksum", muls)
for nd in (1, 2, 3, 4, 5, 7, 8, 9):
    ones = (1 << (32 * nd)) - 1
    print(nd, hex(ones * (2**32 - 1)), hex(ones * (2**64 - 1)), hex(-ones * 10), hex(ones * -(2**63)))

# in-place updates (the result may reuse neither operand's digits)
acc = 1
for k in range(1, 200):
    acc = acc * k
    acc = acc + (acc >> 7)
    acc -= k * k * k
    acc = 3 * acc + 1
print("accumulated", acc % P, acc.bit_length(), str(acc)[:30], str(acc)[-30:])
x = 10**300
y = x
x += 1
x -= 2
print(x - y, y - x, x * 3 - y * 3, (x * (2**64 - 1)) % 1000000007)

# a streaming spigot as in bench/pidigits.py (its three kernels, 300 digits)
q, r, t, k = 1, 0, 1, 1
digits = []
while len(digits) < 300:
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    k += 1
    d = (3 * q + r) // t
    if d != (4 * q + r) // t:
        continue
    digits.append(d)
    q, r = 10 * q, 10 * (r - d * t)
print("".join(map(str, digits[:40])), "".join(map(str, digits[-40:])))
