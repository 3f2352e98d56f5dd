# A class mutated from another thread while loops read its attributes and
# call its methods: every read sees either the old or the new binding (never
# a freed object), and after the writer stops, the last binding.
import threading


class Box:
    tag = "start"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def make_get(k):
    def get(self):
        return self.v + k

    return get


def writer(n, done):
    for i in range(n):
        Box.get = make_get(i % 3)          # a new function object each time
        Box.tag = "tag-" + str(i % 5)      # a new str each time (freed when replaced)
        Box.extra = [i]                     # a new list each time
    Box.get = make_get(10)
    Box.tag = "final"
    done.set()


def reader(boxes, rounds, bad):
    for _ in range(rounds):
        for b in boxes:
            r = b.get()
            if r - b.v not in (0, 1, 2, 10):
                bad.append(("get", r))
            t = b.tag
            if not (t == "start" or t == "final" or t.startswith("tag-")):
                bad.append(("tag", t))
            b.v = b.v + 0


boxes = [Box(i) for i in range(50)]
bad = []
done = threading.Event()
threads = [threading.Thread(target=writer, args=(3000, done))]
threads += [threading.Thread(target=reader, args=(boxes, 200, bad)) for _ in range(2)]
for t in threads:
    t.start()
reader(boxes, 100, bad)
for t in threads:
    t.join()
print("bad reads:", len(bad))
print("after:", boxes[3].get(), boxes[3].tag, Box.extra)
