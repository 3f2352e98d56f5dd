# Attribute caches keyed by per-class version tags: a change to a class must
# be seen through every cached site, in the class and in all its subclasses,
# and sites that see many classes (more than the cache's ways) stay right.


class Base:
    counter = 0
    kind = "base"

    def name(self):
        return "Base.name"

    def describe(self):
        return self.kind + ":" + self.name()


class Mid(Base):
    pass


class Leaf(Mid):
    def name(self):
        return "Leaf.name"


def bump(n):
    for _ in range(n):
        Base.counter += 1
    return Base.counter


print(bump(1000))
objs = [Base(), Mid(), Leaf()]
for round_ in range(3):
    print([o.describe() for o in objs], [o.counter for o in objs])
    if round_ == 0:
        Base.kind = "changed"  # seen by Mid and Leaf (inherited)
    elif round_ == 1:
        Mid.kind = "mid"  # shadows for Mid and Leaf only
        Base.name = lambda self: "lambda.name"

del Mid.kind
print([o.describe() for o in objs])
del Leaf.name
print([o.describe() for o in objs])


# instance attributes shadow class attributes, and deleting them reveals the class's again
o = Leaf()
print(o.kind, o.name())
o.kind = "own"
o.name = lambda: "own.name"
print(o.kind, o.name(), o.describe() if False else "")
del o.kind
del o.name
print(o.kind, o.name())


# a polymorphic site over more classes than the cache holds
def make_classes(n):
    out = []
    for i in range(n):
        ns = {"tag": i, "get": lambda self, i=i: i * 10}
        out.append(type("K%d" % i, (Base,), ns))
    return out


classes = make_classes(7)
objs = [c() for c in classes] * 3
total = 0
for _ in range(50):
    for x in objs:
        total += x.tag + x.get() + x.counter
print(total)
classes[3].tag = 100
classes[5].get = lambda self: -1
Base.counter = 1
print([x.tag for x in objs[:7]], [x.get() for x in objs[:7]], [x.counter for x in objs[:7]])


# a data descriptor added to a class after its sites were cached
class P:
    def __init__(self):
        self.v = 1


ps = [P() for _ in range(3)]
print(sum(p.v for p in ps))
P.v = property(lambda self: 42)
print(sum(p.v for p in ps))
del P.v
print(sum(p.v for p in ps))


# classes made and freed in a loop (a new class may reuse a freed one's address)
def fresh(i):
    class T:
        val = i

        def m(self):
            return self.val

    return T().m()


print([fresh(i) for i in range(5)])
