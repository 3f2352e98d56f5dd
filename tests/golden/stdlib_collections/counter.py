from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
c.update(q=2)
print(c)
c.subtract("aaaaaaaa")
c.subtract({"q": 5})
print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(Counter(a=0) == Counter(), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) < Counter(a=2, b=1), Counter(a=1) <= Counter(a=1), Counter(a=3) > Counter(a=1), Counter(a=1) >= Counter(b=1))
x = Counter(a=2, b=3)
x += Counter(a=-5, c=1)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(b=7, d=1)
print(x)
x &= Counter(b=3, c=4)
print(x)
print(Counter(), Counter([1, 2, 2, 3, 3, 3]), Counter({"x": 2}), Counter(cats=4, dogs=8))
d = Counter(words=1)
del d["missing"]
del d["words"]
print(d, isinstance(d, dict), type(d).__name__)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
e = Counter(a=1).copy()
e["b"] += 2
print(e, type(e).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print("NotImplementedError", err)
try:
    Counter(a=1) + 1
except TypeError as err:
    print("TypeError", err)
try:
    Counter(a=1) < {"a": 2}
except TypeError as err:
    print("TypeError", err)
print(Counter("aab") == Counter("aba"), dict(Counter("xyx")), list(Counter("bca")))
print(Counter(b=2, a=2, c=3).most_common())
print(sum(Counter("hello").values()), max(Counter("hello").items(), key=lambda kv: kv[1]))
