# SystemExit with an int code that does not fit in a C long: CPython 3.11
# exits with status -1 (255) and prints nothing.
import sys

try:
    sys.exit(2 ** 70)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
print("exiting", flush=True)
sys.exit(2 ** 70 + 1)
