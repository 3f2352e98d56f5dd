# json with the collections types: dict and tuple subclasses encode as
# objects and arrays; others go through default.
import json
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

P = namedtuple("P", "x y")
dd = defaultdict(list)
dd["a"].append(1)
print(json.dumps([OrderedDict([("b", 1), ("a", 2)]), dd, Counter("abca"), P(1, 2), {"p": P(3, [4])}]))
print(json.dumps({"o": OrderedDict(z=1, a=2), "t": P("u", "v")}, sort_keys=True, indent=1))
print(json.dumps({"c": Counter()}, indent=2), json.dumps([P(1, P(2, 3))], indent=2))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
for v in [deque([1]), {"k": deque()}]:
    for kw in [{}, {"indent": 1}]:
        try:
            json.dumps(v, **kw)
        except TypeError as e:
            print("TypeError:", e)
print(json.dumps(deque([1, 2]), default=list))
