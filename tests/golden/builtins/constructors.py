print(int(), int(7), int(-3.9), int(3.9), int("42"), int("  -17 "), int("+5"), int("1_000"), int(True))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("10", 2))
print(int(2 ** 70 + 0.0), int("123456789012345678901234567890"), int(1e20), int(x=5) if False else int(-0.0))
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"), float(True))
print(float("1_0.5"), float(2 ** 60), float(".5"), float("5."), float(10 ** 20))
print(str(), str(5), str(2.50), str(None), str([1, "a"]), str("x"), str(b"ab"), str((1,)), str({1}), str(str))
print(repr(5), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr([None, 1.0]))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(range(0)))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 2, 3: 4}), list({"a": 1}.items()))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(x * 2 for x in range(3)), tuple({5: 6}))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({1: 2}, z=3), dict(zip("ab", range(2))))
print(dict([[1, 2]]), dict({"k": "v"}.items()), dict(((i, i * i) for i in range(3))))
print(set(), set([3, 1, 3, 2]), set("aba") == {"a", "b"}, set(range(5)), set({1: 2}), set(()))
print(frozenset(), frozenset([1, 2, 2]), frozenset("a"), frozenset(range(3)) == {0, 1, 2})
t = (1, 2)
l = [1, 2]
print(tuple(t) is t, list(l) is l, list(l) == l, str("s") == "s", frozenset() == set())
print(type(int("5")), type(float(1)), type(str(1)), type(bool(1)), type(list()), type(tuple()))
print(type(dict()), type(set()), type(frozenset()), type(range(1)))
for bad in [lambda: int("abc"), lambda: int("1.5"), lambda: int(""), lambda: int("9", 8), lambda: int(None),
            lambda: int([1]), lambda: int("10", 1), lambda: int(5, 10), lambda: int(float("inf")),
            lambda: float("abc"), lambda: float(""), lambda: float([]), lambda: float(None),
            lambda: list(1), lambda: tuple(None), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
            lambda: dict(1), lambda: set(5), lambda: set([[1]]), lambda: frozenset([{}]),
            lambda: str(1, 2, 3, 4), lambda: bool(1, 2), lambda: list(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
