# Instances and tuples made on one thread and dropped on another (through a
# queue): each thread reuses the blocks it freed, whichever thread made them.
import queue
import threading


class Item:
    def __init__(self, k, payload):
        self.k = k
        self.payload = payload


def producer(q, base, n):
    for i in range(n):
        q.put(Item(base + i, (base, i, (i, i + 1))))
    q.put(None)


def consumer(q, out, slot):
    total = 0
    while True:
        it = q.get()
        if it is None:
            break
        fresh = Item(it.k, (it.payload[1],))  # made from a block this thread freed
        total += it.k + it.payload[2][1] + fresh.payload[0]
        it = None
    out[slot] = total


out = [0, 0]
qs = [queue.Queue(maxsize=64), queue.Queue(maxsize=64)]
threads = []
for s in range(2):
    threads.append(threading.Thread(target=producer, args=(qs[s], 1000 * s, 3000)))
    threads.append(threading.Thread(target=consumer, args=(qs[s], out, s)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals", out)

# the main thread then makes the same kinds of objects again
print("main", sum(Item(i, (i,)).payload[0] for i in range(1000)))
