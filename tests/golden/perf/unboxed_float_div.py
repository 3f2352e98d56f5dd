# Unboxed float code next to closures, generators and escaping functions, and
# an uncaught ZeroDivisionError from an augmented division (traceback lines).


def outer(x):
    y = x * 2.0            # captured by inner: a cell, stays boxed

    def inner():
        return y + 0.5
    return inner()


def gen(n):
    acc = 0.0
    for i in range(n):
        acc += 0.5
        yield acc


def apply(f, v):
    return f(v)


def scaled(v):              # escapes (passed as a value): v is unknown
    return v * 1.5


def chain(a, b):
    c = a - b
    if 0.0 < c < 10.0:      # a chain: boxed comparisons
        return c
    return -c


def halve_until(t, b):
    while t > 1.0:
        t /= b
    return t


print(outer(1.25), list(gen(4)), apply(scaled, 2.0), apply(scaled, 3))
print(chain(5.0, 2.5), chain(1.0, 20.0))
print(halve_until(100.0, 2.0))
print(halve_until(100.0, 0.0))
