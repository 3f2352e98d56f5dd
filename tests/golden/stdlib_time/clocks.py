import time
from time import perf_counter, monotonic_ns

t1 = time.time()
n1 = time.time_ns()
print(type(t1).__name__, type(n1).__name__)
print(t1 > 1.6e9, n1 > 1_600_000_000 * 10**9)
print(abs(n1 / 1e9 - t1) < 5)

m1 = time.monotonic()
p1 = perf_counter()
pn1 = time.perf_counter_ns()
mn1 = monotonic_ns()
c1 = time.process_time()
cn1 = time.process_time_ns()
print(type(m1).__name__, type(p1).__name__, type(pn1).__name__, type(mn1).__name__,
      type(c1).__name__, type(cn1).__name__)

time.sleep(0.02)
time.sleep(0)
time.sleep(False)
print(time.sleep(0.001))
m2 = time.monotonic()
p2 = perf_counter()
print(m2 >= m1 + 0.02, p2 - p1 >= 0.02, p2 - p1 < 10)
print(time.perf_counter_ns() >= pn1 + 20_000_000, monotonic_ns() >= mn1)
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= c1, time.process_time_ns() >= cn1, c1 >= 0)
print(time.time() >= t1, time.time_ns() >= n1)

for bad in [lambda: time.sleep(-1), lambda: time.sleep(-0.5), lambda: time.sleep("1"),
            lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
            lambda: time.sleep(float("nan")), lambda: time.sleep(float("inf")),
            lambda: time.sleep(10**30), lambda: time.sleep(None),
            lambda: time.time(1), lambda: time.monotonic_ns(x=1), lambda: time.perf_counter(None)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.sleep.__name__, time.time.__name__, time.perf_counter_ns.__name__)
