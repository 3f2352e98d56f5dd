# Threads storing and reading the same attributes of shared instances with
# known attributes (a fixed layout), while another thread deletes and re-adds one and takes
# its __dict__ (which changes how the instance keeps them): no lost attribute, no
# crash, every value read is one that was stored.
import threading


def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up and Cell would get no layout; this reads the dict behind its
    # back, which switches the instance from its slots to a dict)
    return getattr(obj, "__di" + "ct__")


class Cell:
    def __init__(self):
        self.a = 0
        self.b = ""
        self.c = None


cells = [Cell() for _ in range(4)]
bad = []


def writer(k):
    for i in range(2000):
        c = cells[i % 4]
        c.a = i
        c.b = "w%d" % k
        if c.a is None or not isinstance(c.b, str):
            bad.append((k, i))


def reader():
    for i in range(2000):
        c = cells[i % 4]
        a, b = c.a, c.b
        if not isinstance(a, int) or not isinstance(b, str):
            bad.append(("r", i, a, b))


def churner():
    for i in range(300):
        c = cells[i % 4]
        c.c = i
        del c.c
        c.c = [i]
        if i % 50 == 0:
            attrs(c)


threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
threads += [threading.Thread(target=reader), threading.Thread(target=churner)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bad)
for c in cells:
    print(sorted(attrs(c)), isinstance(c.a, int), c.b in ("w0", "w1", "w2"), type(c.c).__name__)
fresh = Cell()
print(attrs(fresh))
