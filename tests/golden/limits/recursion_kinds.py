# RecursionError from the ways Python code recurses: methods, mutual
# recursion, dunder methods called by the runtime, key functions, generators;
# the program carries on afterwards (the depth is restored).
import sys


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 1 + self.child.depth()

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

    def __eq__(self, other):
        return self.child == other

    def __hash__(self):
        return hash(self.child) + 1


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


def gen(n):
    yield n
    yield from gen(n + 1)


loop = Node(None)
loop.child = loop
for name, fn in [
    ("method", lambda: loop.depth()),
    ("mutual", lambda: ping(0)),
    ("repr", lambda: repr(loop)),
    ("eq", lambda: loop == 1),
    ("hash", lambda: hash(loop)),
    ("sorted key", lambda: sorted([3, 1], key=lambda x: ping(x))),
    ("generator", lambda: sum(gen(0))),
]:
    try:
        fn()
        print(name, "returned")
    except RecursionError as e:
        # (which check trips first, hence the message's suffix, differs from
        # CPython's for the dunder cases: only the type is compared there)
        print(name, "->", type(e).__name__, "" if name in ("repr", "eq", "hash") else e)

sys.setrecursionlimit(60)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(40))
try:
    count(100)
except RecursionError as e:
    print("low limit:", e)
sys.setrecursionlimit(1000)
print(count(900))
loop.child = None  # breaks the cycle (nothing leaks under LeakSanitizer)
