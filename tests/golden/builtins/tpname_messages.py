# Messages name C-implemented stdlib types by CPython's tp_name
# ('collections.deque'), while type(x).__name__ stays 'deque'.
import collections
import functools
import itertools
import operator


def show(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


d = collections.deque([1])
print(type(d).__name__, type(functools.partial(print)).__name__)
show(lambda: hash(d))
show(lambda: d.x)
show(lambda: functools.partial(print).x)
show(lambda: collections.OrderedDict().x)
show(lambda: collections.Counter().x)
show(lambda: hash(collections.defaultdict(int)))
show(lambda: itertools.count()[0])
show(lambda: operator.itemgetter(1) + 1)
show(lambda: collections.deque.append(1, 2))
print(collections.deque.append)
show(lambda: setattr(collections.deque, "x", 1))
key = functools.cmp_to_key(lambda a, b: a - b)
show(lambda: hash(key(1)))
