# Recognised patterns (py2c --emit=explain): a queue worker loop ended by a
# sentinel, `with lock:`, q.put/q.get/q.task_done/q.join, start/join of a
# list of threads. The program must behave exactly as under CPython.
import threading
import queue
from threading import Lock

lock = Lock()
q = queue.Queue()
results = []
total = 0


def worker(n):
    global total
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            total += item
            results.append((n, item * item))
        q.task_done()


def main():
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for i in range(1000):
        q.put(i)
    for _ in threads:
        q.put(None)
    q.join()
    for t in threads:
        t.join()
    print("total", total)
    print("squares", sum(sq for _, sq in results), len(results))
    print("workers used <= 4:", len({n for n, _ in results}) <= 4)
    with lock:
        print("lock held inside with:", lock.locked())
    print("lock free after with:", not lock.locked())
    try:
        with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("exception passed through with:", e, lock.locked())


def first_even(items):
    for x in items:
        with lock:
            if x % 2 == 0:
                return x
    return None


main()
print("return inside with:", first_even([1, 3, 4, 5]), lock.locked())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
