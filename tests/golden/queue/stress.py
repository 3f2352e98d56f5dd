# 4 producers x 4 consumers pass 1,000,000 items through Queue(maxsize=100):
# nothing lost or duplicated (count and checksum).
import threading
from queue import Queue

N = 250_000
q = Queue(maxsize=100)
totals = [0] * 4
counts = [0] * 4


def produce(k):
    base = k * N
    for i in range(base, base + N):
        q.put(i)


def consume(k):
    s = 0
    c = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
        c += 1
    totals[k] = s
    counts[k] = c


consumers = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
total = 4 * N
print(sum(counts), sum(totals), total * (total - 1) // 2, q.qsize())
