# heapq on a list shared by 4 threads with no lock (heappush, heappop,
# heappushpop, heapreplace of ints and of (int, int) tuples), bisect.insort
# into a shared sorted list, random.shuffle/choice/sample of a list that
# another thread appends to, copy.deepcopy of a growing list: all atomic per
# call under CPython's GIL for such items; py2c must not crash or lose items.
import bisect
import copy
import heapq
import random
import threading

N = 10000
THREADS = 4
heap = []
theap = []
sorted_list = []
pushed = [0] * THREADS
popped = [0] * THREADS


def heap_worker(k):
    rnd = random.Random(k)
    for i in range(N):
        v = rnd.randrange(1000000)
        heapq.heappush(heap, v)
        heapq.heappush(theap, (v % 100, k * N + i))
        pushed[k] += 1
        if i % 3 == 0:
            try:
                heapq.heappop(heap)
                heapq.heappop(theap)
                popped[k] += 1
            except IndexError:
                pass
        if i % 7 == 0:
            heapq.heappushpop(heap, v)
            try:
                heapq.heapreplace(heap, v + 1)
            except IndexError:
                pass
        if i % 5 == 0:
            bisect.insort(sorted_list, v)
            bisect.bisect_left(sorted_list, v)


growing = list(range(1000))


def grower():
    for i in range(1000, 1000 + N):
        growing.append(i)


def shuffler(res):
    ok = True
    for _ in range(30):
        random.shuffle(growing)
        ok = ok and random.choice(growing) >= 0
        ok = ok and len(random.sample(growing, 10)) == 10
        c = copy.deepcopy(growing)
        ok = ok and len(c) >= 1000
    res.append(ok)


res = []
ts = [threading.Thread(target=heap_worker, args=(k,)) for k in range(THREADS)]
ts += [threading.Thread(target=grower), threading.Thread(target=shuffler, args=(res,))]
for t in ts:
    t.start()
for t in ts:
    t.join()


def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))


print(sum(pushed) - sum(popped) == len(heap) == len(theap), is_heap(heap), is_heap(theap))
print(len(set(k for (_, k) in theap)) == len(theap))
print(len(sorted_list) == THREADS * (N // 5), sorted_list == sorted(sorted_list))
print(sorted(growing) == list(range(1000 + N)), res)
