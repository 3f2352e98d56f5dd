def f():
    return 1


class C:
    def method(self):
        return 2

    def __call__(self):
        return 3


class D:
    pass


print(type(1), type(1.5), type("s"), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(frozenset()), type(range(2)), type(b""), type(type), type(int), type(len), type(f), type(C))
print(type(1) == int, type(True) == int, type(True) is bool, type("") is str, type(1) != float)
print(type(C()), type(C()) is C, type(C()).__name__, type(iter([])).__name__, type(zip()).__name__)
print(int, str, bool, list, type, object, len, print)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (list, (tuple, str))), isinstance(None, type(None)), isinstance([], object))
print(isinstance(int, type), isinstance(C(), C), isinstance(C(), D), isinstance(C(), (D, C)), isinstance(3, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(C, object))
print(issubclass(bool, (str, int)), issubclass(type, object), issubclass(C, C), issubclass(D, (C,)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, (ArithmeticError,)))
print(callable(f), callable(C), callable(C()), callable(D()), callable(len), callable(int), callable(1))
print(callable("s"), callable(C().method), callable(lambda: 0), callable(print), callable(None))
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(y), id(x) == id(z), x == z, id(x) == id(x[:]), type(id(x)))
a = C()
b = C()
print(id(a) != id(b), id(a) == id(a), id(None) == id(None), id(f) == id(f))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30), hash(1.5), hash(-0.5), hash(float("inf")))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash((1, "a")) == hash((1, "a")), hash(None) == hash(None), type(hash("x")))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
for bad in [lambda: hash([]), lambda: hash({}), lambda: hash({1}), lambda: hash((1, [2])),
            lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: isinstance(1), lambda: callable(), lambda: id(),
            lambda: type(), lambda: type(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
