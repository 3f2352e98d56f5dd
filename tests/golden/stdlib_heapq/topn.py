import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 6]
for n in [-1, 0, 1, 2, 3, 5, 10, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
it = iter(data)
print(heapq.nsmallest(3, it), list(it))
print(heapq.nlargest(3, (x * x for x in data)), heapq.nsmallest(4, (x for x in [])))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nlargest(1, iter([4, 9, 2])))

# key, and tie order (stable: first seen first)
words = ["pear", "fig", "apple", "kiwi", "plum", "banana", "date", "lime"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(3, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nlargest(20, words, key=len), heapq.nsmallest(n=2, iterable=words, key=str.upper))
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 3), ("f", 1)]
print(heapq.nlargest(2, iter(recs), key=lambda r: r[1]), heapq.nsmallest(2, iter(recs), key=lambda r: r[1]))
print(heapq.nlargest(4, recs, key=lambda r: r[1]), heapq.nsmallest(4, recs, key=lambda r: r[1]))

# equal items that are distinct objects: which ones come back
class V:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __eq__(self, other):
        return self.k == other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
vs = [V(2, "a"), V(1, "b"), V(2, "c"), V(1, "d"), V(3, "e"), V(2, "f"), V(1, "g")]
print(heapq.nsmallest(2, iter(vs)), heapq.nlargest(2, iter(vs)))
print(heapq.nsmallest(3, iter(vs)), heapq.nlargest(4, iter(vs)))

# a long input through the heap path
big = [(i * 37) % 101 for i in range(300)]
print(heapq.nsmallest(5, iter(big)), heapq.nlargest(5, iter(big)))
print(heapq.nsmallest(5, iter(big), key=lambda x: -x) == heapq.nlargest(5, big))

for bad in [lambda: heapq.nsmallest(2.0, iter([1])), lambda: heapq.nlargest(2, 5), lambda: heapq.nsmallest(),
            lambda: heapq.nlargest(2, [1, "a", 3]), lambda: heapq.nsmallest(2, [3, 2, 1], 5),
            lambda: heapq.nlargest(1, [1, 2], key=5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(heapq.nlargest.__name__, heapq.nsmallest.__module__)
