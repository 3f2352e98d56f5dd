# functools.reduce and functools.partial.
import functools
from functools import partial, reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []), reduce(operator.add, [], 'init'), reduce(operator.add, ['only']))
print(reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)

p = partial(f, 1, x=3)
print(p(), p(5), p(5, 6, 7, y=8), p(x=4))
print(p.func is f, p.args, p.keywords, type(p).__name__)
pp = partial(p, 9, x=10, z=11)
print(pp.func is f, pp.args, pp.keywords, pp())
base2 = partial(int, base=2)
print(base2('1011'), base2('11', base=10), list(map(partial(pow, 2), range(5))))
print(repr(partial(len)), repr(partial(max, 1, key=abs)), repr(partial(operator.add, 'x')))
q = partial(f)
print(q(0), q.args, q.keywords)
p.attr = 'custom'
print(p.attr)
print(sorted(['bb', 'a', 'ccc'], key=partial(len)))
print(repr(partial(partial(len))))

def bad(fn):
    try:
        fn()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: reduce(operator.add, []))
bad(lambda: reduce(operator.add))
bad(lambda: reduce(operator.add, 1))
bad(lambda: reduce(operator.add, [], 1, 2))
bad(lambda: reduce(operator.add, [], initial=1))
bad(lambda: reduce(operator.add, [1, 'a']))
bad(lambda: partial())
bad(lambda: partial(1))
bad(lambda: partial(f)())
bad(lambda: partial(f, 1, 2, a=3)())
