# py2c-test: reference-cycles (leaks by design until a cycle collector exists)
print([], (), {}, set(), frozenset())
print([1, 2.5, "a", 'b"c', None, True], (1,), (1, 2), {"k": [1, (2, 3)], 4: {5}})
print({1, 2, 3}, frozenset({1}), frozenset([(1, 2), 3]))
print(repr([1, 'x']), str([1, 'x']), str(("a",)), repr({'a': "it's"}))
print([[[]]], [(), [{}]], {(): ()}, {(1, 2): frozenset()})
print([1e16, 0.1, -0.0, 1.5e-7, float('inf'), float('nan')])
print(['\n', '\t', '\\', "\x00", 'é', '\u2028'])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'x': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
d2 = {}
d2[1] = [d2, (d2,)]
print(d2)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
print(len(a), len(d), a[2] is a)
s = {1, (2, 3), "z"}
print(len(s), (2, 3) in s, "z" in s, [2, 3] in [[2, 3]])
print(list("abc"), tuple([1, 2]), dict([(1, 2), (3, 4)]), set([3, 3, 1]), frozenset("aa"))
print(dict(a=1, b=2), dict({1: 2}, x=3), dict([("k", "v")], k="w"))
print(list(), tuple(), dict(), set(), list(range(5)), tuple(range(3, 0, -1)))
print(str({}), repr(set()), repr(frozenset()), repr(frozenset({frozenset()})))
print([*range(3), *"ab"], (*[1, 2], 3), {**{1: 2}, 3: 4, **{1: 5}}, {*[1, 2], *(2, 3)})
x, *y = [1, 2, 3]
print(x, y)
(p, q), r = (1, 2), [3]
print(p, q, r)
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(frozenset()).__name__)
print(f"{[1, 2]!r} {(1,)} {({1: 'a'})}", "%s %r" % ([1], ('a',)), "{} {}".format({1}, [None]))
