# py2c-test: reference-cycles (the items refer to their own deque/heap)
# The checks that the thread-safe deque/heapq/bisect code keeps from CPython: a
# comparison that mutates the container raises as CPython does (remove: IndexError).
from collections import deque
import heapq, bisect
class A:
    def __init__(s,d): s.d=d
    def __eq__(s,o):
        s.d.append(1); return False
d=deque()
d.extend([A(d),A(d)])
for m in ('count','index','remove','__contains__'):
    try: getattr(d,m)(5)
    except Exception as e: print(m, type(e).__name__, e)
class B:
    def __init__(s, h, v): s.h=h; s.v=v
    def __lt__(s,o):
        s.h.append(B(s.h, 0)); return s.v < o.v
h=[]
heapq.heappush(h, B(h, 3))
try: heapq.heappush(h, B(h, 1))
except Exception as e: print(type(e).__name__, e)
h=[]
try: heapq.heappushpop([5], 3); print(heapq.heappushpop([1], 3))
except Exception as e: print(type(e).__name__, e)
l=[1,3,5]; bisect.insort(l, 4); bisect.insort(l, 9, lo=10, hi=10); bisect.insort_left(l, 0); print(l)
d = deque(range(10), maxlen=5); d.extend(range(3)); d.extendleft([7,8]); d.extend(d); print(d, d[-1], d[0])
try: d[10]
except IndexError as e: print(e)
del d[1]; d[0] = 'x'; print(d)
