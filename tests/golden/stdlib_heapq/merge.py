import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([3, 1])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)))
print(list(heapq.merge(["kangaroo", "fish", "cat"], ["horse", "dog"], key=len, reverse=True)))
# stability: equal items come from the earlier iterable first
a = [(1, "a"), (2, "a"), (3, "a")]
b = [(1, "b"), (2, "b"), (4, "b")]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(b, a, key=lambda t: t[0], reverse=False)))
print(list(heapq.merge(iter(a[::-1]), iter(b[::-1]), key=lambda t: t[0], reverse=True)))

g = heapq.merge(range(0, 10, 3), range(1, 10, 4), "")
print(type(g).__name__, next(g), next(g), next(g))
print(list(g), list(g))

# lazy: consumes its inputs only as needed
def src(name, items):
    for x in items:
        print("  next from", name, x)
        yield x
m = heapq.merge(src("A", [1, 4]), src("B", [2, 3]))
print("made")
for v in m:
    print("got", v)

# close() on the merge closes it
m2 = heapq.merge([1, 2], [3])
print(next(m2))
m2.close()
print(list(m2))

# errors
for bad in [lambda: list(heapq.merge([1], 5)), lambda: list(heapq.merge([1, 2], ["a"])),
            lambda: heapq.merge([1], key=len, foo=1), lambda: list(heapq.merge([1], [2], key=5))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
