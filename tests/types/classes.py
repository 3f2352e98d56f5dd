# Instance attributes, method calls, closed classes and escaping methods.
class Counter:
    def __init__(self, start):
        self.value = start
        self.history = []

    def bump(self, by):
        self.history.append(self.value)
        self.value = self.value + by
        return self.value


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


c = Counter(0)
c.bump(2)
r = c.bump(3)
p, q = Point(0, 0), Point(3, 4.0)
print(r, c.history, p.dist2(q), p)
handler = c.bump
handler(1.5)
print(c.value)
