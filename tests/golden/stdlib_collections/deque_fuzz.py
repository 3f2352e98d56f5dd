# Random operations on a deque checked against a list (a fixed LCG, so the
# run is deterministic): exercises the ring buffer's wrap-around and growth.
from collections import deque

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


for maxlen in (None, 5, 17):
    d = deque(maxlen=maxlen)
    ref = []
    for step in range(3000):
        op = rnd(11)
        v = rnd(1000)
        if op == 0:
            d.append(v)
            ref.append(v)
        elif op == 1:
            d.appendleft(v)
            ref.insert(0, v)
        elif op == 2 and ref:
            assert d.pop() == ref.pop()
        elif op == 3 and ref:
            assert d.popleft() == ref.pop(0)
        elif op == 4:
            k = rnd(7) - 3
            d.rotate(k)
            if ref:
                k %= len(ref)
                ref[:] = ref[-k:] + ref[:-k] if k else ref
        elif op == 5 and ref:
            i = rnd(len(ref))
            del d[i]
            del ref[i]
        elif op == 6 and (maxlen is None or len(ref) < maxlen):
            i = rnd(len(ref) + 3) - 1
            d.insert(i, v)
            ref.insert(i, v)
        elif op == 7:
            items = [rnd(50) for _ in range(rnd(4))]
            d.extend(items)
            ref.extend(items)
        elif op == 8:
            items = [rnd(50) for _ in range(rnd(4))]
            d.extendleft(items)
            ref[:0] = items[::-1]
        elif op == 9 and ref:
            i = rnd(len(ref))
            d[i] = v
            ref[i] = v
        elif op == 10 and ref:
            x = ref[rnd(len(ref))]
            d.remove(x)
            ref.remove(x)
        if maxlen is not None and len(ref) > maxlen:
            # appends on one side drop items from the other
            if op in (0, 7):
                ref = ref[-maxlen:]
            else:
                ref = ref[:maxlen]
        if list(d) != ref:
            print("mismatch at", step, op, list(d), ref)
            break
    print(maxlen, len(d), list(d)[:8], sum(d), d.count(ref[0] if ref else 0))
