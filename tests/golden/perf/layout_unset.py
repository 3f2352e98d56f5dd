# An attribute of the layout read before it is ever set: the same
# AttributeError and traceback as CPython.
class Node:
    def __init__(self, value):
        self.value = value

    def link(self, other):
        self.next = other

    def follow(self):
        return self.next.value


a = Node(1)
b = Node(2)
a.link(b)
print(a.follow())
try:
    b.follow()
except AttributeError as e:
    print("caught:", e)
print(b.follow())
