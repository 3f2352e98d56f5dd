print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2.0), [1, [2]] == [1, [2]], [] == [], () != ())
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], (1, 'a') < (1, 'b'), (1, 2) <= (1, 2))
print((3,) >= (2, 9), [1, 2] >= [1, 2], ["a", "b"] < ["a", "c"], [[1, 2]] < [[1, 3]], (0.5, 1) < (0.5, 2))
print(sorted([(2, 1), (1, 2), (1, 1), (2,)]), max([[1, 2], [1, 2, 0], [0, 9]]), min((3, 'a'), (3, 'Z')))
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], nan in l, (nan,) == (nan,), l[0] == l[0])
x = [1, 2]
print(x in [x], [1, 2] in [[1, 2]], 3 in (1, 2), "a" in ["a"], (1, 2) in {(1, 2): 0}, 1.0 in {1}, 2 in range(3))
print(1 in [True], 0 in [False], None in [None], [] in [[]], {} in [{}], "ab" in "cabd", [] not in [0])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((1.5, True, None)) == hash((1.5, 1, None)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2)])), hash((0,)))
print(hash(1) == hash(1.0) == hash(True), hash((1,)) == hash((1.0,)))
d = {}
d[(1, 2)] = "a"
d[(1.0, 2.0)] = "b"
d[frozenset({3, 4})] = "c"
d[frozenset([4, 3])] = "d"
d[((1,), (2,))] = "e"
print(d, len(d))
s = {(1, 2), (2, 1), (1, 2), frozenset({1, 2}), frozenset({2, 1})}
print(len(s), (2, 1) in s, frozenset([1, 2]) in s)
print({(0, 0): 1} == {(0.0, 0): 1}, {1: [1]} == {1: [1]}, {1: 2} != {1: 2, 3: 4})
print(frozenset([1]) < frozenset([1, 2]), {1} <= frozenset([1]), frozenset() == set())
print([1, 2, 3] * 0 == [], (1,) * 3, (1, 2) + (3,), (1, 2) == [1, 2])
print(sorted([[3], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(tuple([1, 2]).count(1), (1, 2, 1).index(1, 1), (4, 5, 6).index(6), len((1,)), ((1, 2), 3)[0][1])
a, b = (1, 2), (1, 2)
print(a == b, a != b, not a, bool(()), bool((0,)), bool([]), bool([0]))
print(max((1, 2), (1, 3)), min([3, 1], [2]), list((1, 2)) + [3], tuple("ab") * 2)
print(any([[], (), 0]), all([[1], (1,), 1]), (1, 2) < (1, 2, 3) < (1, 3))
