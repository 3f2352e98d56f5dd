# try/except/else/finally, several clauses, tuples, `as`, bare re-raise.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["missing"]
    if kind == 3:
        return int("x")
    return "fine"

for kind in range(5):
    try:
        result = risky(kind)
    except ZeroDivisionError as e:
        print("zero:", e)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error:", result)
    finally:
        print("finally", kind)

try:
    try:
        raise KeyError("k")
    except KeyError:
        print("handling, then re-raising")
        raise
except LookupError as e:
    print("outer caught", repr(e))

def as_name_deleted():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return str(e)

print(as_name_deleted())

try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)

try:
    try:
        1 / 0
    finally:
        print("finally during exception")
except ZeroDivisionError:
    print("propagated through finally")

def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("wrong handler")
    except ValueError as e:
        return "outer got " + str(e)

print(nested_handlers())
errors = (ValueError, TypeError)
try:
    int(None)
except errors as e:
    print("tuple from a variable:", type(e).__name__)
try:
    raise IndexError("x")
except:
    print("bare except")
