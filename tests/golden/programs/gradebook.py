# Gradebook with dict/list manipulation, views, slicing and nested formatting.
roster = {"ann": [88, 92, 79], "ben": [65, 70], "cy": [], "dee": [95, 98, 100, 91]}
weights = dict(hw=0.4, exam=0.6)
print(roster.keys(), roster.values(), list(roster.items())[:2])
print(len(roster), "ben" in roster, "zed" not in roster, roster.get("zed", "n/a"))
extra = {"eve": [77], "ann": [90]}
merged = roster | extra
print(merged["ann"], list(merged), roster["ann"])
roster.update(eve=[77, 81])
roster["fay"] = roster.pop("cy")
print(list(roster), roster.pop("nobody", None))
last = roster.popitem()
print(last, list(roster))
roster.setdefault("gus", []).append(60)
del roster["ben"]
print(roster)
keys = roster.keys()
roster["hal"] = [50]
print(keys, len(keys), sorted(keys - {"ann"}), keys & {"ann", "zzz"})
w = max(len(n) for n in roster)
for name, scores in roster.items():
    avg = sum(scores) / len(scores) if scores else float("nan")
    line = "{name:{w}} | {n:2d} | {avg:{fmt}} | {best}".format(
        name=name, w=w, n=len(scores), avg=avg, fmt="6.2f", best=max(scores, default="-"))
    print(line)
print("{0}-{1}-{0}".format("x", "y"), "{:>{}}".format("r", 4), "{!r:^9}".format("s"), "{0[1]}{1[k]}".format([5, 6], {"k": 7}))
nums = list(range(20))
print(nums[::3], nums[-3:], nums[5:1:-1], nums[::-5], nums[100:], nums[-100:2])
nums[2:5] = ["a", "b"]
del nums[::4]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
stack = [1, 2, 3]
stack.insert(0, 0)
stack.insert(-1, 2.5)
stack.extend((4, 5))
stack.remove(2)
print(stack, stack.pop(), stack.pop(0), stack.index(3), stack.count(2.5), stack * 2, [0] + stack)
stack.reverse()
print(stack, stack.copy() is stack, stack[:] == stack)
stack.clear()
print(stack, bool(stack))
data = [5, 3, 8]
if (n := len(data)) > 2:
    print(f"{n} items, first {(first := data[0])}, {first * 2}")
i = 0
while (i := i + 1) < 10:
    if i * i > 50:
        print("found", i)
        break
else:
    print("not found")
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
x, *mid, y = "abcdef"
(p, q), r = (1, 2), [3]
a = b = c = []
a.append(1)
print(x, mid, y, p, q, r, b, c is a)
first, second = second, first = 1, 2
print(first, second)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 0, t[1:], 2 in t, (1, 2) < (1, 3), tuple("ab"), hash(t) == hash((1, 2, 3, 2)))
m = 1 < 2 < 3 > 2 != 5 == 5.0
print(m, 1 < 2 > 3, 0 or "" or None or [], 1 and 2 and 3, not [], [] or "default", 0 and 1 / 0)
del x, y
try:
    print(x)
except NameError as e:
    print("NameError:", e)
bs = "héllo".encode()
print(bs, len(bs), bs[1], bs[:2], bs.decode(), bytes([72, 105]), b"a" + b"b", b"abc".upper(), list(b"hi"))
