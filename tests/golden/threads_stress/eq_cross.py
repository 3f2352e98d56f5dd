# py2c-test: reference-cycles
# Two threads whose keys' __eq__ touch the other thread's dict and set while
# a lookup compares them: no lock may be held while __eq__ runs (CPython's
# GIL is released around such code too), or the two threads deadlock.
import threading

N = 3000


class Key:
    def __init__(self, n, other_d, other_s):
        self.n = n
        self.other_d = other_d
        self.other_s = other_s

    def __hash__(self):
        return 42  # one hash for all: every lookup compares

    def __eq__(self, o):
        self.other_d[self.n % 5] = self.n
        self.other_s.add(self.n % 5)
        return isinstance(o, Key) and o.n == self.n


d1, d2 = {}, {}
s1, s2 = set(), set()
k1 = [Key(i, d2, s2) for i in range(4)]
k2 = [Key(i, d1, s1) for i in range(4)]
for k in k1:
    d1[k] = k.n
    s1.add(k)
for k in k2:
    d2[k] = k.n
    s2.add(k)
found = [0, 0]


def worker(idx, d, s, keys):
    hits = 0
    for i in range(N):
        k = keys[i % 4]
        probe = Key(k.n, k.other_d, k.other_s)
        if d.get(probe) == k.n:
            hits += 1
        if probe in s:
            hits += 1
    found[idx] = hits


t1 = threading.Thread(target=worker, args=(0, d1, s1, k1))
t2 = threading.Thread(target=worker, args=(1, d2, s2, k2))
t1.start()
t2.start()
t1.join()
t2.join()
print(found)
print(sorted(k for k in d1 if not isinstance(k, Key)), sorted(k for k in s1 if not isinstance(k, Key)))
print(len(d2), len(s2))
