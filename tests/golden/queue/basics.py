import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue


q = Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1); q.put_nowait(None)
print(q.full())
try:
    q.put(3, timeout=0.01)
except queue.Full as e:
    print("Full", repr(e), type(e).__name__, isinstance(e, Exception))
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nowait")
print(q.get(), q.get())
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print(e)
l = LifoQueue()
for i in range(3): l.put(i)
print([l.get() for _ in range(3)])
p = PriorityQueue()
for t in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'Z')]: p.put(t)
print([p.get() for _ in range(4)])
p.put(1)
try:
    p.put("x")
except TypeError as e:
    print(e)
print(p.qsize(), isinstance(l, Queue), isinstance(p, Queue))
s = SimpleQueue()
s.put(None); print(s.get(), s.empty(), s.qsize())
try:
    s.get_nowait()
except queue.Empty:
    print("simple empty")
print(queue.Empty.__module__, queue.Full.__module__, Queue.__module__)

