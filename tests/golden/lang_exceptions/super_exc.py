# py2c-test: reference-cycles (a class whose methods use super() holds its __class__ cell)
# User exception hierarchies: custom __init__ / __str__ calling super(),
# zero-argument and two-argument forms, the __class__ cell.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] " + super().__str__()


class NotFound(AppError):
    def __init__(self, path):
        super().__init__(404, "not found: " + path)
        self.path = path


class Gone(NotFound):
    def __str__(self):
        base = super(Gone, self).__str__()
        return base + " (gone)"


class Quiet(Exception):
    def __init__(self, *args):
        super(Quiet, self).__init__(*args)
        self.n = len(args)


for exc in (AppError(1, "one"), NotFound("/x"), Gone("/y"), Quiet(), Quiet(1, 2)):
    print(type(exc).__name__, str(exc), repr(exc), exc.args)
    print(isinstance(exc, AppError), isinstance(exc, Exception))

try:
    raise Gone("/old")
except NotFound as e:
    print("caught", e, e.code, e.path)

try:
    try:
        raise NotFound("/a")
    except AppError as e:
        raise AppError(500, "wrapped") from e
except Exception as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


class Twice(Counter):
    def bump(self):
        super().bump()
        return super().bump()

    def nested(self):
        def inner():
            return super(Twice, self).bump()
        return inner()

    def lazy(self):
        return [super().bump() for _ in range(3)] and self.n

    def cls(self):
        return __class__.__name__


t = Twice()
print(t.bump(), t.bump(), t.nested(), t.n, t.cls())


def free():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)


free()


def free2(x):
    return super()


try:
    free2(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.lazy()
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)


class Odd:
    def m():
        return super()

    def n(*args):
        return super()

    def k(self):
        del self
        return super()


for f in (Odd.m, Odd.n, lambda: Odd().k()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Twice, 3)
except TypeError as e:
    print("TypeError:", e)
raise Gone("/end")
