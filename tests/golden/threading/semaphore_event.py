import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._value)
s.release(2)
print(s._value, repr(s).endswith(": value=2>"), repr(s).startswith("<threading.Semaphore at 0x"))
for f, a in [(threading.Semaphore, (-1,)), (s.release, (0,)), (s.acquire, (False, 1))]:
    try:
        f(*a)
    except ValueError as e:
        print("ValueError:", e)
with s:
    print("with", s._value)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(repr(b).endswith(": value=2/2>"), isinstance(b, threading.Semaphore))

# at most 3 threads inside at once
inside = 0
peak = 0
guard = threading.Lock()
sem = threading.BoundedSemaphore(3)


def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        threading.Event().wait(0.01)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 3, inside)

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0), repr(e).endswith(": unset>"))
e.set()
print(e.is_set(), e.wait(), e.wait(1), repr(e).endswith(": set>"))
e.clear()
print(e.is_set())
order = []
go = threading.Event()


def waiter(i):
    go.wait()
    order.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
order.append("before")
go.set()
for t in ts:
    t.join()
print(order[0], sorted(order[1:]))
