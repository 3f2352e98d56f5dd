import bisect

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: bisect.bisect_left([1, 2], 1, -1))
check(lambda: bisect.insort([1, 2], 1, lo=-5))
check(lambda: bisect.bisect_right([1, 2], 1, "a"))
check(lambda: bisect.bisect_right([1, 2], 1, 1.0))
check(lambda: bisect.bisect_right([1, 2], 1, 0, 1.5))
check(lambda: bisect.bisect_right([1, 2], 1, 0, "x"))
check(lambda: bisect.bisect_right([1, 2], 1, 0, 5))
check(lambda: bisect.bisect_left(5, 1))
check(lambda: bisect.bisect_left(5, 1, 0, 3))
check(lambda: bisect.bisect([1, 2]))
check(lambda: bisect.bisect())
check(lambda: bisect.bisect_left([1], 2, 0, None, None))
check(lambda: bisect.bisect_left([1], 2, foo=1))
check(lambda: bisect.bisect_left([1], 2, x=1))
check(lambda: bisect.insort_left((1, 2), 2))
check(lambda: bisect.bisect_left([1, 2], 1, key=5))
check(lambda: bisect.bisect_left([1, "a"], 2))
check(lambda: bisect.insort([1, 2, 3], "x"))
check(lambda: bisect.bisect_right(a=[1, 2, 3], x=2, lo=1, hi=3, key=None))
check(lambda: bisect.bisect_left([1, 2], 1, 10**20))
print(bisect.bisect_left.__name__, bisect.bisect.__name__, bisect.insort.__name__)
