# Attributes created in an order other than the layout's, on some
# instances only, or later from outside: __dict__ keeps CPython's creation
# order and every read sees the right value.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


class P:
    def __init__(self, flag):
        if flag:
            self.b = "b first"
            self.a = "a second"
        else:
            self.a = "a first"
            self.b = "b second"

    def both(self):
        return self.a + " / " + self.b


def grow(obj, v):
    obj.extra = v


p = P(True)
q = P(False)
print(p.both(), q.both())
print(list(attrs(p)), list(attrs(q)))
p.late = 1
grow(q, [1, 2])
print(attrs(p), attrs(q))
print(p.late, q.extra)
q.a = "a again"
print(q.both(), list(attrs(q)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i * 2) for i in range(3)]
pts[1].label = "middle"
grow(pts[2], "two")
for pt in pts:
    print(pt.x, pt.y, attrs(pt))
