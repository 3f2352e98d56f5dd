# Producer/consumer pipeline through queues: a source thread, three parser
# threads, two transformer threads and a sink, connected by bounded queues;
# each stage does a little work per item; None marks the end of the stream.
import threading
from queue import Queue

ITEMS = 200000
PARSERS = 3
TRANSFORMERS = 2


def source(out):
    x = 7
    for i in range(ITEMS):
        x = (x * 48271) % 2147483647
        out.put("%d:%d" % (i, x % 100000))
    for _ in range(PARSERS):
        out.put(None)


def parser(inq, outq, done_lock, done):
    while True:
        line = inq.get()
        if line is None:
            break
        key, _, value = line.partition(":")
        outq.put((int(key), int(value)))
    with done_lock:
        done[0] += 1
        last = done[0] == PARSERS
    if last:
        for _ in range(TRANSFORMERS):
            outq.put(None)


def transformer(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        k, v = item
        acc = v
        for _ in range(10):
            acc = (acc * 31 + k) % 65521
        outq.put((k, acc))
    outq.put(None)


def sink(inq, result):
    ends = 0
    count = 0
    total = 0
    mixed = 0
    while ends < TRANSFORMERS:
        item = inq.get()
        if item is None:
            ends += 1
            continue
        k, v = item
        count += 1
        total += v
        mixed ^= (k * 2654435761 + v) % 4294967296
    result.extend([count, total, mixed])


def main():
    q1 = Queue(maxsize=512)
    q2 = Queue(maxsize=512)
    q3 = Queue(maxsize=512)
    done = [0]
    lock = threading.Lock()
    result = []
    threads = [threading.Thread(target=source, args=(q1,))]
    threads += [threading.Thread(target=parser, args=(q1, q2, lock, done)) for _ in range(PARSERS)]
    threads += [threading.Thread(target=transformer, args=(q2, q3)) for _ in range(TRANSFORMERS)]
    threads.append(threading.Thread(target=sink, args=(q3, result)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("items", result[0], "sum", result[1], "xor", result[2])


main()
