# Assigning __defaults__ / __kwdefaults__ changes what later calls bind.
def f(a, b=1):
    return a + b
print(f(1), f.__defaults__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__kwdefaults__ = None
def g(*, k=2): return k
print(g(), g.__kwdefaults__)
g.__kwdefaults__ = {'k': 5}
print(g())
def f(a, b=1):
    return a + b
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = (1,)
except TypeError as e:
    print(e)
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = (5, 6, 7)
print(f(), f(1))
