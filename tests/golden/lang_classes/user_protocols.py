# Iterators, generators and context managers written as classes, consumed
# by loops, builtins, unpacking, yield from and with.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

for x in Countdown(3):
    print(x)
print(list(Countdown(4)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3}, dict(zip(Countdown(2), "ab")))
print([y * 2 for y in Countdown(3)], any(Countdown(0)), all(Countdown(2)))
print(list(enumerate(Countdown(2))), list(map(str, Countdown(2))), list(filter(None, Countdown(3))))
print(list(Seq([7, 8, 9])), 8 in Seq([7, 8]), " ".join(Seq(["a", "b"])))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(4)
print(first, rest)
print(min(Countdown(3), key=lambda v: -v), list(reversed([1, 2])), list(zip(Countdown(2), Countdown(3))))
print(sum(x for x in Countdown(4)), "-".join(str(v) for v in Countdown(3)))
s = set()
s.update(Countdown(2))
l = []
l.extend(Countdown(2))
print(s, l, [*Countdown(2)], {*Countdown(1)})
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return "done", y

g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen()
    print("deleg got", r)
    yield from Countdown(2)
    return 7

d = deleg()
print(next(d), d.send(3), d.send(4), next(d))
try:
    next(d)
except StopIteration as e:
    print("value", e.value)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
c = closer()
next(c)
c.close()
print("closed")

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, tp, val, tb):
        print("exit", self.name, tp.__name__ if tp else None, val)
        return self.suppress

with CM("a") as a, CM("b", True) as b:
    print("body", a.name, b.name)
    raise ValueError("boom")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("r"):
        return 5
print(f())
for i in range(3):
    with CM("l%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
