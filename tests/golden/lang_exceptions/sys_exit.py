import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
def finish():
    try:
        sys.exit(3)
    finally:
        print("finally on exit")
finish()
print("not reached")
