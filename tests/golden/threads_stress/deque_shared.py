# 4 threads hammer one deque at both ends (append/appendleft/pop/popleft,
# extend/extendleft from lists, remove, rotate, d[i], count, `in`) while a
# reader copies it: nothing is lost or duplicated (CPython makes each of
# these deque operations atomic; py2c must too, without a GIL).
import threading
from collections import deque

N = 20000
THREADS = 4
d = deque()
popped = [[] for _ in range(THREADS)]
removed = [0] * THREADS
removed_sum = [0] * THREADS
done = threading.Event()


def worker(k):
    out = popped[k]
    base = k * N
    for i in range(N):
        v = base + i
        if i % 4 == 0:
            d.append(v)
        elif i % 4 == 1:
            d.appendleft(v)
        elif i % 4 == 2:
            d.extend([v])
        else:
            d.extendleft((v,))
        if i % 3 == 0:
            try:
                out.append(d.pop() if i % 2 else d.popleft())
            except IndexError:
                pass
        if i % 101 == 0:
            d.rotate(k + 1)
        if i % 997 == 0:
            try:
                d.remove(v)  # may have been popped by another thread already
                removed[k] += 1
                removed_sum[k] += v
            except ValueError:
                pass
        if i % 500 == 0:
            try:
                d[0] + d[-1]  # reads that must not crash
            except IndexError:
                pass


def reader(res):
    ok = True
    while not done.is_set():
        c = d.copy()
        ok = ok and len(c) >= 0 and d.count(-5) == 0 and (-5 in d) is False
        ok = ok and len(set(c)) == len(c)
        try:
            total = 0
            for x in d:  # may see a mutation: RuntimeError, as CPython
                total += 1
        except RuntimeError:
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
done.set()
r.join()

rest = list(d)
allpopped = [v for p in popped for v in p]
print(len(allpopped) + sum(removed) + len(rest) == THREADS * N)
seen = set(allpopped) | set(rest)
print(len(allpopped) + len(rest) == len(seen), len(seen) + sum(removed) == THREADS * N)
print(sum(allpopped) + sum(rest) + sum(removed_sum) == sum(range(THREADS * N)), res)
