f = lambda: None
g = lambda x, y: x + y
h = lambda *args, **kw: (args, kw)
k = lambda x=1, /, y=2, *, z=3: x
m = lambda: (yield_)
sorted(items, key=lambda item: item[1])
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y for x in data if (y := f(x))]
print((z := 1), z)
