# Readers that walk a whole list, set or str while other threads change the
# list and the set: sum/sorted/tuple/min/max/join of a list, set algebra with a
# set being changed, and str hashing/indexing from several threads. Every
# snapshot a reader sees must be made of live, well-formed items (CPython's
# GIL makes each of these one step; py2c copies under the object's lock).
import threading

N = 3000
WRITERS = 3
READERS = 3
items = []
keys = set()
FIXED = set(range(0, 200, 2))
ALL = set(range(200))
TEXT = "aé" * 300
stop = threading.Event()


def writer(k):
    for i in range(N):
        items.append(i % 100)
        keys.add((i * 7 + k) % 200)
        if i % 2:
            items.pop()
            keys.discard((i * 3 + k) % 200)


def reader(out):
    bad = 0
    rounds = 0
    while not stop.is_set() or rounds < 5:
        rounds += 1
        snap = tuple(items)
        if any(not (0 <= x < 100) for x in snap):
            bad += 1
        s = sum(items)
        if s < 0:
            bad += 1
        srt = sorted(items)
        if srt and (min(items) < 0 or max(items) > 99):
            bad += 1
        words = ",".join([str(x) for x in items[:50]])
        if words and not words[0].isdigit():
            bad += 1
        both = keys & FIXED
        either = keys | FIXED
        if not both <= FIXED or not FIXED <= either:
            bad += 1
        # each operation reads `keys` once: only invariants of one state
        if (keys - FIXED) & FIXED or not (keys ^ FIXED) <= ALL or not both.isdisjoint(keys - FIXED):
            bad += 1
        keys.issubset(FIXED)
        keys == FIXED
        j = rounds % 600
        if TEXT[j] != ("a" if j % 2 == 0 else "é") or hash(TEXT) != hash("aé" * 300):
            bad += 1
    out.append(bad)


res = []
writers = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
readers = [threading.Thread(target=reader, args=(res,)) for _ in range(READERS)]
for t in writers + readers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()

print(len(items))
print(res)
print(len(keys & FIXED) <= 100, len(keys) <= 200)
