# py2c-test: reference-cycles (classes using super() form a cycle with their __class__ cell)
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


class Named(threading.Thread):
    def __init__(self):
        super().__init__(name="named-worker", daemon=False)
        self.log = []

    def run(self):
        self.log.append(threading.current_thread() is self)
        self.log.append(self.name)


class NoInit(threading.Thread):
    def __init__(self):
        pass


ws = [Worker(n) for n in (10, 100, 1000)]
print([w.name for w in ws], repr(ws[0]))
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws], [w.is_alive() for w in ws])
print(repr(ws[0]).startswith("<Worker(Thread-1, stopped "))
n = Named()
n.start()
n.join()
print(n.log, isinstance(n, threading.Thread), issubclass(Named, threading.Thread))
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)


# run() can also call the base run with a target
class Wrapped(threading.Thread):
    def run(self):
        out.append("before")
        super().run()
        out.append("after")


out = []
w = Wrapped(target=out.append, args=("target",))
w.start()
w.join()
print(out, w.name)
