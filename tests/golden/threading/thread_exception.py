import sys
import threading


def worker(n):
    raise ValueError("boom %d" % n)


def quits():
    sys.exit(3)


class Broken(threading.Thread):
    def run(self):
        {}["missing"]


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("after first", t.is_alive())
b = Broken()
b.start()
b.join()
q = threading.Thread(target=quits)
q.start()
q.join()
print("program continues")
