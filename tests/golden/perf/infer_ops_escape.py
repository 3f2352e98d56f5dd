# Type inference: operator methods that code the analysis cannot follow may
# call (operator.add, functools.reduce, an unbound Class.__mul__, a bound
# method kept as a value, sum() over instances) keep parameters of any type:
# none of them may be unboxed.
import functools
import operator


class Acc:
    """__add__ is also called by operator.add with a str."""

    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        t = k + k
        return Acc(self.v + 1.0), t


class Twice:
    """__mul__ is also called through the class, with a list."""

    def __init__(self, f):
        self.f = f

    def __mul__(self, k):
        return k * 2


class Bound:
    """__sub__ is kept as a bound method and called with a str."""

    def __init__(self, f):
        self.f = f

    def __sub__(self, k):
        return k + k


class Money:
    """sum() calls __radd__ with 0, then __add__: not followed."""

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented


class Pt:
    def __init__(self, x):
        self.x = x

    def __truediv__(self, o):
        return Pt(self.x / o.x)


print(functools.reduce(operator.truediv, [Pt(1.0), Pt(4.0), Pt(-0.5)]).x, (Pt(3.0) / Pt(2.0)).x)
r = Acc(1.5) + 2.25
print(r[0].v, r[1])
print(operator.add(Acc(0.5), "ab")[1])
print(Twice(3.0) * 1.5, Twice.__mul__(Twice(1.0), [7]))
sub = Bound(1.0).__sub__
print(Bound(2.0) - 0.25, sub("xy"))
print(sum([Money(150), Money(275)]).cents)
