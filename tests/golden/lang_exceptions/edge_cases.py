def bad_handler():
    try:
        raise ValueError("v")
    except undefined_name:
        pass
try:
    bad_handler()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
def else_raises():
    try:
        x = 1
    except ValueError:
        print("no")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except KeyError as e:
    print("caught", e)
def gen_in_try():
    try:
        return list(1 // v for v in (1, 0))
    except ZeroDivisionError:
        return "gen raised"
print(gen_in_try())
def many_returns(x):
    for i in range(3):
        try:
            if x == i:
                return f"returned at {i}"
        finally:
            if x == 99:
                break
    return "end"
print(many_returns(1), many_returns(99), many_returns(5))
def exc_var_scope():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "ok"
print(exc_var_scope())
try:
    raise ValueError("a") from KeyError("b")
except ValueError as err:
    print(repr(err.__cause__))
def raise_class_from():
    try:
        raise IndexError
    except IndexError as exc:
        raise RuntimeError from exc
try:
    raise_class_from()
except RuntimeError as r:
    print(repr(r), repr(r.__cause__))
