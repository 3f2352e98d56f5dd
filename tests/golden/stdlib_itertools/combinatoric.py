# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'xy', repeat=2))[:6])
print(list(product()), list(product([1, 2], [])), list(product([1], repeat=0)))
print(len(list(product(range(4), range(5), range(3)))))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1, 2], 0)))
print(list(permutations('ab', None)), list(permutations(iterable='xy', r=1)))
print(len(list(permutations(range(6)))), list(permutations(range(6)))[100])

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 3)), list(combinations([], 0)), list(combinations('abc', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))

def gen():
    yield 3
    yield 1
    yield 2

print(list(combinations(gen(), 2)), list(permutations(gen(), 1)))

def bad(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: product([1], foo=2))
bad(lambda: product([1], repeat=-1))
bad(lambda: product(1))
bad(lambda: permutations())
bad(lambda: permutations([1], -1))
bad(lambda: permutations([1], 'a'))
bad(lambda: combinations([1]))
bad(lambda: combinations([1], -1))
bad(lambda: combinations([1], 1, 2))
bad(lambda: combinations_with_replacement([1]))
bad(lambda: combinations_with_replacement([1], -2))
