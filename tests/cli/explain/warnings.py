import functools
import queue
import threading

q = queue.Queue()
lock = threading.Lock()


def work(n):
    print(n)


def make_worker(n):
    return functools.partial(work, n)


def no_sentinel():
    while True:
        item = q.get()
        print(item)


def with_sentinel():
    while True:
        item = q.get()
        if item is None:
            break
        print(item)


def with_timeout():
    while True:
        item = q.get(timeout=1)
        print(item)


def daemon_worker():
    while True:
        item = q.get()
        print(item)
        q.task_done()


def leaks(flag):
    lock.acquire()
    if flag:
        raise ValueError(flag)
    lock.release()


def safe(flag):
    lock.acquire()
    try:
        if flag:
            return 1
    finally:
        lock.release()
    return 0


def straight():
    lock.acquire()
    print("held")
    lock.release()


threading.Thread(target=work(1))
threading.Thread(target=make_worker(2))
threading.Thread(target=functools.partial(work, 3))
threading.Thread(target=daemon_worker, daemon=True)


def later():
    pass


later = make_worker(9)
threading.Thread(target=later())
