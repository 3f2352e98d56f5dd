d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
del d["x"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = 0
print(d == e, len(d), len(e))
e.clear()
print(e, d != e, {} == {}, {1: 2} == {1: 2.0}, {1: 2} == {1: 3})
print(dict.fromkeys(range(3)), dict.fromkeys("ab", 0), {}.fromkeys([1]))
print({1: "a"} | {2: "b", 1: "c"})
o = {1: 1}
o |= {2: 2}
o |= [(3, 3)]
print(o)
k = {(1, 2): "t", frozenset({1}): "f", 3.0: "float", True: "bool", None: "none"}
print(k, k[(1, 2)], k[frozenset([1])], k[3], k[1], k[None])
k[1.0] = "one"
k[3] = "three"
print(k)
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt, sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
for key in d:
    print(key, d[key], end="; ")
print()
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d), sorted(d.values()), max(d), min(d, key=d.get), sum(d.values()))
dd = {}
dd[0] = dd.get(0, []) + [1]
print(dd, list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())))
print(dict(zip("abc", range(3))), dict(enumerate("xy")), {i: i for i in range(3)}.keys())
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"].get("inner")[-1])
ordered = {}
for i in [5, 1, 4]:
    ordered[i] = i
del ordered[1]
ordered[1] = "back"
print(ordered, list(ordered.items())[0])
print(bool({}), bool({0: 0}), len({i: 0 for i in range(1000)}))
big = {i: i * i for i in range(50)}
for i in range(0, 50, 2):
    del big[i]
print(len(big), list(big)[:5], big.get(49))
