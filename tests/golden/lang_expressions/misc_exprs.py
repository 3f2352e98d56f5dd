# Attribute calls, method calls with keywords, nested data, conditional chains.
words = "the quick brown fox".split()
print(words, len(words), " ".join(words[::-1]))
print(sorted(words, key=len, reverse=True))
counts = {}
for w in "abracadabra":
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
print(list(zip(*matrix)))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
print("a,b,,c".split(","), "  pad ".strip(), "x".join(["1", "2"]))
print(isinstance(3, int), isinstance("s", (int, str)), type(3.0).__name__)
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), 2 in s)
print(list(enumerate("ab", start=1)), dict(a=1, b=2))
print(abs(-2.5), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3], 10))
print(hex(255), oct(8), bin(5), chr(65), ord("A"))
print(repr("quote's"), str(12), int("42") + 1, float("1.5"))
print([1, 2, 3][::-1], "abc"[1:], (1, 2, 3)[1:])
nested = {"k": [1, {"deep": (2, 3)}]}
print(nested["k"][1]["deep"][0])
print(not None, None is None, 3 if None else 4)
