# Exceptions raised in directly called functions unwind through every frame
# with the same traceback lines and carets as CPython.
def divide(a, b):
    return a // b


def middle(a, b):
    x = divide(a, b) + 1
    return x


def top(a, b):
    return middle(a, b) * 2


def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v


def chain(v):
    try:
        return check(v)
    except ValueError as e:
        raise RuntimeError("chained") from e


print(top(10, 3))
try:
    top(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    chain(-1)
except RuntimeError as e:
    print("RuntimeError:", e, "from", repr(e.__cause__))
print(check(check(5)))


def arg_fails(items):
    return divide(items[5], 1)


try:
    arg_fails([1])
except IndexError as e:
    print("IndexError:", e)
top(5, 0)
