import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) < 200)
sys.setrecursionlimit(1000)
for f in [lambda: sys.getrecursionlimit(x=1), lambda: sys.setrecursionlimit(x=1), lambda: sys.getrecursionlimit(1),
          lambda: sys.setrecursionlimit(), lambda: sys.setrecursionlimit(1, 2), lambda: sys.setrecursionlimit(1.5),
          lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(-5), lambda: sys.setrecursionlimit(2 ** 70),
          lambda: sys.setrecursionlimit("9")]:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit(), sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder)
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.nonexistent
except AttributeError as e:
    print(e)
