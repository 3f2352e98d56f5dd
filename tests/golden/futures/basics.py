import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

def sq(x):
    return x * x

def boom(x):
    raise ValueError("boom %d" % x)

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    futs = [ex.submit(sq, i) for i in range(20)]
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(boom, 3)
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    print(repr(f.exception()))
    d = wait(futs)
    print(len(d.done), len(d.not_done), type(d).__name__)
    d2 = wait(futs + [f], return_when=FIRST_EXCEPTION)
    print(len(d2.done))
    try:
        for r in ex.map(boom, [1, 2]):
            print(r)
    except ValueError as e:
        print("map caught", e)
    g = ex.submit(pow, 2, 10)
    print(g.result(), g.done(), g.running(), g.cancelled())
    kw = ex.submit(int, "ff", base=16)
    print(kw.result())
ex2 = ThreadPoolExecutor(1)
ev = threading.Event()
a = ex2.submit(ev.wait)
b = ex2.submit(sq, 5)
print(b.cancel(), b.cancelled(), b.done())
c = ex2.submit(sq, 6)
done, nd = wait([a, c], timeout=0.05, return_when=FIRST_COMPLETED)
print(len(done), len(nd))
try:
    for x in as_completed([a], timeout=0.05):
        pass
except concurrent.futures.TimeoutError as e:
    print("timeout", e, type(e) is TimeoutError)
ev.set()
print(c.result())
ex2.shutdown()
try:
    ex2.submit(sq, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
fu = concurrent.futures.Future()
cb = []
fu.add_done_callback(lambda f: cb.append(f.result()))
fu.set_result(7)
fu.add_done_callback(lambda f: cb.append(-f.result()))
print(cb)
try:
    fu.set_result(8)
except concurrent.futures.InvalidStateError as e:
    print("invalid state")
print(issubclass(concurrent.futures.CancelledError, Exception), concurrent.futures.CancelledError.__module__)
try:
    b.result()
except concurrent.futures.CancelledError:
    print("cancelled")
def init(x):
    init.v = x
names = []
with ThreadPoolExecutor(1, thread_name_prefix="pfx", initializer=init, initargs=(9,)) as ex3:
    print(ex3.submit(lambda: threading.current_thread().name).result(), init.v)
ex4 = ThreadPoolExecutor(2)
blk = threading.Event()
hold = [ex4.submit(blk.wait) for _ in range(2)]
rest = [ex4.submit(sq, i) for i in range(5)]
blk.set()
ex4.shutdown(cancel_futures=True)
print(sum(f.cancelled() for f in rest) + sum(f.done() and not f.cancelled() for f in rest))
