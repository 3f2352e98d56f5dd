# `x is None` / `x is not None` narrow plain locals; operator methods of
# program classes are followed through `a + b`.


class P:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, P):
            return P(self.x + o.x)
        return NotImplemented

    def __rmul__(self, k):
        return P(k * self.x)


class Tag:
    def __init__(self, s):
        self.s = s

    def __add__(self, o):
        return NotImplemented


class Q(P):
    def __radd__(self, o):
        return o.s * 2                 # Tag + Q: o is the Tag


class Meters(float):
    def __add__(self, o):
        return Meters(float(self) + o)


def first(xs):
    best = None
    for x in xs:
        if best is None or x.x < best.x:
            best = x
    if best is None:
        return 0.0
    return best.x                    # best: P here


def keep(x):
    def clear():
        nonlocal x
        x = None
    if x is not None:
        clear()
    return x                         # captured: not narrowed


pts = [P(1.5), P(-2.0)]
s = pts[0] + pts[1]
t = 2.0 * pts[0]
u = Tag("ab") + Q(1.0)
m = Meters(2.0) + 1.0
print(first(pts), first([]), keep(3.0), s.x, t.x, u, m)
