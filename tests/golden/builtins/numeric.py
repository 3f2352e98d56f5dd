print(abs(-3), abs(3), abs(-0.0), abs(-2.5), abs(False), abs(-(2 ** 80)), abs(float("-inf")))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(-2.5), round(3.49), round(-3.51))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(123.456, -1), round(123.456, -2), round(155, -1), round(145, -1), round(-155, -1))
print(round(5, -1), round(15, -1), round(25, -1), round(250, -2), round(1234, -5), round(7, 0), round(7, 3))
print(round(1e300, -300), round(2.5, 0), round(-0.0), round(0.1 + 0.2, 10), round(10 ** 20 + 5, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(True), round(3.7, None))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(2, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(5, 0, 1), pow(7, 2, -5))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), 2 ** 0.5)
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5, 3]))
print(sum(range(101)), sum([[1, 2], [3]], []), sum([(1,), (2, 3)], ()), sum([True, True, False]))
print(sum([2 ** 60, 2 ** 60]), sum([1e100, 1.0, -1e100]), sum(x / 10 for x in range(5)), sum([], start=5))
print(sum([0.5, 0.25], start=1), sum(iter([3, 4])), sum({1: "a", 2: "b"}))
for bad in [lambda: abs("x"), lambda: abs(), lambda: round(1.5, 1.5), lambda: round(float("inf")),
            lambda: round(float("nan")), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(0, -1),
            lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow(2, 1, 2, 3),
            lambda: sum(["a", "b"]), lambda: sum([1], "x"), lambda: sum([[1]], None), lambda: sum(1),
            lambda: sum([1, "a"])]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
