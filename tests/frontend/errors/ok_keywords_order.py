f(a=1, *b)
f(*a, b)
f(**k, a=1)
f(*a, **k)
class C(B, metaclass=M, *bases):
    pass
