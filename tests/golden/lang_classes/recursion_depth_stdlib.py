# py2c-test: reference-cycles (super() in a method: the __class__ cell)
# Recursion depth through classes made by the standard library, as CPython
# 3.11 counts it: a dataclass's generated __init__ is a Python function (a
# frame; a frozen one's object.__setattr__ calls take a step while they run);
# object.__new__ / super().__new__ is a built-in call (one step, message
# suffix " while calling a Python object"); a namedtuple class call takes the
# class-call step, its generated __new__ a frame, its tuple.__new__ call one
# more step (also _make, _replace, and subclasses with or without __new__).
import sys
from collections import namedtuple
from dataclasses import dataclass, field

depth = 0


def run(name, fn):
    global depth
    depth = 0
    try:
        fn()
        print(name, "returned", depth)
    except RecursionError as e:
        print(name, "RecursionError:", str(e), "depth", depth)


@dataclass
class DC:  # recursion in __post_init__ (called by the generated __init__)
    n: int

    def __post_init__(self):
        global depth
        depth += 1
        self.c = DC(self.n + 1)


@dataclass
class DF:
    a: list = field(default_factory=list)
    n: int = 0

    def __post_init__(self):
        global depth
        depth += 1
        self.c = DF(n=self.n + 1)


@dataclass(frozen=True)
class FZ:
    n: int

    def __post_init__(self):
        global depth
        depth += 1
        object.__setattr__(self, "c", FZ(self.n + 1))


@dataclass
class DBase:
    n: int

    def __post_init__(self):
        global depth
        depth += 1
        self.c = DDer(self.n + 1)


@dataclass
class DDer(DBase):
    pass


@dataclass
class Plain:
    n: int


def dc_fn(n):  # the class call trips the limit, or the generated __init__
    global depth
    depth += 1
    Plain(n)
    return dc_fn(n + 1)


class NW:
    def __new__(cls, n):
        return super().__new__(cls)

    def __init__(self, n):
        global depth
        depth += 1
        self.c = NW(n + 1)


class NO:
    def __new__(cls, n):
        return object.__new__(cls)

    def __init__(self, n):
        global depth
        depth += 1
        self.c = NO(n + 1)


class OnlyNew:
    def __new__(cls, n):
        global depth
        depth += 1
        inst = object.__new__(cls)
        OnlyNew(n + 1)
        return inst


class NewArgs:
    def __new__(cls, *args):
        global depth
        depth += 1
        inst = super().__new__(cls)
        NewArgs(*args)
        return inst


class T(tuple):
    def __new__(cls, n):
        return super().__new__(cls, (n,))


def tsub(n):
    global depth
    depth += 1
    T(n)
    return tsub(n + 1)


P = namedtuple("P", "x y")


class Sub(P):
    def norm(self):
        return self.x


class SubNew(P):
    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)


def nt(n):
    global depth
    depth += 1
    P(n, 2)
    return nt(n + 1)


def nt_kw(n):
    global depth
    depth += 1
    P(x=n, y=2)
    return nt_kw(n + 1)


def nt_make(n):
    global depth
    depth += 1
    P._make((n, 2))
    return nt_make(n + 1)


def nt_make_gen(n):
    global depth
    depth += 1
    P._make(x for x in (n, 2))
    return nt_make_gen(n + 1)


def nt_replace(n):
    global depth
    depth += 1
    P(1, 2)._replace(x=n)
    return nt_replace(n + 1)


def nt_sub(n):
    global depth
    depth += 1
    Sub(n, 2)
    return nt_sub(n + 1)


def nt_subnew(n):
    global depth
    depth += 1
    SubNew(n)
    return nt_subnew(n + 1)


def nt_explicit(n):
    global depth
    depth += 1
    P.__new__(P, n, 2)
    return nt_explicit(n + 1)


# (even and odd limits: different steps trip them)
for lim in (200, 57, 1000, 58):
    sys.setrecursionlimit(lim)
    print("limit", lim)
    run("dataclass __post_init__", lambda: DC(0))
    run("dataclass factory", lambda: DF())
    run("dataclass frozen", lambda: FZ(0))
    run("dataclass derived", lambda: DBase(0))
    run("dataclass via function", lambda: dc_fn(0))
    run("super().__new__", lambda: NW(0))
    run("object.__new__", lambda: NO(0))
    run("only __new__", lambda: OnlyNew(0))
    run("__new__ *args", lambda: NewArgs(1, 2))
    run("tuple subclass __new__", lambda: tsub(0))
    run("namedtuple", lambda: nt(0))
    run("namedtuple keywords", lambda: nt_kw(0))
    run("namedtuple _make", lambda: nt_make(0))
    run("namedtuple _make generator", lambda: nt_make_gen(0))
    run("namedtuple _replace", lambda: nt_replace(0))
    run("namedtuple subclass", lambda: nt_sub(0))
    run("namedtuple subclass __new__", lambda: nt_subnew(0))
    run("namedtuple __new__", lambda: nt_explicit(0))
print("limit now", sys.getrecursionlimit())
print(SubNew(1), Sub(2, 3).norm(), P._make([4, 5])._replace(y=6), FZ.__init__.__qualname__)
