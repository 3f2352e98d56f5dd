# Queue put/get throughput: 4 producers, 4 consumers, one bounded queue.
import threading
from queue import Queue

N = 3000000
PRODUCERS = 4
CONSUMERS = 4


def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i)


def consumer(q, out, lock):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * 7 % 1000003
        count += 1
    with lock:
        out.append((count, total))


def main():
    q = Queue(maxsize=1000)
    out = []
    lock = threading.Lock()
    per = N // PRODUCERS
    producers = [threading.Thread(target=producer, args=(q, k * per, per)) for k in range(PRODUCERS)]
    consumers = [threading.Thread(target=consumer, args=(q, out, lock)) for _ in range(CONSUMERS)]
    for t in consumers:
        t.start()
    for t in producers:
        t.start()
    for t in producers:
        t.join()
    for _ in range(CONSUMERS):
        q.put(None)
    for t in consumers:
        t.join()
    count = sum(c for c, _ in out)
    total = sum(s for _, s in out)
    print("items", N, "received", count, "checksum", total)


main()
