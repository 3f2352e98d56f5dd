# Traceback locations of method calls and attribute accesses (CPython 3.11):
# a method call that raises in its callee underlines the whole call; when
# the call or attribute spans lines, the location starts at the attribute's
# name on its own line.
class Node:
    def __init__(self, name):
        self.name = name

    def same(self):
        return self

    def lookup(self, *keys):
        return (self
                .same().children)

    def walk(self, depth, extra):
        return (self
                .lookup(depth,
                        extra))


def visit(node):
    print("visiting", node.name)
    return node.same().walk(1, 2) + 1


def main():
    n = Node("root")
    print(n.same().name)
    print((n.
           same)().name)
    total = visit(n)
    print(total)


main()
