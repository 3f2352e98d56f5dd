class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "P(%d)" % self.n
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.n < o.n
class Q:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print("Q.__gt__")
        return self.n > o.n
class Sub(P):
    def __gt__(self, o):
        print("Sub.__gt__")
        return self.n > o.n
ps = [P(3), P(1), P(2)]
print(sorted(ps), max(ps), min(ps), sorted(ps, reverse=True))
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, P(1) < P(2), P(2) > P(1))
print(P(1) < Q(5))
print(P(1) < Sub(2))
try:
    P(1) <= P(2)
except TypeError as e:
    print(e)
try:
    hash(P(1))
except TypeError as e:
    print(e)
print(P.__hash__)
class H(P):
    def __hash__(self):
        return hash(self.n)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, {H(5): "five"}[H(5)])
class Plain:
    pass
a = Plain()
print(a == a, a != Plain(), len({a, a}), hash(a) == hash(a))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Later:
    def __init__(self, n): self.n = n
def later_eq(self, o): return self.n == o.n
def later_hash(self): return self.n
Later.__eq__ = later_eq
Later.__hash__ = later_hash
print(Later(3) == Later(3), hash(Later(4)), len({Later(1), Later(1)}))
Later.__lt__ = lambda self, o: self.n < o.n
print([x.n for x in sorted([Later(2), Later(0), Later(1)])])
Later.__repr__ = lambda self: "<Later %d>" % self.n
print(Later(9), [Later(8)])
class R:
    def __eq__(self, o):
        return "custom"
print(R() == 1, R() != 1)
