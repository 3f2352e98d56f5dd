# Classes that get no layout: __new__, __slots__, a decorator, a class
# made in a function, a foreign base, a class derived from one of these.
# All behave as in CPython, beside a class that has one.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


import threading


class WithNew:
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj.made = True
        return obj

    def __init__(self, v):
        self.v = v


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def deco(cls):
    cls.tag = "decorated"
    return cls


@deco
class Decorated:
    def __init__(self):
        self.x = "dx"


def factory():
    class Local:
        def __init__(self):
            self.y = "ly"
    return Local()


class Worker(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self)
        self.result = None

    def run(self):
        self.result = "ran"


class FromNew(WithNew):
    def __init__(self, v):
        WithNew.__init__(self, v)
        self.w = v * 2


class Plain:
    def __init__(self, x):
        self.x = x


w = WithNew(5)
w.extra = "outside"
print(w.made, w.v, attrs(w))
f = FromNew(3)
print(f.made, f.v, f.w, list(attrs(f)))
s = Slotted()
print(s.a, s.b)
d = Decorated()
print(d.x, d.tag, attrs(d))
print(factory().y)
t = Worker()
t.start()
t.join()
print(t.result)
p = Plain([1])
p.x.append(2)
print(p.x, attrs(p))
