# A bounded deque (maxlen) appended to by 4 threads: the discarded items are
# released safely, the length never exceeds maxlen, and the survivors keep
# each thread's order.
import threading
from collections import deque

N = 30000
THREADS = 4
M = 100
d = deque(maxlen=M)
stop = threading.Event()


def worker(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.extend([(k, i)])
        if i % 1000 == 0:
            d.appendleft((k, -1))  # discards from the right end


def reader(res):
    ok = True
    while not stop.is_set():
        ok = ok and len(d) <= M
        c = d.copy()
        ok = ok and len(c) <= M and c.maxlen == M
        try:
            ok = ok and d[-1][0] in range(THREADS)
        except IndexError:
            pass
    res.append(ok)


res = []
ts = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
r = threading.Thread(target=reader, args=(res,))
r.start()
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
r.join()

print(len(d), d.maxlen, res)
ordered = True
for k in range(THREADS):
    mine = [i for (j, i) in d if j == k and i >= 0]
    ordered = ordered and mine == sorted(mine)
print(ordered, len(set(d)) == len(d))
d.clear()
print(len(d), list(d))
