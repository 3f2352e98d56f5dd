# yield inside except clauses and finally bodies.
def parse(values):
    for v in values:
        try:
            yield int(v)
        except ValueError as e:
            yield "bad: " + str(e)

print(list(parse(["1", "x", "3"])))

def context_kept():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise ValueError("after resume")

g = context_kept()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))

def finally_yields():
    try:
        yield 1
    finally:
        yield "from finally"

print(list(finally_yields()))
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "handling"
        raise
try:
    for item in reraiser():
        print(item)
except ZeroDivisionError as e:
    print("re-raised", e)
