def classify(f):
    try:
        f()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "TypeError|ValueError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
    return "no error"


print(classify(lambda: [][0]))
print(classify(lambda: {}["k"]))
print(classify(lambda: "abc"[10]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 1 // 0))
print(classify(lambda: 5 % 0))
print(classify(lambda: 2.0 ** 10000))
print(classify(lambda: divmod(1, 0)))
print(classify(lambda: int("x")))
print(classify(lambda: 1 + "a"))
print(classify(lambda: "é".encode("ascii")))
print(classify(lambda: None.foo))
print(classify(lambda: undefined_name))
print(classify(lambda: 1))
print(classify(lambda: next(iter(()))))
pairs = [
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (FileNotFoundError, OSError),
    (SystemExit, Exception), (SystemExit, BaseException), (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException), (GeneratorExit, Exception), (StopIteration, Exception),
    (Exception, BaseException), (BaseException, Exception), (AssertionError, Exception),
    (KeyError, IndexError), (TypeError, ValueError), (EOFError, Exception), (MemoryError, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError), (TimeoutError, OSError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(KeyError("k"), LookupError), isinstance(SystemExit(), Exception), isinstance(ValueError(), (KeyError, ValueError)))
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)), issubclass(bool, int), issubclass(int, object))
try:
    raise SystemExit(3)
except Exception:
    print("wrong: Exception caught SystemExit")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code, e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    try:
        raise KeyError("inner")
    except IndexError:
        print("wrong")
except LookupError as e:
    print("outer caught", repr(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e, e.args)
print(repr(UnicodeError("u")), repr(OverflowError()), str(KeyError()), str(KeyError(1, 2)), str(IndexError("a", "b")))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value, SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
print(repr(Exception("a", 1)), str(Exception()), str(Exception("only")), str(Exception(None)), str(BaseException(1, "b")))
