print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(1, 10, 2)
print(r, len(r), r[1], r[-1], r[1:3], 5 in r, 6 in r, r.index(7), r.count(3), range(3) == range(0, 3))
print(list(enumerate([])), list(enumerate("xyz")), list(enumerate("xy", 5)), list(enumerate(range(2), start=-2)))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10))), list(zip([1, 2], "ab", (True, None))))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])), list(zip([1], [2], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(len, ["", "ab"])))
print(list(map(pow, [2, 3], [2, 2], [3, 5])), list(map(int, "123")), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, False, 2, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: x > 1, (1, 2, 3))), list(filter(bool, [0, 3])), list(filter(None, [])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed([])), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"xy")), list(reversed(range(5))[1:]) if False else 0)
rv = reversed((1, 2))
print(type(rv).__name__, type(reversed([])).__name__, type(reversed(range(2))).__name__, type(reversed("")).__name__)
print(next(rv), next(rv), next(rv, "done"), next(rv, "still done"), iter(rv) is rv)
lst = [1, 2, 3]
rl = reversed(lst)
lst.append(4)
print(list(rl))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


class OwnReversed:
    def __reversed__(self):
        return iter("own")


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


print(list(reversed(Seq())), list(reversed(OwnReversed())), isinstance(reversed([]), reversed))
print(any([]), any([0, 0.0, ""]), any([0, 3]), all([]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any({0: 1}), all({1: 0}), any("a"))
seen = []


def noisy(x):
    seen.append(x)
    return x


print(any(map(noisy, [0, 2, 3])), all(map(noisy, [1, 0, 5])), seen)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"), list(it))
print(iter(it) is it, type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
vals = [1, 2, 3, 0, 4]
calls = iter(vals)
print(list(iter(lambda: next(calls), 0)), list(calls))
count = [0]


def counter():
    count[0] += 1
    return count[0]


ci = iter(counter, 4)
print(type(ci).__name__, list(ci), next(ci, "exhausted"), count)
it2 = iter([5, 6])
print(list(iter(lambda: next(it2), 6)))
g = (x * x for x in range(3))
print(next(g), next(g), next(g), next(g, "gen done"))
for bad in [lambda: next(iter([])), lambda: next([1]), lambda: next(), lambda: next(iter([]), 1, 2),
            lambda: iter(5), lambda: iter(5, 0), lambda: iter(), lambda: iter([], 1, 2),
            lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(NotReversible()),
            lambda: reversed(), lambda: reversed([], []), lambda: reversed(x for x in "a"),
            lambda: enumerate(5), lambda: zip(5), lambda: zip([1], foo=1), lambda: map(abs),
            lambda: map(abs, 5), lambda: filter(None), lambda: filter(None, 5), lambda: list(map(abs, ["x"])),
            lambda: list(zip("ab", "abc", strict=True)), lambda: any(5), lambda: all(),
            lambda: range(1.5), lambda: range(), lambda: range(1, 2, 0), lambda: enumerate([], 1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__ + ":", e)
