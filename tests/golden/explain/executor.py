# Recognised executor patterns (py2c --emit=explain): `with ThreadPoolExecutor
# as ex`, ex.map, [ex.submit(f, x) for x in xs] then as_completed / result().
# The program must behave exactly as under CPython, exceptions included.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


def power(base, exp=2):
    return base ** exp


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, x) for x in range(20)]
    print(sorted(f.result() for f in as_completed(futs)))
    done = []
    for f in as_completed(futs):
        done.append(f.result())
    print(sum(done), len(done))
    print([f.result() for f in futs][:5])
    one = ex.submit(power, 3, exp=4)
    print(one.result())
    bad = ex.submit(fail, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)

with cf.ThreadPoolExecutor(2) as ex2:
    print(ex2.submit(pow, 2, 10).result())
    it = ex2.map(fail, [1])
    try:
        list(it)
    except ValueError as e:
        print("map re-raises:", e)
print("after shutdown")
