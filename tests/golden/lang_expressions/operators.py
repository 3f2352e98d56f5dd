# Operators, slices, membership, identity, unary, big ints.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, -7 // 2, -7 % 3)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -(-3), +4)
print(2 ** 100, 10 ** 20 // 3, 123456789012345678901234567890 + 1)
print(-140737488355328, 140737488355328, -9223372036854775808)
s = "hello world"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[6:], s[:5], s[-5:-1])
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[100:], lst[:-7])
print(3 in lst, 30 in lst, "lo w" in s, "x" not in s)
print(not True, not 0, not "x")
print([1, 2] + [3], [0] * 3, "ab" * 2, (1,) + (2, 3))
print(1 == 1.0, 1 != 2, "a" < "b", [1, 2] < [1, 3], (1, 2) >= (1, 2))
print(divmod(17, 5), abs(-3), round(2.5), round(3.5))
t = (1, 2, 3)
print(t[1], t[-1], t[:2])
b = b"bytes"
print(b, len(b))
print(0.1 + 0.2, 1e300 * 10, 1 / 3)
