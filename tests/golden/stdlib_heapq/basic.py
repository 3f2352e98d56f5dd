import heapq
from heapq import heappush, heappop, heapify

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(len(h))], h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 15, -3]
heapify(data)
print(data)
print(heapq.heapreplace(data, 11), data)
print(heapq.heappushpop(data, -10), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 1), heapq.heappop([42]))

# tuples: priority queue with ties broken by the second field
pq = []
for prio, name in [(2, "write"), (1, "read"), (3, "exec"), (1, "alpha"), (2, "beta")]:
    heappush(pq, (prio, name))
while pq:
    print(heappop(pq), end=" ")
print()

# strings and floats
s = list("heapqueue")
heapify(s)
print("".join(heappop(s) for _ in range(len(s))))
f = [3.5, -1.0, 2.25, 0.0, float("inf")]
heapify(f)
print(f, heappop(f))

# user objects with __lt__, and the comparisons made
log = []
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"P{self.v}"
ps = [P(v) for v in [4, 1, 3, 2, 5]]
heapify(ps)
print(ps, log)
log.clear()
heappush(ps, P(0))
print(ps, log)
log.clear()
print(heappop(ps), ps, log)
log.clear()
print(heapq.heappushpop(ps, P(9)), log)

# a bigger heap sorts
vals = [(i * 7919) % 1009 for i in range(500)]
hh = []
for v in vals:
    heappush(hh, v)
out = [heappop(hh) for _ in range(len(hh))]
print(out == sorted(vals), out[:5], out[-3:])
hv = vals[:]
heapify(hv)
print(all(hv[k] <= hv[c] for k in range(len(hv)) for c in (2 * k + 1, 2 * k + 2) if c < len(hv)))
print(hv[:10])

