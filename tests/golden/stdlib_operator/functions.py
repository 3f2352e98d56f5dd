# The operator functions, their dunder aliases and their errors.
import operator
from operator import add, sub, mul, truediv, floordiv, mod, neg, not_, truth, index, concat, contains

print(add(1, 2), sub(5, 7), mul('ab', 3), truediv(7, 2), floordiv(-7, 2), mod(-7, 3), operator.pow(2, 10))
print(neg(5), operator.pos(-2.5), operator.abs(-3), operator.invert(5), operator.inv(0))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt('a', 'b'), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.eq([1], [1]), operator.lt((1, 2), (1, 3)))
print(not_(0), not_([1]), truth(''), truth('x'), index(7), index(True), index(-2 ** 70))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 70), operator.rshift(-16, 2))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
print(concat([1], [2]), concat('ab', 'cd'), concat((1,), (2,)), contains([1, 2], 2), contains('abc', 'd'))
x = [1, 2, 3]
print(operator.getitem(x, 1), operator.getitem({'a': 5}, 'a'))
operator.setitem(x, 0, 'z')
operator.delitem(x, 2)
print(x, operator.is_(None, None), operator.is_(x, [1]), operator.is_not(x, None))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
l = [1]
print(operator.iadd(l, [2]), l, operator.iadd(1, 2), operator.imul('a', 3), operator.isub(5, 1))
print(operator.__add__ is add, operator.__and__ is operator.and_, operator.__not__(1), operator.__getitem__('ab', 0))
print(operator.add, operator.itemgetter)
print(operator.call(pow, 2, 5), operator.call(sorted, [3, 1], reverse=True), operator.length_hint([1, 2, 3]), operator.length_hint(7, 5))
print(sorted([3, 1, 2], key=neg), list(map(mul, [1, 2, 3], [4, 5, 6])))

def bad(f):
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError, KeyError, IndexError) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: add(1))
bad(lambda: add(1, 'a'))
bad(lambda: add(1, b=2))
bad(lambda: neg())
bad(lambda: neg('a'))
bad(lambda: operator.not_(1, 2))
bad(lambda: operator.setitem(1))
bad(lambda: truediv(1, 0))
bad(lambda: index(1.5))
bad(lambda: concat(1, 2))
bad(lambda: concat({}, {}))
bad(lambda: concat([1], (2,)))
bad(lambda: contains(1, 2))
bad(lambda: operator.getitem({}, 'k'))
bad(lambda: operator.indexOf([1], 2))
bad(lambda: operator.countOf(1, 2))
bad(lambda: operator.lt(1, 'a'))
bad(lambda: operator.call())
bad(lambda: operator.length_hint())
bad(lambda: operator.length_hint([], 'a'))
