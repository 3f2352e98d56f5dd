"""Threads: a pool of workers counts primes in ranges, a consumer thread
sums what a queue carries; the result does not depend on scheduling."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


ranges = [(i, i + 5000) for i in range(0, 40000, 5000)]
with ThreadPoolExecutor(max_workers=4) as pool:
    counts = list(pool.map(lambda r: count_primes(*r), ranges))
print("primes below 40000:", sum(counts), counts)

q = queue.Queue()
total = 0


def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        total += item


t = threading.Thread(target=consumer)
t.start()
for c in counts:
    q.put(c)
q.put(None)
t.join()
print("consumer total:", total)
