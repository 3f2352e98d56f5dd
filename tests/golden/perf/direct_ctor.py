# Direct construction C(args) of program classes (lw_method.c): defaults and
# keywords, inherited __init__, __init__ returning a value, a class used
# before its statement ran, recursion through constructors.
import sys


def early():
    return Pair(1, 2)


try:
    early()
except NameError as e:
    print("NameError:", e)


class Pair:
    def __init__(self, a, b=10):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Triple(Pair):
    def scale(self, k):
        return Triple(self.a * k, self.b * k)


class Bad:
    def __init__(self, x):
        self.x = x
        return x


class Maybe:
    def __init__(self, x):
        self.x = x
        if x > 1:
            return x


print(Pair(1, 2).total(), Pair(3).total(), Pair(b=5, a=1).total(), Pair(2, b=7).total())
print(early().total(), Triple(4, 5).total(), Triple(1, 2).scale(3).total())
for args, kw in [((1, 2, 3), {}), ((), {}), ((1,), {"a": 2}), ((1,), {"c": 3})]:
    try:
        Pair(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Pair(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e)
print(Bad.__init__(Bad.__new__(Bad), 4))
print(Maybe(1).x)
try:
    Maybe(5)
except TypeError as e:
    print("TypeError:", e)


class Early:
    def __init__(self, tag):
        self.tag = tag

    def make(self):
        return Early(self.tag + 1)

    try:
        make(None)
    except NameError as e:
        print("NameError:", e)


print(Early(1).make().tag)


class Node:
    def __init__(self, n):
        self.n = n
        self.child = Node(n - 1) if n else None


def deepest(limit):
    sys.setrecursionlimit(limit)
    k = 1
    while True:
        try:
            Node(k)
        except RecursionError as e:
            sys.setrecursionlimit(1000)
            return k, type(e).__name__
        k += 1


print(deepest(100), deepest(157))
p = Pair(1, 2)
print(type(p).__name__, isinstance(p, Pair), Triple(1).b)
