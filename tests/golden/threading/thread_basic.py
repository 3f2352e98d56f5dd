import threading

results = []


def worker(n, scale=1):
    results.append((n * scale, threading.current_thread().name))


def noop():
    pass


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}) for i in range(4)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident, threads[0].native_id, threads[0].daemon)
print(repr(threads[0]))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], all(t.ident is not None for t in threads))
print(repr(threads[0]).startswith("<Thread(Thread-1 (worker), stopped "))
t = threading.Thread(target=noop, name="custom", daemon=True)
print(t.name, t.daemon, repr(t))
t.name = 42
print(repr(t.name))
t.start()
t.join(5)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=noop).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=noop, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.Thread(1)
except AssertionError as e:
    print("AssertionError:", e)
print(threading.Thread().name, threading.Thread(name="").name, threading.Thread(target=len).name)
m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.daemon, m.is_alive(), type(m).__name__)
print(threading.get_ident() == m.ident, threading.get_native_id() == m.native_id)
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.TIMEOUT_MAX)

# daemon is inherited from the creating thread
seen = []


def child():
    seen.append(threading.Thread(target=noop).daemon)


d = threading.Thread(target=child, daemon=True)
d.start()
d.join()
nd = threading.Thread(target=child)
nd.start()
nd.join()
print(seen)

# names, idents and counts seen from inside running threads
ev = threading.Event()
started = threading.Barrier(4)
info = []


def waiter(i):
    info.append((i, threading.current_thread().name, threading.current_thread() is not threading.main_thread()))
    started.wait()
    ev.wait()


ws = [threading.Thread(target=waiter, args=(i,), name="w%d" % i) for i in range(3)]
for w in ws:
    w.start()
started.wait()
print(threading.active_count(), sorted(x.name for x in threading.enumerate()))
print([w.is_alive() for w in ws], len({w.ident for w in ws}))
ev.set()
for w in ws:
    w.join()
print(sorted(info), threading.active_count())
t = threading.Thread(target=ev.wait)
t.join
print("done")
