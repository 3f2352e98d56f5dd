# 8 threads hammer a shared list, dict and set and rebind a global that other
# threads read: nothing is lost, duplicated or torn (CPython makes each of
# these operations atomic; py2c must too, without a GIL).
import threading

N = 20000
THREADS = 8
shared = []
table = {}
seen = set()
current = ("start", 0)


def worker(k):
    global current
    for i in range(N):
        shared.append(k * N + i)
        table[k * N + i] = i
        seen.add(i % 1000)
        if i % 3 == 0:
            current = ("value", i)
        else:
            tag, n = current
            assert tag in ("start", "value")
        if i % 2:
            table.pop(k * N + i)


def reader(out):
    total = 0
    for _ in range(20):
        for x in list(shared):
            total += 1
        for key in list(table):
            total += 1
    out.append(total > 0)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
res = []
readers = [threading.Thread(target=reader, args=(res,)) for _ in range(2)]
for t in threads + readers:
    t.start()
for t in threads + readers:
    t.join()

print(len(shared), sum(shared) == sum(range(THREADS * N)))
print(len(table), sum(table.values()) == THREADS * sum(range(0, N, 2)))
print(len(seen), sorted(seen)[:3], res)
print(current[0])
