# A closure reads its enclosing function's variables through cells. Where
# the variable cannot change once the closure exists (bound once, before the
# closure's statement; no nonlocal, no del), py2c reads it once per call
# (lw_free_stable.c). Every case below must still see what CPython sees.


def param_and_once(n):
    table = [n * k for k in range(4)]

    def at(i):
        return table[i] + n

    return [at(i) for i in range(4)]


print(param_and_once(3))


def assigned_after():
    def early():
        return late  # bound after the def: NameError first, then the value

    try:
        early()
    except NameError as e:
        print("NameError:", e)
    late = "late value"
    return early()


print(assigned_after())


def rebound():
    x = 1

    def get():
        return x

    first = get()
    x = 2
    return first, get()


print(rebound())


def through_nonlocal():
    x = 10

    def get():
        return x

    def bump():
        nonlocal x
        x += 5

    a = get()
    bump()
    return a, get()


print(through_nonlocal())


def through_walrus():
    y = 0

    def get():
        return y

    before = get()
    [(y := k) for k in range(3)]
    return before, get()


print(through_walrus())


def deleted():
    z = "z"

    def get():
        return z

    print(get())
    del z
    try:
        get()
    except NameError as e:
        print("NameError:", e)


deleted()


def in_loop_and_nested(n):
    base = 100
    out = []
    for k in range(n):
        def outer(j):
            def inner():
                return base + j + k
            return inner()
        out.append(outer(k))
    return out


print(in_loop_and_nested(3))


def lambdas_and_classes(scale):
    offset = 0.5
    f = lambda v: v * scale + offset

    class Holder:
        offset = "class attribute, not seen by methods"

        def apply(self, v):
            return f(v) + offset

    return Holder().apply(2)


print(lambdas_and_classes(3))


def conditional(flag):
    if flag:
        w = "bound"

    def get():
        return w

    return get()


print(conditional(True))
try:
    print(conditional(False))
except NameError as e:
    print("NameError:", e)


def unpacked():
    a, b = 1, 2

    def get():
        return a + b

    return get()


print(unpacked())


def generator_closure(n):
    limit = n

    def gen():
        for i in range(limit):
            yield i * limit

    return list(gen())


print(generator_closure(4))


def recursive(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k not in memo:
            memo[k] = fib(k - 1) + fib(k - 2)
        return memo[k]

    result = fib(n)
    del fib  # breaks the function-cell cycle (py2c has no cycle collector)
    return result


print(recursive(60))
