# del of a layout attribute, then reads, re-creation and __dict__ order.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


class Box:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def get_b(self):
        return self.b

    def drop_b(self):
        del self.b


x = Box(1, 2.5, "three")
print(x.get_b(), attrs(x))
x.drop_b()
try:
    x.get_b()
except AttributeError as e:
    print("AttributeError:", e)
print(attrs(x), hasattr(x, "b"), getattr(x, "b", "default"))
x.b = [4]
print(x.get_b(), attrs(x))
try:
    x.drop_b()
    x.drop_b()
except AttributeError as e:
    print("AttributeError:", e)
y = Box(None, None, None)
del y.a
y.a = "new"
print(list(attrs(y)), y.a, y.b, y.c)
