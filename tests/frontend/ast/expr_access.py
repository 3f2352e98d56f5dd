a.b
a.b.c
a[0]
a[1:2]
a[:]
a[::2]
a[1:2:3]
a[:, 1]
a[1, 2]
a[b:c, d]
a[...]
f()
f(1, 2)
f(x=1, y=2)
f(*args)
f(**kwargs)
f(1, *a, b, x=2, **c, y=3)
f(x for x in y)
a.b(c).d[e]
obj.method()(1)[2]
x = a.b
a.b = 1
a[0] = 2
a[1:2] = []
del a.b, a[0]
print(*a, sep="")
