# Arbitrary-precision ints: results leave the 48-bit immediate range and come back.
a = 2 ** 100
print(a, -a, a + 1, a - a, a * a)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(10 ** 25, -3), divmod(-10 ** 25, 3))
print(2 ** 64 - 1, (2 ** 64 - 1) & 0xFFFF, -(2 ** 70) | 5, (2 ** 70) ^ -1, ~(2 ** 65))
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 101, 12345678901234567890123 >> 3)
print(2 ** 47, 2 ** 47 - 1, -(2 ** 47), -(2 ** 47) - 1, (2 ** 47) - 1 + 1)
f = 1
for i in range(1, 60):
    f = f * i
print(f, len(str(f)), hash(f), hash(-f), hash(2 ** 61 - 1), hash(-1))
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7), pow(10 ** 20, 3, -13))
print(7 / 2, 2 ** 100 / 3, 10 ** 400 // 10 ** 398, 1 / 10 ** 400)
print(int("123456789012345678901234567890") * 10, int("-0x_dead_beef", 0), int("z" * 20, 36))
print(hex(2 ** 100), oct(-2 ** 70), bin(2 ** 50 + 1))
print(float(2 ** 100), float(-(2 ** 63)), 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print((2 ** 100).bit_length(), (-255).bit_length(), True + True, True * 2 ** 60, -True)
print(10 ** 20 == 1e20, 10 ** 400 > 1e308, 10 ** 400 < float("inf"), 3 < 3.5 < 2 ** 80)
print(round(2 ** 80 + 50, -2), round(15, -1), round(25, -1), abs(-2 ** 90), max(2 ** 70, 3), min(-2 ** 70, 3))
