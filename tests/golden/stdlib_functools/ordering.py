# functools.total_ordering and cmp_to_key.
import functools
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'V%d.%d' % (self.major, self.minor)

a, b, c = Version(1, 2), Version(1, 3), Version(1, 2)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a == c, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)

@total_ordering
class Weight:
    def __init__(self, w):
        self.w = w

    def __eq__(self, other):
        return self.w == other.w

    def __ge__(self, other):
        return self.w >= other.w

x, y = Weight(3), Weight(5)
print(x < y, x > y, x <= y, y <= x, x >= y, x <= Weight(3), x < Weight(3))

@total_ordering
class Loose:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        if not isinstance(other, Loose):
            return NotImplemented
        return self.v > other.v

print(Loose(2) < Loose(3), Loose(2) >= Loose(3), Loose(2) <= Loose(2))
try:
    Loose(1) < 5
except TypeError as e:
    print('TypeError:', e)

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __gt__(self, other):
        return 'own gt'

print(Both(1) > Both(2), Both(1) < Both(2), Both(1) >= Both(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)

def numeric_desc(p, q):
    return q - p

print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric_desc)))

def by_len_then_alpha(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    return (s > t) - (s < t)

words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(numeric_desc)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k1.obj, type(k1).__name__)
try:
    k1 < 3
except TypeError as e:
    print('TypeError:', e)
