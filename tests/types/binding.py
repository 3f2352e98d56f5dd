# Instances reaching operator methods through calls the analysis does not
# follow: a module function bound as a method, super(), a bound method kept as
# a value, a *args method. The operators' parameters must include what these
# calls pass.


def twice(self):
    return self * 2.0                # self: an A (bound below)


class A:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return A(self.v * k)

    def __add__(self, o):
        return A(self.v + o)

    g = twice


class B(A):
    def scaled(self):
        return super().plus_half()


def plus_half(self):
    return self + 0.5


A.plus_half = plus_half


class C:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return C(self.v - o)

    def minus(self, o):
        return self - o

    def all(*args):
        return args[0] - "x" if isinstance(args[1], str) else args[0] - args[1]


class D:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return o


print(A(1.5).g().v, B(2.0).scaled().v)
m = C(4.0).minus
print(m(1.0).v, m(0.5).v)
try:
    print(C(1.0).all("y").v)
except TypeError as e:
    print("TypeError", e)
print(D(1.0).__sub__("s"), (D(2.0) - [1]))
