# tree-sitter-python quirks the conversion corrects: its precedence of & vs ^ and of
# await vs **, the star it puts on the first atom of *a(b), and type(x).y = v read as PEP 695.
x = {*range(1000)}
x = [*a.b, *a[0], *a.b(c)[d]]
f(*a + b, *c.d - e * f, *g ** h)
x = *a(b), *c
for x in *a.b, c: pass
a[*b.c]
x = [*a.b + c.d]
x = [*-a]
type [0] = 1
type (a).b = 1
type(self).saved_details = exc_details
type[a, b].c = 1
a << e >> f & g ^ h | i
~a & b ^ -c | d << e
- - a ** -b ** c
async def f():
    await a ** b
    - await a.b(c)[d] ** -x
