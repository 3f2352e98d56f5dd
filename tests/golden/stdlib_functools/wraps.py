# functools.wraps / update_wrapper.
import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b=1):
    """Add two numbers."""
    return a + b

print(add(2, b=3), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(1, 1))

def plain(x):
    return x

plain.calls = 7
plain.tag = 'orig'

def other():
    pass

other.tag = 'mine'
r = functools.update_wrapper(other, plain)
print(r is other, other.__name__, other.__doc__, other.calls, other.tag, other.__wrapped__ is plain)

def nodoc():
    pass

def documented():
    """docs!"""

functools.update_wrapper(documented, nodoc)
print(documented.__doc__, documented.__name__)

def named():
    pass

functools.update_wrapper(named, plain, assigned=('__doc__',), updated=())
print(named.__name__, hasattr(named, 'calls'), named.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def outer():
    def inner(x):
        """inner"""
        return x
    return inner

w = functools.wraps(outer())(lambda x: x * 2)
print(w.__name__, w.__qualname__, w.__doc__, w(4))

def logged(level):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a):
            print(level, func.__name__)
            return func(*a)
        return wrapper
    return deco

@logged('INFO')
def mul(a, b):
    return a * b

print(mul(3, 4), mul.__name__)
cached = functools.lru_cache()(plain)
print(cached.__name__, cached.__doc__, cached.calls, cached.__wrapped__ is plain)
