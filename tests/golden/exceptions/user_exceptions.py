class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Fatal(NotFound):
    def describe(self):
        return "fatal: " + str(self.args)


class WithStr(Exception):
    def __str__(self):
        return "custom text " + repr(self.args)


class WithInit(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg


for exc in [AppError(), AppError("one"), NotFound("a", 2), Fatal(1, 2, 3), WithStr("x"), WithInit(404, "gone")]:
    try:
        raise exc
    except AppError as e:
        print("AppError", type(e).__name__, repr(e), str(e), e.args, isinstance(e, Exception))
    except Exception as e:
        print("Exception", type(e).__name__, repr(e), str(e), e.args)
try:
    raise Fatal("boom")
except NotFound as e:
    print(e.describe(), e.args[0])
try:
    raise WithInit(500, "server")
except WithInit as e:
    print(e.code, e.msg, e.args, repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, e.__class__.__name__)
print(issubclass(Fatal, AppError), issubclass(Fatal, Exception), issubclass(AppError, NotFound))
print(issubclass(Fatal, BaseException), issubclass(AppError, ValueError), isinstance(Fatal(), NotFound))
print(AppError.__name__, Fatal.__bases__[0].__name__, NotFound.__doc__)
e = AppError("saved")
e.extra = 42
print(e.extra, e.args)
errors = []
for i in range(3):
    try:
        if i == 0:
            raise AppError(i)
        if i == 1:
            raise NotFound(i)
        raise ValueError(i)
    except (NotFound, ValueError) as err:
        errors.append(type(err).__name__)
    except AppError as err:
        errors.append("base:" + type(err).__name__)
print(errors)


def checked(n):
    if n < 0:
        raise NotFound("negative: %d" % n)
    return n


try:
    checked(-5)
except AppError as e:
    print("caught", e)
class Chain(Exception):
    pass


try:
    try:
        checked(-1)
    except NotFound as e:
        raise Chain("wrapped") from e
except Chain as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
raise Fatal("unhandled", 7)
