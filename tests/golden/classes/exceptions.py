class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError, LookupError):
    pass
class Both(ValueError, KeyError):
    pass
try:
    raise NotFound(404, "missing")
except LookupError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, AppError), repr(e))
print([c.__name__ for c in NotFound.__mro__])
try:
    raise Both("x")
except KeyError as e:
    print("KeyError caught", type(e).__name__, str(e))
class Plain(Exception):
    pass
p = Plain(1, 2)
p.extra = "e"
print(p.args, str(p), p.extra, vars(p))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.helper()
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
def run():
    return Sq(3).area()
run()
# py2c-test: reference-cycles (super() keeps its class alive through the __class__ cell)
