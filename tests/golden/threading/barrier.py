import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken, repr(b).endswith(": waiters=0/3>"))
indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions)

# a timeout breaks the barrier
b2 = threading.Barrier(2)
try:
    b2.wait(0.05)
except threading.BrokenBarrierError as e:
    print("broken", type(e).__name__, isinstance(e, RuntimeError), repr(e))
print(b2.broken, repr(b2).endswith(": broken>"))
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken)

# abort wakes the waiters with BrokenBarrierError
b3 = threading.Barrier(3)
errors = []


def waits():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


ts = [threading.Thread(target=waits) for _ in range(2)]
for t in ts:
    t.start()
while b3.n_waiting < 2:
    threading.Event().wait(0.001)
b3.abort()
for t in ts:
    t.join()
print(errors, b3.broken)


# an action that raises breaks the barrier for the others
def bad():
    raise KeyError("action")


b4 = threading.Barrier(2, action=bad)
out = []


def w4():
    try:
        out.append(b4.wait())
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError as e:
        out.append("KeyError %s" % e)


ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(threading.BrokenBarrierError.__mro__[1:])
