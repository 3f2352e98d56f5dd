# ThreadPoolExecutor submit -> result round trip, one task in flight at a time.
from concurrent.futures import ThreadPoolExecutor

N = 20000


def task(x):
    return x * 3 + 1


def main():
    total = 0
    with ThreadPoolExecutor(max_workers=2) as ex:
        for i in range(N):
            total += ex.submit(task, i).result()
    print("round trips", N, "checksum", total)


main()
