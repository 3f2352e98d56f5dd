# Element types through aliases, mutation and escapes.
def fill(dst, n):
    for i in range(n):
        dst.append(i * 1.5)


a = []
b = a
fill(b, 3)
names = {"x": 1, "y": 2}
pairs = [(k, v) for k, v in names.items()]
words = "a b c".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
t = (1, "two", 3.0)
first, second, third = t
nested = [[1, 2], [3]]
nested[0].append(4)
opaque = []
sorted_copy = sorted(opaque, key=lambda v: v)
opaque.append("s")
print(a, pairs, counts, first, second, third, nested, sorted_copy)
