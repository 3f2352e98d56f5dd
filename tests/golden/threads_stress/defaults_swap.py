# Calls binding a default while another thread keeps assigning __defaults__:
# every call sees one whole tuple (old or new), never a torn or freed one.
import threading


def f(a, b=0, c=0):
    return a + b + c


stop = threading.Event()
seen = set()


def caller():
    local = set()
    while not stop.is_set():
        local.add(f(1))
    seen.update(local)


threads = [threading.Thread(target=caller) for _ in range(3)]
for t in threads:
    t.start()
for i in range(20000):
    f.__defaults__ = (i % 3, 10 * (i % 3))
stop.set()
for t in threads:
    t.join()
print(f.__defaults__)
print(all(v in (1, 12, 23) for v in seen))
