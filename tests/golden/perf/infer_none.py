# Type inference narrows a plain local after `x is None` / `x is not None`
# (also through not, and, or, conditional expressions), so the attribute reads
# and float arithmetic after a None check are unboxed. A captured variable is
# not narrowed: an inner function may rebind it between the test and the use.


class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt


def nearest(nodes, key):
    best = None
    for n in nodes:
        if n.val > key and (best is None or n.val < best.val):
            best = n
    if best is None:
        return -1.0
    return best.val * 2.0 - key


def describe(x):
    if not (x is not None):
        return "none"
    return "val %.3f" % (x.val * 0.5 + 1.0)


def pick(flag):
    y = None if flag else 1.5
    z = y * 4.0 if y is not None else -1.0
    if y is None or z < 0.0:
        return z
    return y + z


def chain(n):
    s = 0.0
    while n is not None:
        s += n.val
        n = n.nxt
    return s


def captured():
    x = 1.5

    def clear():
        nonlocal x
        x = None

    if x is not None:
        clear()
        print("after clear:", x)


def never_none(v):
    w = v * 1.0
    if w is None:
        print("unreachable", w.val)
    return w


nodes = [Node(0.5, None), Node(2.5, None), Node(1.25, None)]
print(nearest(nodes, 1.0), nearest(nodes, 3.0))
print(describe(None), describe(nodes[1]))
print(pick(True), pick(False))
print(chain(Node(1.0, Node(2.5, Node(-0.25, None)))))
captured()
print(never_none(3.5))
