from collections import OrderedDict

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), isinstance(od, dict))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, list(od.items()), od.keys())
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=0))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a == a.copy())
print(type(a.copy()), a | {"z": 3}, type(a | {"z": 3}))
print(list(reversed(a)), a.get("x"), a.setdefault("w", 0), a)
try:
    a.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
c = OrderedDict.fromkeys("abc", 0)
print(c, type(c))
del c["b"]
c["b"] = 9
print(c, c.pop("a"), c)
# an LRU cache
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = key * key
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache)
# many moves: the entries table is compacted along the way
big = OrderedDict((i, i) for i in range(50))
for r in range(300):
    keys = list(big)
    big.move_to_end(keys[r * 7 % len(keys)])
    if r % 3 == 0:
        big.move_to_end(keys[r % len(keys)], last=False)
    if r % 5 == 0:
        k, v = big.popitem(last=r % 2 == 0)
        big[k + 100] = v
print(list(big)[:12], len(big), sum(big.values()))
