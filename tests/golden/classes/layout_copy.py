# Copies of instances with known attributes: copy.copy and copy.deepcopy
# (the __dict__ order of the copy, shared and copied parts, __getstate__ /
# __setstate__), equality through __dict__, json of vars(), and the
# originals still usable after the copies.
import copy
import json


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []

    def add(self, child):
        self.children.append(child)
        return self

    def __eq__(self, other):
        return isinstance(other, Node) and self.__dict__ == other.__dict__

    __hash__ = None

    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


leaf = Node("leaf")
root = Node("root").add(leaf).add(Node("other"))
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow, deep)
print(shallow == root, deep == root, shallow.children is root.children, deep.children is root.children)
print(deep.children[0] is leaf, deep.children[0] == leaf, list(vars(deep)))
deep.name = "deep"
root.add(Node("late"))
print(root.name, len(root.children), len(shallow.children), len(deep.children), deep.name)
print(json.dumps(vars(leaf)), json.dumps({k: v for k, v in vars(root).items() if k != "children"}))


class Reordered:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 2
            self.a = 1


for first in (True, False):
    r = Reordered(first)
    c = copy.copy(r)
    print(list(vars(c)), vars(c) == vars(r), c.a, c.b)
    c.a = 5
    print(r.a, c.a, vars(c))


class Stated:
    def __init__(self):
        self.x = 1
        self.y = [2]

    def __getstate__(self):
        return {"y": self.y, "x": self.x * 10}

    def __setstate__(self, state):
        self.y = state["y"]
        self.x = state["x"] + 1


s = Stated()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(vars(s2), vars(s3), s2.y is s.y, s3.y is s.y)

# a copy of an instance with an attribute deleted, and of one with extra names
r = Reordered(True)
del r.a
r.z = "z"
c = copy.deepcopy(r)
print(vars(c), hasattr(c, "a"))
c.a = 0
print(vars(c))
