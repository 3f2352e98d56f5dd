# Every dict operation works on defaultdict, Counter and OrderedDict.
from collections import Counter, OrderedDict, defaultdict


def kw(**kwargs):
    return sorted(kwargs.items())


dd = defaultdict(int, a=1, b=2)
c = Counter(x=3, y=1)
od = OrderedDict(p=1, q=2)
for d in (dd, c, od):
    print(isinstance(d, dict), len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
    print(list(reversed(d)), sorted(d), sorted(set(d)), {k: v for k, v in d.items()}, dict(d), {**d})
    print(kw(**d), "a" in d, d.get("p", "none"), d.keys() & {"a", "x", "p"}, d.items() == dict(d).items())
    e = d.copy()
    e.update({"new": 0})
    e |= {"new2": 5}
    print(type(e), e, d == e, d != e)
    print(e.pop(next(iter(e))), e.popitem(), e.setdefault("s", 7), len(e))
    f = type(d).fromkeys("mn", 1) if type(d) is not Counter else None
    print(f)
    for k in d:
        print(" ", k, d[k])
mixed = {}
mixed.update(dd)
mixed.update(c)
mixed.update(od)
print(mixed, dict(dd, z=0), dict(c) == {"x": 3, "y": 1})
print(dd == {"a": 1, "b": 2}, {"a": 1, "b": 2} == dd, od == {"q": 2, "p": 1}, c == dict(c))
print(dict.fromkeys(od, 0), list(od.items())[::-1])
print(sum(c.values()), max(dd, key=dd.get), min(od.items()))
try:
    od["missing"]
except KeyError as e:
    print("KeyError", e)
print([t.__name__ for t in (defaultdict, Counter, OrderedDict)], Counter, OrderedDict, defaultdict)
