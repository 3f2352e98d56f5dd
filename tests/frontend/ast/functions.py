def f():
    pass

def f(a, b):
    return a

def f(a, b=1, *args, c, d=2, **kwargs):
    pass

def f(a, /, b, *, c):
    pass

def f(a=1, /, b=2, *, c, d=4):
    pass

def f(*, a):
    pass

def f(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> None:
    pass

def f(a, b, /):
    pass

def f(**kw):
    pass

def f(*args):
    """Docstring."""
    return args

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner

lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda x, /, y: x
lambda *, k: k
(lambda a: a)(1)
