from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(isinstance(d, dict), type(d), d.default_factory)
print(d["zz"], "zz" in d, d.get("nope"), "nope" in d, len(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(c, sorted(c.items()), dict(c))
print(c.keys(), list(c.values()), c == {"m": 1, "i": 4, "s": 4, "p": 2})
n = defaultdict()
print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
x = defaultdict(lambda: "dflt", {1: "one"}, two=2)
print(x[1], x[3], dict(x), x.default_factory())
cp = c.copy()
cp["new"] += 5
print(type(cp), cp["new"], "new" in c, cp.default_factory)
print(d | {"c": [9]}, {"z": 0} | d)
c.default_factory = None
try:
    c["q"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], dict(nested["a"]))
s = defaultdict(set)
s[1].add(2)
print(s, s.pop(1), s, s.setdefault(5, 6), s)
print(d.__missing__("w"), d)
