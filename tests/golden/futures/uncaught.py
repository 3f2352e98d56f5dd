# A task's exception reaches the caller at result(), with the task's
# frames in the traceback.
from concurrent.futures import ThreadPoolExecutor, wait


def parse(text):
    return int(text)


def task(text):
    return parse(text) * 2


ex = ThreadPoolExecutor(max_workers=2)
ok = ex.submit(task, "21")
bad = ex.submit(task, "x1")
wait([ok, bad])
print(ok.result())
print(type(bad.exception()).__name__)
bad.result()
