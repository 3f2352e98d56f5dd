# Parameters known from the calls of the program's functions (py2c
# --emit=explain: "parameter-kind"): a queue, a lock, an executor and a list
# of futures reach worker functions through Thread(target=, args=, kwargs=),
# ex.submit, ex.map, direct calls, Timer, initializer/initargs and defaults,
# so the workers' q.get()/q.put()/with lock/f.result() are direct runtime
# operations. Functions used in any other way keep unknown parameters. The
# program must behave exactly as under CPython.
import threading
from concurrent.futures import ThreadPoolExecutor
from queue import Queue, SimpleQueue


def producer(q, start, n, *, step=1):
    for i in range(start, start + n * step, step):
        q.put(i)


def consumer(q, out, lock):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
        count += 1
    with lock:
        out.append((count, total))


def run_threads():
    q = Queue(maxsize=10)
    out = []
    lock = threading.Lock()
    consumers = [threading.Thread(target=consumer, args=(q, out, lock)) for _ in range(2)]
    producers = [threading.Thread(target=producer, args=(q, k * 1000, 50), kwargs={"step": 3}) for k in range(3)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()
    print("threads:", sum(c for c, _ in out), sum(s for _, s in out), len(out))


def square(x):
    return x * x


def submit_all(ex, xs):
    return [ex.submit(square, x) for x in xs]


def results(futs):
    return [f.result() for f in futs]


def drain(q, stop=None):
    got = []
    while True:
        item = q.get()
        if item is stop:
            return got
        got.append(item)


def fire(q, tag):
    q.put(tag)


def init(q, name="pool"):
    q.put(name)


def run_pool():
    seen = Queue()
    with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=(seen,)) as ex:
        futs = submit_all(ex, range(5))
        print("submit_all:", [f.result() for f in futs])
        print("results:", results([ex.submit(square, x) for x in range(3)]))
        sq = SimpleQueue()
        for i in range(4):
            sq.put(i)
        sq.put(None)
        print("drain:", ex.submit(drain, sq).result())
        print("map:", list(ex.map(square, [7, 8])))
    print("initializer:", sorted({seen.get(), seen.get()}))
    box = Queue()
    t = threading.Timer(0.01, fire, args=(box, "timer"))
    t.start()
    t.join()
    print("timer:", box.get())


log_q = Queue()


def log(msg, q=log_q):
    q.put(msg)


# functions whose parameters stay unknown: stored as a value, called with
# starred arguments, called with different kinds, decorated, methods
def escaped(q):
    q.put("escaped")


def starred(q, n):
    q.put(n)


def mixed(q):
    if isinstance(q, list):
        q.append("list")
    else:
        q.put("mixed")


def traced(fn):
    def wrapper(*args):
        print("call", fn.__name__)
        return fn(*args)
    return wrapper


@traced
def decorated(q):
    q.put("decorated")


class Holder:
    def put_into(self, q):
        q.put("method")


def run_others():
    log("a")
    log("b", log_q)
    log(msg="c", q=log_q)
    print("defaults:", [log_q.get() for _ in range(3)])
    box = Queue()
    handlers = [escaped]
    handlers[0](box)
    starred(*(box, 1))
    items = []
    mixed(items)
    mixed(box)
    decorated(box)
    Holder().put_into(box)
    print("others:", [box.get() for _ in range(5)], items)


run_threads()
run_pool()
run_others()
