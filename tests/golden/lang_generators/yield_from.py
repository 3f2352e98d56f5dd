# `yield from`: delegation of next/send/throw/close and the return value.
def inner(tag):
    print(tag, "starts")
    try:
        x = yield tag + "-1"
        print(tag, "got", x)
        y = yield tag + "-2"
        print(tag, "got", y)
    except ValueError as e:
        print(tag, "caught", repr(e))
        yield tag + "-recovered"
    finally:
        print(tag, "finally")
    return tag + "-done"

def outer():
    a = yield from inner("A")
    print("outer: A returned", a)
    b = yield from inner("B")
    print("outer: B returned", b)
    c = yield from ["x", "y"]
    print("outer: list gave", c)
    d = yield from range(2)
    print("outer: range gave", d)
    return a + "+" + b

g = outer()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.throw(ValueError("thrown into B")))
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# close() while delegating closes the inner generator first
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("closing_inner finally")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("closing_outer finally")

h = closing_outer()
print(next(h))
h.close()
print("closed")

# an exception thrown in that the inner generator does not handle
k = closing_outer()
next(k)
try:
    k.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

# throw() into a delegation to an iterator without throw()
def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError as e:
        print("over_list caught", repr(e))
        yield "handled"

m = over_list()
print(next(m), m.throw(IndexError("i")))

# nested delegation and generator expressions
def chain(*iterables):
    for it in iterables:
        yield from it

def deep(n):
    if n == 0:
        return 0
    got = yield from deep(n - 1)
    yield n
    return got + n

print(list(chain("ab", (x * x for x in range(3)), [None])))
print(list(deep(4)))
def total():
    t = yield from deep(4)
    yield "total", t
print(list(total()))

# sending a value into a delegation to an iterator without send()
def bad_send():
    yield from iter([1, 2])

b = bad_send()
next(b)
try:
    b.send(5)
except AttributeError as e:
    print("AttributeError", e)
