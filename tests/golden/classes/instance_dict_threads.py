# Threads adding, reading and deleting attributes of shared instances while
# other threads change the class: every thread's own attributes end as it
# left them, and class changes are seen once made.
import threading


class Shared:
    level = 0

    def get(self):
        return self.level


objs = [Shared() for _ in range(8)]
errors = []


def worker(k):
    for i in range(300):
        for o in objs:
            setattr(o, "t%d" % k, i)
            if getattr(o, "t%d" % k) != i:
                errors.append((k, i))
            if i % 7 == 0:
                delattr(o, "t%d" % k)
                setattr(o, "t%d" % k, i)
            o.get()


def changer():
    for i in range(200):
        Shared.level = i
        if Shared.level != i:
            errors.append(("level", i))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
threads.append(threading.Thread(target=changer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
print([sorted(vars(o).items()) for o in objs[:2]])
print(sorted({o.get() for o in objs}))
