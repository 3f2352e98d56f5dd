def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except BaseException as e:
        print(type(e).__name__ + ":", e)


# bad operand types
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] - [1])
show(lambda: {} * 2)
show(lambda: None + None)
show(lambda: 1.5 @ 2)
show(lambda: "a" < 1)
show(lambda: (1,) > [1])
show(lambda: None >= 0)
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: +[])
show(lambda: "%d" % "x")
show(lambda: 2 ** "x")
show(lambda: "a" * 1.5)
show(lambda: 1 << -1)
show(lambda: 10 ** -1 // 0)
show(lambda: int("12a"))
show(lambda: float("abc"))
show(lambda: int(None))
show(lambda: len(3))
show(lambda: abs("x"))
five, abc, nothing = 5, "abc", None
show(lambda: five())
show(lambda: abc())
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: nothing[0])
show(lambda: (1).real.imag.foo)
show(lambda: five[0])
show(lambda: {}.nope)
show(lambda: [].push(1))
show(lambda: "s".foo)
show(lambda: None.attr)


# calling with wrong arguments
def f(a, b, c=3, *, d, e=5):
    return a


def g(x, /, y):
    return x


def h(*args, **kwargs):
    return args


def k():
    pass


show(f)
show(f, 1)
show(f, 1, 2)
show(f, 1, 2, 3, 4, d=1)
show(f, 1, 2, d=1, z=2)
show(f, 1, 2, a=1, d=1)
show(f, 1, b=2, c=3)
show(g, x=1, y=2)
show(g, 1, 2, 3)
show(k, 1)
show(k, a=1)
show(lambda x: x)
show(lambda: 0, 1, 2)
show(h, 1, 2, a=3)
show(len)
show(len, [], [])
show(print, sepp=" ")
show(isinstance, 1, "int")
show(sorted, [3, 1], 1)
show(int, "5", base=1)
show(divmod, 1)
show(max)


# names
def use_before():
    print(value)
    value = 1


def use_global():
    return missing_global


show(use_before)
show(use_global)


def deleted():
    x = 1
    del x
    return x


show(deleted)


# recursion
def forever(n):
    return forever(n + 1) + 1


show(forever, 0)


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


show(mutual_a, 1)
print("still running")


# iteration
it = iter([1])
print(next(it))
show(next, it)
print(next(it, "default"))
gen = (x for x in [])
show(next, gen)


def genfunc():
    yield 1


gf = genfunc()
next(gf)
show(next, gf)


# assertions
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x < 10
    return x


show(check, -1)
show(check, 11)
print(check(5))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(repr(e), e.args)
