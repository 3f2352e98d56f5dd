d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, "z" in k)
d["d"] = 4
del d["a"]
print(k, v, it)
print(list(k), list(v), list(it), tuple(k), sorted(v, reverse=True))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], it == {("b", 2), ("c", 3), ("d", 4)}, v == v)
print(sorted(k & {"b", "x"}), sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "y"}))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), k <= {"b", "c", "d", "e"}, k < {"b"})
print(k.isdisjoint({"q"}), k.isdisjoint(["b"]), isinstance(k, type(k)))
for key, val in d.items():
    print(key, val, end=" | ")
print()
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
n = {1: "x", 2: "y"}
print(n.keys() & {2, 3}, n.keys() | [0], sorted(n.items() | {(3, "z")}), {i for i in n.values()} == {"x", "y"})
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()), bool(e.keys()), bool(n.values()))
print(dict(n.items()), dict(zip(n.values(), n.keys())), max(n.keys()), sum(n.keys()), min(n.items()))
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(it)).__name__)
nested = {(1, 2): [1], (3, 4): [2]}
print(nested.keys(), nested.items(), [a + b for a, b in nested.keys()])
x = {1: 1}
kv = x.keys()
x.clear()
print(kv, len(kv))
print({1: 2}.items().isdisjoint([(1, 3)]), {1: 2}.items().isdisjoint({(1, 2)}), k.isdisjoint(k), e.keys().isdisjoint(e.keys()))
try:
    k.isdisjoint()
except TypeError as ex:
    print(ex)
try:
    it.isdisjoint(5)
except TypeError as ex:
    print(ex)
