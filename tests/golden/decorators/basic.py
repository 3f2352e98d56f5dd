# Decorators: evaluation order, arguments, stacking, non-function results.
def log(msg):
    print("eval", msg)
    return msg


def tag(name):
    print("tag factory", name)

    def deco(f):
        print("apply", name, "to", f.__name__)
        f.tags = getattr(f, "tags", []) + [name]
        return f

    return deco


@tag(log("outer"))
@tag(log("inner"))
def f(x=log("default")):
    return x * 2


print(f(4), f.tags)


def trace(f):
    def wrapper(*args, **kwargs):
        print("->", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("<-", r)
        return r

    return wrapper


def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]

        return w

    return deco


@trace
@repeat(3)
def add(a, b):
    return a + b


print(add(1, b=2) if False else add(1, 2))

registry = {}


def register(key):
    def deco(f):
        registry[key] = f
        return f

    return deco


@register("sq")
def square(x):
    return x * x


@register("neg")
def negate(x):
    return -x


print(sorted(registry), registry["sq"](7), registry["neg"](7))


# a decorator may return anything
@len
@str
def weird():
    pass


print(type(weird).__name__, weird > 10)


def constant(v):
    return lambda f: v


@constant(42)
def answer():
    return 0


print(answer)

# decorators on methods and on classes


def counted(f):
    calls = [0]

    def w(*a):
        calls[0] += 1
        return (calls[0], f(*a))

    return w


def with_label(label):
    def deco(cls):
        cls.label = label
        return cls

    return deco


@with_label("pt")
class Point:
    def __init__(self, x):
        self.x = x

    @counted
    def double(self):
        return self.x * 2


p = Point(5)
print(Point.label, p.double(), p.double(), Point(1).double())


# decorators see the name unbound (or with its old value) until the end
def show_old(f):
    print("old value:", globals_copy.get(f.__name__, "unbound"))
    return f


globals_copy = {"g": "previous"}


@show_old
def g():
    pass


# a decorator stored in a container, a dotted decorator
class Ns:
    pass


ns = Ns()
ns.deco = trace
decos = [trace]


@ns.deco
def h(a):
    return a + 1


@decos[0]
def k(a):
    return a - 1


print(h(1), k(1))


def outer():
    prefix = "in"

    def make(f):
        def w():
            return prefix + ":" + f()

        return w

    @make
    def local():
        return "local"

    return local()


print(outer())
