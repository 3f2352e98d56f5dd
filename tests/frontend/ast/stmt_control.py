if a:
    pass
elif b:
    pass
else:
    pass

if a: x = 1

while x:
    if y:
        break
    continue
else:
    pass

for i in range(10):
    pass
else:
    x = 2

for a, b in pairs:
    pass

for (a, *b), [c, d] in stuff:
    pass

def f():
    return
def g():
    return 1, 2
def h():
    nonlocal_ = 1
    def inner():
        nonlocal nonlocal_
        nonlocal_ = 2
    return inner
raise
raise ValueError
raise ValueError("x") from None
