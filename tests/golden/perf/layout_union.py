# Attribute access on receivers that are `C|None`, a class or its
# subclasses, or unknown (list elements): the slot fast path (py2c/layout.h)
# must give exactly the generic path's results for every receiver type,
# including None (AttributeError with its traceback) and unrelated classes
# that have the same attribute name at the same or another slot.


class Node:
    def __init__(self, left, right, val):
        self.left = left
        self.right = right
        self.val = val


class Leafy(Node):
    def __init__(self, val, tag):
        Node.__init__(self, None, None, val)
        self.tag = tag


class Other:  # same names, other order: val is slot 0 here, slot 2 in Node
    def __init__(self, val, left):
        self.val = val
        self.left = left
        self.right = "other-right"


class Same:  # unrelated, but `left` at Node's slot 0 too
    def __init__(self):
        self.left = "same-left"


def count(node):
    if node.left is None:  # node: Node|Leafy|None
        return 1
    return 1 + count(node.left) + count(node.right)


def build(d):
    if d == 0:
        return Leafy(d, "t")
    return Node(build(d - 1), build(d - 1), d)


def total(node):
    s = node.val
    if node.left is not None:
        s += total(node.left) + total(node.right)
    return s


tree = build(4)
print(count(tree), total(tree))
print(build(0).tag, build(0).left, build(1).left.tag)

# unknown receivers (list elements of many kinds)
things = [tree, build(0), Other(7, "l"), Same(), tree.left]
for t in things:
    print(type(t).__name__, t.left is None, getattr(t, "val", "-"))
for t in things:
    try:
        print(type(t).__name__, t.right if not isinstance(t, Node) else t.right.val if t.right else None)
    except AttributeError as e:
        print("AttributeError:", e)

# stores through a union receiver
def relabel(n, v):
    n.val = v
    return n.val

print(relabel(tree, 100), relabel(Other(1, 2), 200), relabel(Leafy(1, "x"), 300))
try:
    relabel(None, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    relabel(5, 1)
except AttributeError as e:
    print("AttributeError:", e)

# an attribute not yet set: the generic path's AttributeError
class Partial:
    def __init__(self, full):
        self.a = 1
        if full:
            self.b = 2

def get_b(p):
    return p.b

print(get_b(Partial(True)))
try:
    get_b(Partial(False))
except AttributeError as e:
    print("AttributeError:", e)

# None reaching a slot read, uncaught: CPython's traceback and status
count(Node(None, None, 0))
count(Node(Node(None, None, 1), None, 0))
