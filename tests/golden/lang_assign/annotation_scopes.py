# Annotations that module and class bodies evaluate (__annotations__) may
# hold comprehensions, lambdas and walruses: they get scopes (a fuzzer find:
# an internal error). Parameter and return annotations of defs are not
# evaluated by py2c yet (CPython does): here they have no side effects.
r = [1, 2]
x: {w: 1 for w in r} = 3
y: [i for i in r]
def f(a: [i for i in r] = 4, *b: {i for i in r}, c: (lambda: 1) = 5, **d: (j for j in r)) -> {k: 1 for k in r}:
    z: [q for q in r] = a + c
    return z
class C:
    m: [i for i in r] = 7
    n: (lambda: 2)
print(x, f(), C.m)
z: (w := [v * 2 for v in r]) = 1
print(w, z, sorted(__annotations__))
class D:
    a: {k: 2 for k in r}
    b: int = len([e for e in r])
print(D.__annotations__, D.b)
