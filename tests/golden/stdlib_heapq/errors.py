import heapq

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: heapq.heappush(1, 2))
check(lambda: heapq.heappush([1]))
check(lambda: heapq.heappush([1], 2, 3))
check(lambda: heapq.heappush(heap=[1], item=2))
check(lambda: heapq.heappop([]))
check(lambda: heapq.heappop(()))
check(lambda: heapq.heappop())
check(lambda: heapq.heappop([1], [2]))
check(lambda: heapq.heapify(()))
check(lambda: heapq.heapify())
check(lambda: heapq.heapify(x=[]))
check(lambda: heapq.heapreplace([], 1))
check(lambda: heapq.heapreplace((), 1))
check(lambda: heapq.heappushpop("ab", 1))
check(lambda: heapq.heappush([1, "a"], 2))
check(lambda: heapq.heapify([3, "a", 1]))
h = [1, 2]
check(lambda: heapq.heappush(h, "x"))
print(h)
print(heapq.heappush.__name__, heapq.heappop.__name__, heapq.heapify.__name__)
