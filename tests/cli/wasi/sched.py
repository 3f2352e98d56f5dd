# The WASI fiber scheduler seen from Python (tests/cli/wasi_test.sh): every
# line printed is compared with CPython 3.11's output for the same program.
# `sched.py deadlock` is WASI-only (CPython would hang): see wasi_test.sh.
import queue
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutTimeout


def many_threads():
    # 200 threads alive at once, all blocked on one Event, then released
    lock = threading.Lock()
    ev = threading.Event()
    done = []

    def work(i):
        ev.wait()
        with lock:
            done.append(i)

    ts = [threading.Thread(target=work, args=(i,)) for i in range(200)]
    for t in ts:
        t.start()
    print("many: alive", threading.active_count())
    ev.set()
    for t in ts:
        t.join()
    print("many:", len(done), sorted(done) == list(range(200)), threading.active_count())


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


def deep_recursion():
    res = {}

    def work(n):
        try:
            res[n] = rec(n)
        except RecursionError as e:
            res[n] = "RecursionError: " + str(e)

    ts = [threading.Thread(target=work, args=(n,)) for n in (900, 990, 5000)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("deep:", res[900], res[990], res[5000])
    print("deep: main still works", rec(900))


def raising_thread():
    # an exception escaping a thread: reported on stderr by threading's
    # default excepthook, the thread ends, the others and main go on
    def bad(x):
        if x > 1:
            raise ValueError("bad value %d" % x)
        return x

    ts = [threading.Thread(target=bad, args=(i,), name="T%d" % i) for i in range(4)]
    for t in ts:
        t.start()
        t.join()
    print("raise:", [t.is_alive() for t in ts], flush=True)
    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(bad, i) for i in range(4)]
        out = []
        for f in futs:
            try:
                out.append(f.result())
            except ValueError as e:
                out.append(str(e))
    print("raise: pool", out)


def timeouts():
    held = threading.Lock()
    held.acquire()
    t0 = time.monotonic()
    got = held.acquire(timeout=0.05)
    print("timeout: lock", got, time.monotonic() - t0 >= 0.05)
    ev = threading.Event()
    print("timeout: event", ev.wait(0.02))
    q = queue.Queue()
    try:
        q.get(timeout=0.02)
    except queue.Empty:
        print("timeout: queue.get Empty")
    full = queue.Queue(maxsize=1)
    full.put(1)
    try:
        full.put(2, timeout=0.02)
    except queue.Full:
        print("timeout: queue.put Full")
    cond = threading.Condition()
    with cond:
        print("timeout: condition", cond.wait(0.02))
    sem = threading.Semaphore(0)
    print("timeout: semaphore", sem.acquire(timeout=0.02))
    # a thread blocked on the held lock: join with a timeout returns, alive
    t = threading.Thread(target=lambda: (held.acquire(), held.release()))
    t.start()
    t.join(timeout=0.03)
    print("timeout: join alive", t.is_alive())
    held.release()
    t.join()
    print("timeout: join done", t.is_alive())
    # a waiter woken before its deadline
    ev2 = threading.Event()
    threading.Timer(0.01, ev2.set).start()
    print("timeout: woken", ev2.wait(5))
    with ThreadPoolExecutor(max_workers=1) as ex:
        f = ex.submit(time.sleep, 0.1)
        try:
            f.result(timeout=0.01)
        except FutTimeout:
            print("timeout: future TimeoutError")
        print("timeout: future", f.result())


def spinning():
    # a CPU-bound thread spinning on a flag set by another thread: the
    # others must still run (safepoints in loops)
    state = {"stop": False, "spins": 0, "work": 0}

    def spinner():
        while not state["stop"]:
            state["spins"] += 1

    def worker():
        for i in range(1000):
            state["work"] += i
        state["stop"] = True

    s = threading.Thread(target=spinner)
    s.start()
    w = threading.Thread(target=worker)
    w.start()
    w.join()
    s.join()
    print("spin:", state["stop"], state["work"], state["spins"] > 0)
    # main sleeps while a thread spins until main's flag: main wakes up
    flag = []
    s2 = threading.Thread(target=lambda: [None for _ in iter(lambda: bool(flag), True)])
    s2.start()
    time.sleep(0.02)
    flag.append(1)
    s2.join()
    print("spin: main woke up", s2.is_alive())


def forever():
    while True:
        pass


def deadlock():
    a, b = threading.Lock(), threading.Lock()
    both = threading.Barrier(2)

    def first():
        with a:
            both.wait()
            with b:
                pass

    def second():
        with b:
            both.wait()
            with a:
                pass

    t1 = threading.Thread(target=first, name="first")
    t2 = threading.Thread(target=second, name="second")
    t1.start()
    t2.start()
    print("deadlock: started", flush=True)
    t1.join()
    print("not reached")


if len(sys.argv) > 1 and sys.argv[1] == "deadlock":
    deadlock()
else:
    many_threads()
    deep_recursion()
    raising_thread()
    timeouts()
    spinning()
    # a daemon thread spinning for ever does not keep the program alive
    threading.Thread(target=forever, daemon=True).start()
    print("end")
