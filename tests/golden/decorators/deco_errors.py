# Errors raised while decorating are reported at the decorator line.
def bad(f):
    raise ValueError("bad decorator for " + f.__name__)


def ok(f):
    print("ok applied to", f.__name__)
    return f


def factory(n):
    if n < 0:
        raise ValueError("negative")
    return ok


try:

    @ok
    @bad
    def first():
        pass

except ValueError as e:
    print("caught:", e)

try:

    @factory(1)
    @factory(-1)
    def second():
        pass

except ValueError as e:
    print("caught:", e)

try:

    @ok
    @missing_decorator
    def third():
        pass

except NameError as e:
    print("caught:", e)

try:

    @bad
    class Klass:
        pass

except ValueError as e:
    print("caught:", e)



@ok
@factory(2)
@bad
def fourth():
    pass
