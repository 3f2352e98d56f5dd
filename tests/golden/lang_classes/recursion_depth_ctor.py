# py2c-test: reference-cycles (super() in a method: the __class__ cell)
# Calling a class counts one level of recursion besides its __init__ /
# __new__ frames (CPython's _PyObject_MakeTpCall, message suffix " while
# calling a Python object"), whether the call is compiled as a direct
# construction or goes through the class object (generic type call).
import sys

depth = 0


def run(name, fn):
    global depth
    depth = 0
    try:
        fn()
        print(name, "returned", depth)
    except RecursionError as e:
        print(name, "RecursionError:", str(e), "depth", depth)


class A:  # rebound below: every A(...) is a generic call
    def __init__(self, n):
        global depth
        depth += 1
        self.c = A(n + 1)


A = A


class AD:  # eligible for direct construction
    def __init__(self, n):
        global depth
        depth += 1
        self.c = AD(n + 1)


def make_b(n):
    return K(n)


class B:  # __init__ calls a function that constructs again
    def __init__(self, n):
        global depth
        depth += 1
        self.c = make_b(n + 1)


K = B


class CN:  # recursion in __new__
    def __new__(cls, n):
        global depth
        depth += 1
        inst = super().__new__(cls)
        inst.c = [CN][0](n + 1)
        return inst


class Base:
    def __init__(self, n):
        global depth
        depth += 1
        self.c = [Derived][0](n + 1)


class Derived(Base):  # only the base class's __init__
    pass


class KW:
    def __init__(self, n=0, *, k=1):
        global depth
        depth += 1
        self.c = [KW][0](n=n + 1, k=2)


def f(n):  # plain function recursion
    global depth
    depth += 1
    return f(n + 1)


class Empty:
    pass


def g(n):  # the class call trips the limit (no __init__)
    global depth
    depth += 1
    Empty()
    return g(n + 1)


def h(n):
    global depth
    depth += 1
    [Empty][0]()
    return h(n + 1)


class E(Exception):
    pass


def raiser(n):
    global depth
    depth += 1
    try:
        raise E(n)
    except E:
        pass
    return raiser(n + 1)


class T(tuple):
    pass


def tup(n):
    global depth
    depth += 1
    T((1, 2))
    return tup(n + 1)


# (an even limit: __init__'s frame trips it; odd: the class call does)
for lim in (200, 57, 1000):
    sys.setrecursionlimit(lim)
    print("limit", lim)
    run("generic", lambda: A(0))
    run("direct", lambda: AD(0))
    run("via function", lambda: B(0))
    run("__new__", lambda: CN(0))
    run("base __init__", lambda: Derived(0))
    run("keywords", lambda: KW(0))
    run("function", lambda: f(0))
    run("no __init__ by name", lambda: g(0))
    run("no __init__ via list", lambda: h(0))
    run("exception class", lambda: raiser(0))
    run("tuple subclass", lambda: tup(0))
print("limit now", sys.getrecursionlimit())
