# Tree building, recursion limits and an uncaught error raised while handling another.
import sys


def build(depth):
    if depth == 0:
        return None
    return [build(depth - 1), depth, build(depth - 1)]


def count(tree):
    if tree is None:
        return 0
    left, _, right = tree
    return 1 + count(left) + count(right)


def height(tree):
    return 0 if tree is None else 1 + max(height(tree[0]), height(tree[2]))


def walk(tree, out):
    if tree is not None:
        walk(tree[0], out)
        out.append(tree[1])
        walk(tree[2], out)
    return out


def forever(n):
    return forever(n + 1) + 1


def chain(n):
    if n == 0:
        return []
    return [n] + chain(n - 1)


t = build(10)
print(count(t), height(t), walk(build(3), []))
print(len(chain(500)), sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive:", len(chain(900)))
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(str(nested)[:30], height([None, 0, None]))


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table[key.lower()]


table = {"a": 1, "b": 2}
print(lookup(table, "A"), lookup(table, "b"))
stats = {}
try:
    print(lookup(table, "C"))
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
assert count(None) == 0, "empty tree"
values = [3, 0, 1]
for v in values:
    print(10 // v if v else "skip")
print(lookup(table, "Z") / 2)
