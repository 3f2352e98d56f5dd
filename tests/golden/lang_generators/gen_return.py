# A generator's return value: StopIteration.value, and the value of `yield from`.
def counter(n):
    total = 0
    for i in range(n):
        received = yield i
        if received is not None:
            total += received
    return total

c = counter(3)
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    c.send(None)
except StopIteration as e:
    print("again", e.value, e.args)

def returns_none():
    yield 1
    return

def returns_tuple():
    yield 1
    return (1, 2)

for f in (returns_none, returns_tuple):
    g = f()
    g.send(None)
    try:
        g.send(None)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

def overridden():
    try:
        yield "body"
        return "from body"
    finally:
        return "from finally"

def bare_after():
    try:
        yield 1
        return "first"
    finally:
        return

def collect(gen):
    result = yield from gen
    print("result:", repr(result))

for f in (overridden, bare_after, returns_tuple):
    print(list(collect(f())))

def raising_finally():
    try:
        yield 1
        return "lost"
    finally:
        raise KeyError("from finally")

g = raising_finally()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e)

# list() and for loops ignore the return value
print(list(counter(4)), [x for x in counter(2)])
print(sum(counter(5)))
