# json.dumps and copy.deepcopy of lists that other threads append to and pop
# from with no lock: each call sees some consistent prefix of the list under
# CPython's GIL; py2c must not crash, race or return a torn list.
import copy
import json
import threading

N = 20000
grow = []
churn = list(range(100))


def grower():
    for i in range(N):
        grow.append(i)


def churner():
    for i in range(N):
        churn.append(i)
        churn.pop(0)


def reader(res):
    ok = True
    for _ in range(200):
        g = json.loads(json.dumps(grow))
        ok = ok and g == list(range(len(g)))
        c = json.loads(json.dumps([churn, grow[:3]], indent=1))
        ok = ok and 99 <= len(c[0]) <= 101
        d = copy.deepcopy(grow)
        ok = ok and d == list(range(len(d)))
    res.append(ok)


res = []
ts = [threading.Thread(target=grower), threading.Thread(target=churner)]
ts += [threading.Thread(target=reader, args=(res,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(grow) == N, len(churn) == 100, res)
print(json.dumps(grow[-3:]), copy.deepcopy(churn[:2]))
