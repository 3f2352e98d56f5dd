import threading

fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
print(t.name, t.interval, t.args, t.kwargs, type(t.finished).__name__, isinstance(t, threading.Thread))
t.start()
t.join()
print(fired, t.finished.is_set())
c = threading.Timer(30, fired.append, ["cancelled"])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())
k = threading.Timer(0, lambda **kw: fired.append(sorted(kw.items())), kwargs={"a": 1})
k.start()
k.join()
print(fired)

data = threading.local()
data.x = "main"
print(data.x, hasattr(data, "y"), data.__dict__)
seen = []


def in_thread(i):
    seen.append(hasattr(data, "x"))
    data.x = i
    data.y = i * 2
    seen.append((data.x, data.y))
    del data.y
    seen.append(hasattr(data, "y"))


ts = [threading.Thread(target=in_thread, args=(i,)) for i in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(data.x, sorted(seen, key=str))
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
