# count, cycle, repeat, islice: values, reprs and errors as CPython 3.11.
import itertools
from itertools import count, cycle, repeat, islice

c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(list(islice(count(), 3)), list(islice(count(10, -3), 4)))
print(list(islice(count(0.1, 0.1), 4)))
print(repr(count(5, 2)), repr(count(1.5, 0.5)), repr(count(0, 1.0)), repr(count(2 ** 70)))
print(list(islice(count(2 ** 48 - 2), 4)))
print(list(islice(count(step=3), 3)), list(islice(count(start=7), 2)))

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(cycle([])))

def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')

cg = cycle(gen())
print([next(cg) for _ in range(5)])

r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(list(repeat(1, -2)), repr(repeat(1, -2)), repr(repeat([1, 2])))
print(list(islice(repeat(7), 3)), list(repeat(None, times=2)))
print(list(map(pow, range(5), repeat(2))))

print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', None)), list(islice('abcdefg', 1, 100, 3)))
print(list(islice(range(10), 3, 3)), list(islice(range(10), 5, 2)))

it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
s = islice(it, 0, 3)
print(list(s), next(it), list(s))

def bad(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: count('a'))
bad(lambda: count(1, 2, 3))
bad(lambda: repeat())
bad(lambda: cycle())
bad(lambda: cycle(1))
bad(lambda: islice([1]))
bad(lambda: islice([1], -1))
bad(lambda: islice([1], 1.5))
bad(lambda: islice([1], 1, -2))
bad(lambda: islice([1], 'a', 2))
bad(lambda: islice([1], 0, 2, 0))
bad(lambda: islice([1], 0, 2, -1))
bad(lambda: islice([1], 1, 2, 3, 4))
bad(lambda: islice(1, 2))
bad(lambda: islice([1], stop=2))
print(type(count()).__name__, itertools.count, type(islice([], 1)))
