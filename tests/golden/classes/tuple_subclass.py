# Classes deriving from tuple (made with type(): the class statement form
# is still rejected by the compiler): instances are tuples with the class's
# methods; exception hierarchies of several levels keep working.


def _new(cls, x, y):
    return tuple.__new__(cls, (x, y))


def norm(self):
    return abs(self[0]) + abs(self[1])


def _repr(self):
    return "Pair" + repr(tuple(self))


Pair = type("Pair", (tuple,), {"__new__": _new, "norm": norm, "__repr__": _repr, "__slots__": ()})
p = Pair(3, -4)
print(p, p.norm(), len(p), p[0], p[-1], list(p), isinstance(p, tuple), type(p).__name__)
print(p == (3, -4), (3, -4) == p, p + (1,), (1,) + p, p * 2, p[:], type(p[:]).__name__)
print(hash(p) == hash((3, -4)), {p: 1}[(3, -4)], p.count(3), p.index(-4), 3 in p)
x, y = p
print(x, y, sorted([Pair(2, 1), Pair(1, 2)]), tuple(p), type(tuple(p)).__name__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

Plain = type("Plain", (tuple,), {})
q = Plain([1, 2, 3])
print(q, Plain(), Plain("ab"), type(q).__name__, q.count(2), repr(q))
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (tuple,), {"__slots__": ("a",)})
except TypeError as e:
    print("TypeError:", e)


def init(self, *args):
    self_items = list(self)
    print("init", self_items, args)


Inited = type("Inited", (tuple,), {"__init__": init, "__slots__": ()})
print(Inited([7, 8]))
Sub = type("Sub", (Pair,), {"__slots__": (), "twice": lambda self: self + self})
s = Sub(1, 2)
print(s, s.norm(), s.twice(), isinstance(s, Pair), [c.__name__ for c in Sub.__mro__])


class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    def __init__(self, key):
        AppError.__init__(self, "missing: " + key)
        self.key = key


class Deep(NotFound):
    pass


for exc in [Deep("k"), NotFound("n"), AppError("a", 1)]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError", type(e).__name__, e, e.key, isinstance(e, AppError))
    except AppError as e:
        print("AppError", type(e).__name__, e, e.args)
print([c.__name__ for c in Deep.__mro__])
