# Positional calls of plain functions skip argument binding: the cases that
# must still bind (defaults, *args, keyword-only, wrong counts) and the ones
# that take the direct path (closures, generators, recursion, lambdas).
def add(a, b):
    return a + b


def dflt(a, b=10):
    return a + b


def star(a, *rest):
    return a, rest


def kwo(a, *, k=5):
    return a * k


def gen(n):
    for i in range(n):
        yield i * i


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def eight(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h


def nine(a, b, c, d, e, f, g, h, i):
    return a + b + c + d + e + f + g + h + i


print(add(1, 2), add("x", "y"), dflt(1), dflt(1, 2), star(1), star(1, 2, 3), kwo(2), kwo(2, k=3))
print(list(gen(4)), (lambda x: x + 1)(41), eight(*range(8)), eight(1, 2, 3, 4, 5, 6, 7, 8), nine(1, 2, 3, 4, 5, 6, 7, 8, 9))
bump = make_counter()
print(bump(2), bump(3), deep(200))
for bad in [lambda: add(1), lambda: add(1, 2, 3), lambda: dflt(), lambda: kwo(1, 2), lambda: (lambda: 0)(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)


def boom(x):
    return 1 // x


try:
    boom(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
boom(0)
