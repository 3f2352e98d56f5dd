import threading

cond = threading.Condition()
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"), repr(cond).endswith(", 0)>"))
for f in (cond.wait, cond.notify, cond.notify_all):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: 0, timeout=0.01), cond.wait_for(lambda: "ok"))
    cond.notify()
    cond.notify_all()

# producer / consumer over a list guarded by a Condition
items = []
consumed = []
DONE = object()
c = threading.Condition(threading.Lock())


def producer(base):
    for i in range(100):
        with c:
            items.append(base + i)
            c.notify()


def consumer():
    while True:
        with c:
            c.wait_for(lambda: items)
            item = items.pop(0)
            if item is DONE:
                items.append(DONE)
                c.notify_all()
                return
        consumed.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(1000 * k,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with c:
    items.append(DONE)
    c.notify_all()
for t in consumers:
    t.join()
print(len(consumed), sum(consumed), sorted(consumed) == sorted(set(consumed)))

# notify(n) wakes n waiters; the rest time out
woken = []
cv = threading.Condition()
entered = 0


def sleeper():
    global entered
    with cv:
        entered += 1
        woken.append(cv.wait(0.5))


ts = [threading.Thread(target=sleeper) for i in range(3)]
for t in ts:
    t.start()
while True:
    with cv:  # once all have entered and released the lock, all are waiting
        if entered == 3:
            cv.notify(2)
            break
for t in ts:
    t.join()
print(sorted(woken))
