# py2c-test: reference-cycles (a class whose methods use super() holds its __class__ cell)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e.code, e, repr(e), e.args)
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("caught", repr(e), str(e) == "")
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print("outer", e)
print(KeyError("k"), repr(KeyError("k")))
raise NotFound(1, "bye")
