class E1(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code


class E2(E1):
    def __str__(self):
        return "E2[%d] %s" % (self.code, self.args[0])


class E3(Exception):
    def __init__(self, *args):
        self.n = len(args)


try:
    raise E1(5, "five")
except Exception as e:
    print(repr(e), str(e), e.args, e.code)
try:
    raise E2(7, "seven")
except E1 as e:
    print(repr(e), str(e), e.args, e.code)
try:
    raise E3(1, 2, 3)
except E3 as e:
    print(repr(e), str(e), e.args, e.n)
e = E1(1, "x")
e.args = ("replaced", 2)
print(e.args, str(e), repr(e))
print(repr(ValueError()), repr(ValueError("a")), repr(ValueError("a", "b")), repr(ValueError(("t",))))
print(str(ValueError(("t",))), str(KeyError("a", "b")), repr(KeyError(("t",))), str(KeyError(("t",))))
ex = ZeroDivisionError("custom")
try:
    raise ex
except ArithmeticError as caught:
    print(caught is ex, caught.args)
try:
    raise TypeError("outer") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, t.__context__)
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return repr(v.__context__)
print(nested())
try:
    raise ValueError
except ValueError as v:
    print(repr(v), type(v) is ValueError)
try:
    raise 5
except TypeError as t:
    print(t)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print(t)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as t:
    print(t)
try:
    try:
        pass
    except 5:
        pass
    try:
        raise ValueError
    except "abc":
        pass
except TypeError as t:
    print(t)
def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return())
def except_var_deleted():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as n:
        return "NameError: " + str(n)
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(except_var_deleted())
print(isinstance(E2(1, "a"), Exception), E2.__name__, E2.__mro__ if False else "", issubclass(E2, E1))
r = [ValueError("a"), ValueError("a")]
print(r[0] == r[1], r[0] == r[0], len({r[0], r[1]}))
