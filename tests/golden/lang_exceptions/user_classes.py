# User exception classes deriving from Exception.
class AppError(Exception):
    pass

class NotFound(AppError):
    """A docstring."""

class Detailed(AppError):
    code = 7

try:
    raise NotFound("no such item", 42)
except AppError as e:
    print(type(e).__name__, e, e.args, isinstance(e, NotFound), isinstance(e, Exception))

try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "")

try:
    raise Detailed("with class attribute")
except Detailed as e:
    print(e, e.code)

print(issubclass(NotFound, AppError), issubclass(AppError, NotFound))
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value

for v in (1, -1):
    try:
        print(check(v))
    except ValueError as e:
        print("invalid", e)
