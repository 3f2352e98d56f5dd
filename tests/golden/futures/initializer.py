# A failing initializer breaks the pool: the error is logged to stderr and
# pending and later futures fail with BrokenThreadPool.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool


def init(limit):
    raise ValueError("bad limit %d" % limit)


ex = ThreadPoolExecutor(1, initializer=init, initargs=(3,))
f = ex.submit(abs, -1)
try:
    f.result()
except BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(abs, -2)
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()
print(issubclass(BrokenThreadPool, RuntimeError))
