# copy.copy / copy.deepcopy and json.dumps of the collections types.
import copy
import json
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

P = namedtuple("P", "x y")
for v in (deque([1, [2]], 5), defaultdict(list, a=[1]), Counter("aab"), OrderedDict(a=[1]), P(1, [2])):
    a = copy.copy(v)
    b = copy.deepcopy(v)
    print(type(a) is type(v), type(b) is type(v), a == v, b == v, a is v, b)
    inner = list(v.values())[0] if isinstance(v, dict) else v[1]
    if isinstance(inner, list):
        inner.append("changed")
        print(" shallow sees it:", a == v, " deep does not:", b != v)
print(json.dumps(Counter("aab")), json.dumps(OrderedDict(b=1, a=2)), json.dumps(P(1, 2)))
print(json.dumps(defaultdict(int, x=1)), json.dumps({"d": deque([1, 2]) and list(deque([1, 2]))}))
c = Counter(a="x")
c2 = Counter({"a": [1]})
c2.update({"a": [2]})
print(c, c2)
