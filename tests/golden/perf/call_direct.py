# Calls of module-level defs that nothing rebinds go straight to the
# function's body (no global load, no dispatch on the callee's type): the
# results, argument ownership, evaluation order and recursion are Python's.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    # is_odd is defined below: this call keeps its NameError check
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def nothing():
    return None


def pair(a, b, /):
    return (a, b)


def with_default(a, b=100):
    return a + b


def keep(x):
    return x


def push(xs, v):
    xs.append(v)
    return len(xs)


def abs(x):  # shadows the builtin: the global falls back to it while unbound
    return ("mine", x)


def noisy(tag, value):
    print("eval", tag)
    return value


def scale(x, k):
    y = x * k
    return y + 0.5


items = []
total = 0
print(fib(20), is_even(10), is_odd(7), nothing(), pair(1, "two"), with_default(1, 2))
print(keep(items) is items, push(items, 1), push(items, 2), items)
print(abs(-3))
print(pair(noisy("a", 1), noisy("b", 2)))
print(scale(2.0, 3.0), scale(3, 2), scale("ab", 2) if False else scale(1.5, 2))
for i in range(5):
    total = total + keep(i)
print(total)
print([fib(k) for k in range(10)], list(map(lambda v: keep(v) * 2, [1, 2, 3])))


class Box:
    def __init__(self, v):
        self.v = v

    def fib(self):  # a method of the same name does not get in the way
        return fib(self.v)

    def keep(self):
        return keep(self)


b = Box(15)
print(b.fib(), b.keep() is b)
shared = [1, 2]


def use_global():
    return keep(shared) is shared and push(shared, 3) == 3


print(use_global(), shared)


def outer():
    def inner(q):
        return pair(q, fib(q))

    return inner(12)


print(outer())
s = "a string"
print(keep(s), keep(s + "!"), keep(keep(keep(7))))


def kw(a, b, c):
    return (a, b, c)


print(kw(1, c=noisy("c", 3), b=noisy("b", 2)), kw(c=1, a=2, b=3))
for bad in [lambda: pair(1, b=2), lambda: kw(1, 2, d=3), lambda: kw(1, 2, a=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def boom(x):
    return 1 // x


def gen(n):
    try:
        for i in range(n, -1, -1):
            yield boom(i) + keep(i)
    except ZeroDivisionError as e:
        yield str(e)


print(list(gen(2)), sum(fib(j) for j in range(8)))
