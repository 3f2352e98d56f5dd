# functools.lru_cache / cache: keys, hit/miss counts, LRU eviction, cache_clear.
import functools
from functools import lru_cache, cache

calls = []

def square(x):
    calls.append(x)
    return x * x

sq = lru_cache(maxsize=2)(square)
for x in [1, 2, 1, 3, 2, 1, 1, 4, 3]:
    sq(x)
print(calls, sq.cache_info())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[1], len(ci), tuple(ci), ci == (ci.hits, ci.misses, 2, 2))
h, m, mx, cur = ci
print(h, m, mx, cur, type(ci).__name__)
sq.cache_clear()
print(sq.cache_info(), sq(5), sq.cache_info())

def show(x, y=0):
    print('call', x, y)
    return x

s = lru_cache(maxsize=10)(show)
s(1); s(1.0); s(True); s(x=1); s(1, y=0); s(1, 0); s('a'); s('a')
print(s.cache_info())
t = lru_cache(typed=True)(show)
t(1); t(1.0); t(True); t(1)
print(t.cache_info(), t.cache_parameters(), s.cache_parameters())

u = lru_cache(maxsize=None)(square)
calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    u(x)
print(calls, u.cache_info())
z = lru_cache(maxsize=0)(square)
calls.clear()
z(1); z(1)
print(calls, z.cache_info())
print(lru_cache(maxsize=-5)(len).cache_info(), lru_cache(maxsize=True)(len).cache_info())
c = cache(square)
calls.clear()
print(c(3), c(3), calls, c.cache_info())
d = lru_cache(square)
print(d(4), d.cache_info(), d.__name__, d.__wrapped__ is square)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=3)
def lucas(n):
    return 2 - n if n < 2 else lucas(n - 1) + lucas(n - 2)

print([lucas(i) for i in range(10)], lucas.cache_info())

@cache
def count_paths(r, c):
    return 1 if r == 0 or c == 0 else count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(10, 10), count_paths.cache_info().currsize)

class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def twice(self, k):
        print('computing', self.n, k)
        return self.n * 2 + k

a = Thing(5)
print(a.twice(1), a.twice(1), Thing.twice.cache_info())
Thing.twice.cache_clear()  # the cache holds `a`, whose class holds the cache

def boom(x):
    raise ValueError('boom %d' % x)

b = lru_cache(maxsize=2)(boom)
for i in range(2):
    try:
        b(1)
    except ValueError as e:
        print(e, b.cache_info())

def bad(fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: lru_cache(maxsize='a'))
bad(lambda: lru_cache(maxsize=2)(1))
bad(lambda: lru_cache(1, 2, 3))
bad(lambda: sq({}))
bad(lambda: sq())
bad(lambda: cache())
