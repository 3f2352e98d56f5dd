# limits: head
# BrokenPipeError can be caught; what could not be written is dropped, so the
# program ends normally (status 0, nothing more on stderr).
import sys

try:
    for i in range(100000):
        sys.stdout.write("line %d\n" % i)
except BrokenPipeError as e:
    print("caught", type(e).__name__, e.errno, file=sys.stderr)
print("after", file=sys.stderr)
