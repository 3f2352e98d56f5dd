# py2c-test: reference-cycles
# Function features: defaults, keyword-only, *args/**kwargs, closures, recursion.
def describe(name, *args, sep=", ", **kwargs):
    parts = [str(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
    return f"{name}({sep.join(parts)})"


def make_multiplier(factor):
    def mul(x):
        return x * factor
    return mul


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def memo_fib():
    cache = {0: 0, 1: 1}
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    def stats():
        return calls, len(cache)

    return fib, stats


def accumulate(values, func=lambda a, b: a + b, initial=None):
    it = iter(values)
    total = next(it) if initial is None else initial
    out = [total]
    for v in it:
        total = func(total, v)
        out.append(total)
    return out


def kwonly(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)


def bad_default(item, bucket=[]):
    bucket.append(item)
    return bucket


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(describe("f"), describe("g", 1, "two", 3.0), describe("h", 1, x=2, a=[3], sep="; "))
args = (10, 20)
kw = {"z": None, "y": True}
print(describe("call", *args, 30, *"ab", **kw, w=0))
double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple("ab"), compose(double, triple, len)("hello"), compose()(7))
fib, stats = memo_fib()
print(fib(90), stats(), fib(10), stats())
print(accumulate([1, 2, 3, 4]), accumulate([1, 2, 3, 4], lambda a, b: a * b), accumulate("abc", initial=">"))
print(kwonly(1, d=4), kwonly(1, 9, 8, d=7, e=6), kwonly(0, c=-1, d=-2))
for call in (lambda: kwonly(1), lambda: kwonly(1, 2, 3, 4), lambda: kwonly(a=1, d=2), lambda: describe(),
             lambda: kwonly(1, d=1, f=2), lambda: make_multiplier(1, 2), lambda: describe("x", "y", name="z")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(bad_default(1), bad_default(2), bad_default(3, []), bad_default(4))
moves = hanoi(4)
print(len(moves), moves[:5], hanoi(0))
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
counter = 0


def bump(by=1):
    global counter
    counter += by
    return counter


print(bump(), bump(5), bump(by=-2), counter)
squares = list(map(lambda x: x ** 2, range(6)))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print(squares, [f(10) for f in adders], [f(10) for f in late])
print((lambda *a, **k: (a, k))(1, 2, k=3), (lambda x, y=5: x * y)(2))
print(describe.__name__, make_multiplier(2).__name__, (lambda: 0).__name__, callable(fib), callable(3))
if __name__ == "__main__":
    print("main guard", __name__)
