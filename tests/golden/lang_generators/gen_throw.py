# generator.throw(): the forms of its arguments and where the exception is raised.
def worker():
    while True:
        try:
            value = yield "ready"
            print("got", value)
        except ValueError as e:
            print("handled", repr(e), e.args)

w = worker()
print(next(w))
print(w.throw(ValueError("instance")))
print(w.throw(ValueError))
print(w.throw(ValueError, "one value"))
print(w.throw(ValueError, ("two", "values")))
print(w.throw(ValueError, ValueError("same type")))
print(w.throw(ValueError, None, None))
print(w.send("plain"))
try:
    w.throw(TypeError("not handled"))
except TypeError as e:
    print("escaped", repr(e))
print(list(w))
try:
    w.throw(RuntimeError("finished generator"))
except RuntimeError as e:
    print("finished:", e)

def gen():
    yield 1

for args in [(1,), ("str",), (ValueError("x"), 1), (ValueError, 1, 2), ()]:
    try:
        gen().throw(*args)
    except TypeError as e:
        print("TypeError:", e)

# thrown before the first next(): raised at the start, the generator is done
def started():
    print("never printed")
    yield 1

s = started()
try:
    s.throw(KeyError("early"))
except KeyError as e:
    print("early", repr(e))
print(list(s))

# the exception can be turned into a value
def converter():
    try:
        yield 1
    except ZeroDivisionError:
        yield "converted"
    yield "last"

c = converter()
next(c)
print(c.throw(ZeroDivisionError))
print(next(c))

# GeneratorExit thrown in directly
def exits():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

e = exits()
next(e)
try:
    e.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# PEP 479: StopIteration inside a generator becomes RuntimeError
def leaks_stop():
    yield 1
    next(iter([]))

try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__ is e.__context__)
