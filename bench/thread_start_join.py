# Cost of starting and joining a thread (batches of 10 threads at a time).
import threading

N = 10000
BATCH = 10


def work(results, i):
    results[i] = i * i % 997


def main():
    results = [0] * N
    i = 0
    while i < N:
        batch = [threading.Thread(target=work, args=(results, j)) for j in range(i, i + BATCH)]
        for t in batch:
            t.start()
        for t in batch:
            t.join()
        i += BATCH
    print("threads", N, "checksum", sum(results))


main()
