# Producers and consumers over a bounded queue with None sentinels,
# task_done/join, and LifoQueue/PriorityQueue used across threads.
import queue
import threading
from queue import Queue, PriorityQueue

work = Queue(maxsize=5)
results = []
lock = threading.Lock()


def consumer(ident):
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            results.append((item, item * item))
        work.task_done()


def producer(start):
    for i in range(start, start + 50):
        work.put(i)


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
producers = [threading.Thread(target=producer, args=(k * 50,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print("unfinished after join:", work.unfinished_tasks, work.qsize())
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
results.sort()
print(len(results), results[:3], results[-1], sum(r[1] for r in results))

# tuples ordered by priority, pushed from several threads
pq = PriorityQueue()
def push(base):
    for i in range(5):
        pq.put((i, base, "job-%d-%d" % (base, i)))
ts = [threading.Thread(target=push, args=(b,)) for b in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
order = []
while not pq.empty():
    order.append(pq.get_nowait())
print(order[:4])
print(order[-1], len(order))

# Full/Empty with timeouts while another thread eventually makes room
box = Queue(1)
box.put("a")
try:
    box.put("b", timeout=0.02)
except queue.Full:
    print("full after timeout")
def later():
    print("got", box.get())
t = threading.Thread(target=later)
t.start()
box.put("b", timeout=5)
t.join()
print(box.get(timeout=5), box.empty())
try:
    box.get(True, 0.01)
except queue.Empty:
    print("empty after timeout")
try:
    box.get(block=False)
except queue.Empty:
    print("empty nowait")
