# return/break/continue out of except clauses, exceptions inside handlers.
def first_int(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            continue
    return None

print(first_int(["a", "b", "12", "13"]), first_int(["x"]))

def until_error(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            break
        finally:
            out.append("f")
    return out

print(until_error([1, 2, 0, 5]))

def handler_returns():
    try:
        raise KeyError("k")
    except KeyError as e:
        return "returned " + repr(e)
    finally:
        print("finally after handler return")

print(handler_returns())

def raise_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return repr(e) + " context=" + repr(e.__context__)

print(raise_in_finally())

def reraise_after_handling():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            try:
                raise KeyError("b")
            except KeyError:
                pass
            raise
    except ValueError as e:
        return "bare raise re-raised " + repr(e)

print(reraise_after_handling())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry", e)
print("count", count)
