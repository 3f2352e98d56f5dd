class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __call__(self, x, scale=1):
        return [x * scale for x in self.items]
    def __format__(self, spec):
        return "Bag<" + ",".join(format(i, spec) for i in self.items) + ">"
    def __str__(self):
        return "Bag" + str(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[0:2], 2 in b, 9 in b, list(b), bool(Bag()), bool(b))
b[0] = 10
del b[1]
print(b, str(b), repr(b)[:14], f"{b:03d}", format(b, ">2"), b(0, scale=2))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), 1 in Countdown(3), sum(Countdown(5)), sorted(Countdown(4)))
class Range2:
    def __iter__(self):
        yield from range(0, 10, 2)
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
r = Range2()
print(4 in r, 3 not in r, list(r), max(r))
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with Ctx("a") as c1, Ctx("b"):
    print("body", c1.name)
with Ctx("c"):
    raise KeyError("swallowed")
print("after")
class Weird:
    def __len__(self):
        return -1
try:
    len(Weird())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(e)
try:
    Bag()(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Bag(1) + 1
except TypeError as e:
    print(e)
try:
    iter(Weird())
except TypeError as e:
    print(e)
class Noarg:
    pass
try:
    Noarg(1)
except TypeError as e:
    print(e)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
class Reg:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subs.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.subs)
# py2c-test: reference-cycles (super() keeps its class alive through the __class__ cell)
