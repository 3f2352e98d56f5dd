# Small-int fast paths of the operators: results at and across the edges of
# the 48-bit immediate range, 2**63, Python's floor division and modulo.
B = 2**47
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, B - 1, -B, B, -B - 1, 2**48, -2**48, 2**63 - 1, -2**63, 2**63, 2**64 + 5]


def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b]
    if b != 0:
        out += [a // b, a % b, a / b]
    else:
        for f in (lambda: a // b, lambda: a % b, lambda: a / b):
            try:
                f()
            except ZeroDivisionError as e:
                out.append(str(e))
    return out


for a in values:
    for b in values:
        print(a, b, ops(a, b))

for a in [1, -1, 3, -3, B - 1, -B, 12345]:
    for s in [0, 1, 15, 16, 30, 46, 47, 48, 63, 64, 100]:
        print(a, s, a << s, a >> s)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)

x = B - 1
x += 1
print(x, type(x).__name__, x - 1 == B - 1)
y = -B
y -= 1
print(y, y + 1 == -B)
print(-(-B), -(B - 1), -0, -(2**63))
z = -B
print(-z, z // -1, z % -1, z * -1)
print((B - 1) * (B - 1), (B - 1) * 2, -B * 2, 2**31 * 2**31, 2**32 * 2**31)
# inplace operators on small ints
acc = 0
for i in range(1000):
    acc += i * 7 % 1000003
    acc ^= i << 3
    acc -= i // 3
print(acc)
# truth tests
for v in [0, 1, -1, B, 0.0, -0.0, float("nan"), None, True, False, 2**70, ""]:
    print(repr(v), "T" if v else "F", not v)
# bools mix with ints
print(True + True, True * 5, -True, 5 // True, True < 2, False == 0)
