# Instances whose attributes live in a __dict__ (the class's instances are
# inspected through __dict__ and vars(), so they get no fixed layout): a block
# reused after a free starts with an empty __dict__.


class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


total = 0
for r in range(200):
    big = [Rec(x=i, y=-i, z=(i, r)) for i in range(20)]
    total += sum(len(vars(b)) for b in big)
    big = None
    small = Rec(w=r)
    if sorted(small.__dict__) != ["w"]:
        print("stale", small.__dict__)
    total += small.w
    p = Pair(r, r + 1)
    p.__dict__["c"] = r
    total += p.a + p.b + p.c
print("total", total)
print(vars(Rec(k=1)), Pair(1, 2).__dict__)
try:
    Rec(x=1).y
except AttributeError as e:
    print("AttributeError:", e)
print(Pair(3, 4).c)
