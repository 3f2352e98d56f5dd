# Queue put/get throughput: 1 producer, 1 consumer, bounded queue.
# Prints a checksum; `make bench` derives items/s from the process's wall time.
import threading
from queue import Queue

N = 3000000


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer(q, out):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * 7 % 1000003
        count += 1
    out.append((count, total))


def main():
    q = Queue(maxsize=1000)
    out = []
    p = threading.Thread(target=producer, args=(q, N))
    c = threading.Thread(target=consumer, args=(q, out))
    c.start()
    p.start()
    p.join()
    c.join()
    print("items", N, "received", out[0][0], "checksum", out[0][1])


main()
