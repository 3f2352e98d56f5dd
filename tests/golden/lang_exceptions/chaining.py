# Implicit and explicit chaining, seen from inside the program.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
