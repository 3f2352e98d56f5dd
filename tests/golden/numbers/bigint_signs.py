# Arbitrary-precision arithmetic with negative operands (floor semantics), pow with modulus, bit ops, comparisons.
vals = [0, 1, -1, 7, -7, 2 ** 64, -(2 ** 64), 3 ** 50, -(3 ** 50), 2 ** 47, -(2 ** 47) - 1, 10 ** 30 + 7]
divs = [1, -1, 3, -3, 2 ** 33 + 1, -(2 ** 65 + 3), 10 ** 15]
for a in vals:
    print(a, a + 2 ** 70, a - 2 ** 70, a * -(2 ** 40), a * a)
    for d in divs:
        q, r = a // d, a % d
        print(" ", d, q, r, divmod(a, d) == (q, r), q * d + r == a)
print(2 ** 200 - 2 ** 199, (-5) ** 41, (-(2 ** 20)) ** 5, 0 ** 0, (-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1))
print(pow(5, 10 ** 18, 10 ** 9 + 9), pow(-3, 101, 1000), pow(3, 101, -1000), pow(-3, 3, -7), pow(2 ** 100, 2 ** 100, 2 ** 61 - 1))
print(pow(3, -1, 11), pow(-3, -2, 11), pow(2 ** 70 + 1, -1, 2 ** 89 - 1), pow(7, 0, 1), pow(0, 0, 5), pow(4, 3, -1))
x, y = 0x123456789ABCDEF0123456789, -0xFEDCBA9876543210FEDCBA
print(x & y, x | y, x ^ y, ~x, ~y, x & -1, y | 0, x ^ x, -x & 0xFFFFFFFF, y & (2 ** 100 - 1))
print(x << 1, x << 77, y << 13, x >> 1, x >> 77, y >> 13, y >> 200, x >> 200, -1 << 64, (-1 << 64) >> 63)
print((2 ** 64) >> 64, (-(2 ** 64)) >> 64, (-(2 ** 64) - 1) >> 64, 1 << 0, 0 << 1000, -(2 ** 70) & -(2 ** 69))
big = [2 ** 70, -(2 ** 70), 2 ** 70 + 1, 2.0 ** 70, 1e300, -1e300, float("inf"), 0, -0.0, 2 ** 1030, 10 ** 400]
print([[a < b for b in big] for a in big[:6]])
print([[a == b for b in big] for a in big[:6]])
print(2 ** 70 == 2.0 ** 70, 2 ** 70 + 1 == 2.0 ** 70, 2 ** 70 + 1 > 2.0 ** 70, 2 ** 1030 > 1e308, 2 ** 1030 < float("inf"), 2 ** 53 + 1 != float(2 ** 53 + 1))
print(max(2 ** 70, 2.0 ** 70), min(-(2 ** 70), -1e21), sorted([3, 2 ** 65, -2 ** 65, 1.5, -7]), abs(-(2 ** 100)), -abs(2 ** 100))
print(int(2 ** 70 / 2 ** 69), 2 ** 70 // 2 ** 69, (2 ** 70 + 1) / 2, 10 ** 50 / 10 ** 49, (-(10 ** 40)) / 3, 1 / 2 ** 1000)
print((2 ** 100).bit_length(), (0).bit_length(), (-(2 ** 100)).bit_length(), (2 ** 64 - 1).bit_count() if hasattr(1, "bit_count") else 64)
