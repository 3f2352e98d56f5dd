# A CPU-bound job split into 8 tasks on ThreadPoolExecutor(max_workers=W),
# W given as the first argument (the runner uses 1 and the number of cores).
import sys
from concurrent.futures import ThreadPoolExecutor

TASKS = 8
STEPS = 500000


def chunk(seed):
    x = seed
    acc = 0
    for i in range(STEPS):
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + x % 1000 + i) % 1000000007
    return acc


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    with ThreadPoolExecutor(max_workers=workers) as ex:
        results = list(ex.map(chunk, range(1, TASKS + 1)))
    print("tasks", TASKS, "checksum", sum(results) % 1000000007)


main()
