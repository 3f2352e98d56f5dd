# itemgetter, attrgetter, methodcaller.
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g('ab'), g({1: 'one'}), repr(g))
g2 = itemgetter(2, 0, -1)
print(g2('abcdef'), repr(g2), repr(itemgetter('a', (1, 2))))
print(itemgetter(0, 0)([5]))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))

def f():
    pass

f.a = 1
print(attrgetter('__name__')(f), attrgetter('__name__', '__qualname__')(f))
print(attrgetter('real')(3), attrgetter('real', 'imag')(5))
print(attrgetter('__class__.__name__')(1.5), attrgetter('__class__.__name__', '__class__')(f))
print(repr(attrgetter('a')), repr(attrgetter('a.b', 'c')))

m = methodcaller('upper')
print(m('abc'), repr(m))
print(methodcaller('split', ',')('a,b,c'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(repr(methodcaller('split', ',', maxsplit=1)), repr(methodcaller('f', 1, 'x', k=[2])))
print(methodcaller('count', 1)([1, 2, 1]), sorted(['b', 'A', 'c'], key=methodcaller('lower')))
print(type(g).__name__, type(attrgetter('x')), type(m).__name__)

def bad(fn):
    try:
        fn()
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: itemgetter())
bad(lambda: itemgetter(1, k=2))
bad(lambda: itemgetter(1)())
bad(lambda: itemgetter(1)(1, 2))
bad(lambda: itemgetter(1)(5))
bad(lambda: itemgetter(5)([1]))
bad(lambda: itemgetter('k')({}))
bad(lambda: attrgetter())
bad(lambda: attrgetter(1))
bad(lambda: attrgetter('a', k=1))
bad(lambda: attrgetter('a')(1))
bad(lambda: attrgetter('real.nope')(1))
bad(lambda: methodcaller())
bad(lambda: methodcaller(1))
bad(lambda: methodcaller('f')())
bad(lambda: methodcaller('nope')(1))
bad(lambda: methodcaller('upper', 1)('a'))
