# Direct calls of operator methods of program classes (lw_method.c): the
# forward method when nothing else can run first; NotImplemented, reflected
# methods of subclasses, in-place methods and mixed operands stay generic.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        return NotImplemented

    def __rsub__(self, o):
        return V(o - self.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, o):
        return W(o.x * 100 + self.x)

    def __rmul__(self, k):
        return W(-1)


class Mixin:
    def __radd__(self, o):
        return "Mixin.__radd__"


class S(Mixin, V):
    pass


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Acc(self.n + o)

    def __iadd__(self, o):
        self.n += o * 10
        return self


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Deep(self.n - 1) + k if self.n else k


a, b = V(1), V(2)
print(a + b, a * 3, a - b, 5 - a)
try:
    print(a - 5)
except TypeError as e:
    print("TypeError:", e)
print(a + W(7), W(7) + a, a * 2, W(3) * 2)
u = V(10)
u += V(5)
u *= 2
print(u)
t = Acc(1)
t += 2
s = t
t = t + 3
print(s.n, t.n)
g = V(4)


def use_global():
    return a + g


print(use_global(), a + S(1), S(2) + a)
box = [V(1)]
box[0] += V(2)
holder = Acc(0)
holder.n += 5
holder += 1
print(box[0], holder.n)


class Cell:
    def __init__(self):
        self.v = V(0)

    def bump(self):
        self.v += V(1)
        self.v *= 3
        return self.v


print(Cell().bump())


def deepest(limit):
    sys.setrecursionlimit(limit)
    k = 1
    while True:
        try:
            Deep(k) + 1
        except RecursionError as e:
            sys.setrecursionlimit(1000)
            return k, str(e)
        k += 1


print(deepest(70), deepest(131))
