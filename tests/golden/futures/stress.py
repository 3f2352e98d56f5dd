# 100,000 tiny tasks through a ThreadPoolExecutor; submit/result, map and
# as_completed, with cancel/shutdown races.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def inc(x):
    return x + 1


with ThreadPoolExecutor(max_workers=8) as ex:
    futs = [ex.submit(inc, i) for i in range(50_000)]
    print(sum(f.result() for f in futs))
    print(sum(ex.map(inc, range(30_000))))
    print(sum(f.result() for f in as_completed([ex.submit(inc, i) for i in range(20_000)])))

# cancel racing with the workers: every future ends cancelled or finished
cancelled = finished = 0
for round in range(20):
    ex = ThreadPoolExecutor(4)
    fs = [ex.submit(inc, i) for i in range(200)]
    for f in fs[::3]:
        f.cancel()
    ex.shutdown(wait=True, cancel_futures=(round % 2 == 0))
    for f in fs:
        if f.cancelled():
            cancelled += 1
        elif f.done():
            finished += 1
print(cancelled + finished)
