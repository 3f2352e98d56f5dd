# Instances of closed module-level classes keep their attributes in a fixed
# layout (slots): float, int and object attributes, updates, augmented
# assignments, __dict__ and vars() in creation order, repr, equality.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y = self.y * k
        return self


class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.items = []

    def add(self, item):
        self.count += 1
        self.items.append(item)
        return self.count


class Secret:
    def __init__(self):
        self.__hidden = 42
        self.shown = "yes"

    def peek(self):
        return self.__hidden


def main():
    a = Vec(1.5, -2.0)
    b = Vec(3.0, 0.25)
    print(a.dot(b), a.x, a.y)
    a.scale(2.0)
    print(a.x, a.y, b.scale(-0.0).x)
    print(attrs(a), attrs(b))
    c = Counter("c")
    for w in ["x", "y", "z"]:
        c.add(w)
    print(c.name, c.count, c.items, attrs(c))
    c.count = c.count * 10 ** 20
    print(c.count)
    s = Secret()
    print(s.peek(), s._Secret__hidden, s.shown, sorted(attrs(s)))
    big = Vec(2 ** 70, "text")
    print(big.x, big.y, big.x + 1)
    total = 0.0
    for i in range(1000):
        v = Vec(float(i), 1.0)
        total += v.dot(v)
    print(total)


main()
