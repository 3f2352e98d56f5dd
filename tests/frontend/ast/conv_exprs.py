a = b = c = 1
a, b = c, d = e
def g(): x = yield
(a), b = c
[a, *b] = c
a.b.c += 1
x[1:2, ::3] = 1
x[::], x[:], x[a:], x[:b:] = 1, 2, 3, 4
x[1,] = x[(1, 2)]
x[*a] = x[*a, b]
x: int
x: list[int] = []
(y): "s" = 1
a.b: dict[str, int | None] = {}
a[0]: int
del a, b[0], c.d, (e), [f, g], (h, i)
del (a)
print >>sys.stderr, "x", y
print >>f
a or b or c
a and b and c or d or e
(a or b) or c
a or (b or c)
not a and not b
a < b <= c != d is e is not f in g not in h
a if b else c if d else e
lambda: 0
lambda x, /, y=1, *a, z, w=2, **k: x
lambda *, a: a
(x := 10)
f(y := 1)
[y := 1, y ** 2]
-x + +y * ~z ** -w
a @ b // c % d << e >> f & g ^ h | i
await_ = 1
x = 1,
x = (1,)
x = ()
x = []
x = {}
x = {1}
x = {**a, 1: 2, **b}
x = {*a, *b}
x = [*a, *b]
x = *a, *b
f(*a, *b, c=1, **d, **e)
f(a)(b)(c)
a.b[c].d(e)[f:g]
...
x = ...
None, True, False
@dec
@dec.attr(1)
@(lambda f: f)
def g(a: int = 1, *args: "x", b: bool = True, **kw: dict) -> None:
    "doc"
    return
@dec
class C(A, B, metaclass=M, **kw):
    x: int = 1
    def m(self): return self
class D: pass
class E(): pass
