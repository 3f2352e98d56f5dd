# Readers unpack, join and dict.update from a list that writers keep
# changing (items replaced, the list grown and shrunk): every read sees one
# state of the list, and no item is read after it was released.
import threading

N = 20000
pair = ["a0", "b0"]
words = ["w0", "w1", "w2"]
stop = threading.Event()
bad = []


def writer(tag):
    for i in range(N):
        pair[i % 2] = tag + str(i)      # a fresh str each time: the old one is released
        words.append(str(i))
        words.pop()
        words[i % 3] = "w" + str(i % 3)


def reader():
    d = {}
    n = 0
    while not stop.is_set() or n < 100:
        try:
            a, b = pair
        except ValueError:
            bad.append("unpack")
            continue
        if not (isinstance(a, str) and isinstance(b, str)):
            bad.append("type")
        s = "".join(words)
        if not s.startswith("w0w1w2"[:2]) and len(s) < 6:
            bad.append(s)
        d.update([pair])
        n += 1
    if len(d) < 1:
        bad.append("empty")


ws = [threading.Thread(target=writer, args=(t,)) for t in "xy"]
rs = [threading.Thread(target=reader) for _ in range(2)]
for t in rs + ws:
    t.start()
for t in ws:
    t.join()
stop.set()
for t in rs:
    t.join()
print("bad:", bad[:5])
print(len(pair), sorted(words))
