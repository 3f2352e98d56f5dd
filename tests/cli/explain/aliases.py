import threading as th
from queue import Queue as Q, SimpleQueue

a = Q()
b = SimpleQueue()
c = th.RLock()
d = Q()
d = []
cond = th.Condition()


def uses(param):
    a.put(1)
    b.put(2)
    d.put(3)
    param.put(4)
    local = Q(maxsize=2)
    local.put(5)
    with c:
        pass
    with cond:
        cond.notify_all()
    with param:
        pass

    def inner():
        return local.get()

    return inner


def rebinds():
    x = Q()
    x.put(1)
    x = None
    return x


def args_shapes():
    a.put(1, True)
    a.get(timeout=1)
    a.put(*[1])
