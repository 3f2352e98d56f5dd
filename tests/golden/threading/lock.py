import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.acquire(timeout="x")
except TypeError as e:
    print("TypeError:", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"), type(lock).__name__)

# released by another thread than the one that acquired it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released elsewhere", lock.locked())

# 8 threads incrementing a shared counter under a lock: exact total
counter = 0
count_lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with count_lock:
            counter += 1


ts = [threading.Thread(target=add, args=(20000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=2" in repr(r))
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested")
r.acquire()
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.01)))
t.start()
t.join()


def other_release():
    try:
        r.release()
    except RuntimeError as e:
        got.append(str(e))


t = threading.Thread(target=other_release)
t.start()
t.join()
r.release()
print(got)
