# Many short tasks: 30,000 tiny jobs submitted at once to a ThreadPoolExecutor
# with 4 workers (futures collected, then their results summed), followed by
# the same jobs through ex.map in chunks.
from concurrent.futures import ThreadPoolExecutor

TASKS = 30000


def job(i):
    return (i * i + 7) % 1009


def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(job, i) for i in range(TASKS)]
        total = 0
        for f in futures:
            total += f.result()
        mapped = 0
        for start in range(0, TASKS, 5000):
            mapped += sum(ex.map(job, range(start, start + 5000)))
    print("tasks", TASKS, "sum", total, "mapped", mapped)


main()
