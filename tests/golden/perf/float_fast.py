# Float fast paths: float op float, float op int, int op float, comparisons
# of ints and floats exactly as CPython (beyond 2**53 too), nan, -0.0, inf.
nan = float("nan")
inf = float("inf")
floats = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan, 3.0]
ints = [0, 1, -3, 2**47 - 1, -2**47, 2**53, 2**53 + 1, 2**63, 10**400]


def show(v):
    return repr(v)


for a in floats:
    for b in floats:
        r = [a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(show(a), show(b), [show(x) for x in r])

for a in floats:
    for b in ints:
        r = [a < b, a <= b, a == b, a != b, a > b, a >= b, b < a, b == a, b >= a]
        for f in (lambda: a + b, lambda: b - a, lambda: a * b, lambda: b / a, lambda: a / b):
            try:
                r.append(f())
            except (ZeroDivisionError, OverflowError) as e:
                r.append(type(e).__name__ + ": " + str(e))
        print(show(a), b if b < 10**20 else "big", [show(x) for x in r])

print(-0.0, -(0.0), -(-0.0), 0 * -1.0, -1 * 0.0, 0.0 * -1)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), float(2**53) == 2**53)
print(1 / 3, 2 / 3, 7 / 7, -7 / 2, (2**47 - 1) / 3, 10 / 4)
x = 0.1
for i in range(10):
    x += 0.1
    x *= 1.0001
print(repr(x))
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan is nan)
