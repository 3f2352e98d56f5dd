words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([]), sorted((5, 4)), sorted("hello"))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 1, 3}))
pairs = [(1, "d"), (0, "c"), (1, "a"), (0, "b"), (1, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([2.5, 1, True, -3, 0.0]))
print(sorted([[2, 1], [1, 9], [1, 2, 3], []]))
print(sorted(range(10), key=lambda x: x % 3))
data = [5, 3, 8]
out = sorted(data)
print(out is data, data, out)
print(sorted([1, 2, 3], key=None))

print(min(4, 2, 8), max(4, 2, 8), min("b", "a", "c"), max([1.5, 2, -1]))
print(min([3, 1, 2]), max((3, 1, 2)), min("hello"), max({3: 0, 7: 1}))
print(min(words, key=len), max(words, key=len), min(words, key=str.lower))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([1, 1.0]), min([1.0, 1]))
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(min([], default="empty"), max((), default=None), max([7], default=0))
print(min(iter([5, 6]), key=lambda x: -x), max(x * x for x in range(-3, 3)))
print(max("a", "B", key=str.upper), min(1, 2, key=None))
print(max([(1, 2), (1, 3), (0, 9)]), min([[1], [0, 5]]))
for bad in [lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0),
            lambda: min([1, "a"]), lambda: max([], key=len), lambda: min([1], foo=2),
            lambda: sorted([1, None]), lambda: sorted(1), lambda: sorted([1], key=1),
            lambda: sorted([1], cmp=None), lambda: sorted(), lambda: sorted([1], reverse="x")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
