# Allocation heavy: build complete binary trees of objects, walk them, drop them;
# many short-lived small trees plus one long-lived tree.
import sys

MAX_DEPTH = int(sys.argv[1]) if len(sys.argv) > 1 else 14


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def main():
    long_lived = build(MAX_DEPTH)
    total = 0
    lines = []
    for depth in range(4, MAX_DEPTH + 1, 2):
        iterations = 1 << (MAX_DEPTH - depth + 4)
        checked = 0
        for _ in range(iterations):
            checked += count(build(depth))
        lines.append("%d trees of depth %d: %d nodes" % (iterations, depth, checked))
        total += checked
    for line in lines:
        print(line)
    print("long lived tree of depth", MAX_DEPTH, "nodes", count(long_lived), "total", total)


main()
