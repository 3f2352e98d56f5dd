# Instance __dict__s: order of attributes after adds and deletes in different
# orders, many attributes, delete then re-add, vars() kept alive after its
# instance is gone (dict storage is reused), instances of one class with
# diverging layouts, and __dict__ seen and changed directly.


class Obj:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())


a = Obj("xyz")
b = Obj("zyx")
print(vars(a), vars(b))
del a.y
print(vars(a), a.__dict__ == {"x": "X", "z": "Z"})
a.y = "again"
print(list(vars(a)), a.y)
b.w = 1
del b.z
print(vars(b))


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
for i in range(0, 40, 3):
    delattr(m, "a%d" % i)
print(len(vars(m)), list(vars(m))[:5], sum(vars(m).values()))
for i in range(0, 40, 3):
    setattr(m, "a%d" % i, -i)
print(list(vars(m))[-3:], m.a0, m.a39)


# a site that learned where "x" lives must not read another layout's slot
def get_x(o):
    return o.x


class Pt:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10


pts = [Pt(i % 2 == 0) for i in range(6)]
print([get_x(p) for p in pts], [list(vars(p)) for p in pts[:2]])


# vars() outlives its instance; the storage of freed instances is reused
keep = []
for i in range(300):
    o = Obj("pq")
    o.i = i
    keep.append(vars(o))
    del o
print(len(keep), keep[0], keep[299])
objs = [Obj("ab") for _ in range(300)]
print(all(vars(o) == {"a": "A", "b": "B"} for o in objs), keep[150])


# __dict__ edited directly is what attribute access sees
c = Obj("k")
d = c.__dict__
d["extra"] = 5
print(c.extra, c.k)
del d["k"]
print(hasattr(c, "k"), vars(c))
c.__dict__.clear()
print(vars(c), hasattr(c, "extra"))
c.k = 1
print(c.__dict__ is d, d)


# __getattr__ and __setattr__ overrides around the instance dict
class Hooked:
    def __init__(self):
        self.log = []

    def __getattr__(self, name):
        return "missing:" + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        if name != "log":
            self.log.append(name)


h = Hooked()
h.p = 1
h.q = 2
print(h.p, h.zz, h.log, vars(h))
del h.p
print(h.p)
