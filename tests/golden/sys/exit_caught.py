import sys

for arg in [None, 0, 3, "msg", True, [1, 2], (4,), (1, 2), (), -1]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args, repr(str(e)))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.exit(code=1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
try:
    try:
        sys.exit(7)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", e.code)


def cleanup():
    try:
        sys.exit(4)
    finally:
        print("cleanup")


try:
    cleanup()
except SystemExit as e:
    print("exit code", e.code)
sys.exit(-1)
