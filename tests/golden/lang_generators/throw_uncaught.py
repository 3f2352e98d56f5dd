# An exception thrown into a suspended generator escapes through it.
def gen():
    total = 0
    while True:
        total += yield total

g = gen()
next(g)
g.send(5)
g.throw(ValueError("bad value"))
