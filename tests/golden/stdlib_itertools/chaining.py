# chain, chain.from_iterable, accumulate, zip_longest, starmap, takewhile,
# dropwhile, compress, filterfalse, pairwise.
import operator
from itertools import (chain, accumulate, zip_longest, starmap, takewhile, dropwhile, compress,
                       filterfalse, pairwise, islice, count)

print(list(chain('abc', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(islice(chain.from_iterable(map(range, count())), 10)))
c = chain([1], [2])
print(next(c), list(c), list(c), type(c).__name__)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=None)))

print(list(zip_longest('abcd', 'xy')), list(zip_longest('ab', [1, 2, 3], fillvalue='-')))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest([1, 2])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ['ab', 'cd'])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 0, 1])))
t = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(t), list(t))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(compress(data=range(6), selectors=[0, 1] * 3)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))

def bad(f):
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: chain(x=1))
bad(lambda: list(chain(1)))
bad(lambda: chain.from_iterable())
bad(lambda: list(chain.from_iterable([1])))
bad(lambda: accumulate())
bad(lambda: accumulate([1], x=2))
bad(lambda: list(accumulate([1, 'a'])))
bad(lambda: zip_longest(a=1))
bad(lambda: zip_longest(1))
bad(lambda: list(starmap(pow, [1])))
bad(lambda: takewhile(bool))
bad(lambda: compress([1]))
bad(lambda: pairwise())
bad(lambda: filterfalse(None))
bad(lambda: list(takewhile(lambda x: 1 / x, [1, 0])))
