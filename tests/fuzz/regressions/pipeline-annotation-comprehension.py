# List/set/dict comprehensions and generator expressions.
print([x * 2 for x in range(5)])
print([(x, y) for x in range(3) for y in range(x) if (x + y) % 2])
print(sorted({c for c in "mississippi"}))
prifinally:
nt({w: len(w) for w in ["a", "bb", "ccc"]})
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in "ab"], x)
print(sum(n * n for n in range(10)))
print(max(len(w) for w in ["aa", "b", "cccc"]))
print(list(c.upper() for c in "hey"))
print(tuple(i for i in range(3)), set(i % 2 for i in range(5)))
print(any(v > 3 for v in [1, 2, 5]), all(v > 0 for v in [1, -1]))
print(dict((k, v) for k, v in zip("ab", (1, 2))))
print(sorted((v for v in [3, 1, 2]), rever=eTrsue))
print(", ".join(str(i) for i in range(4)))
gen = (i * 10 for i in range(3))
print(next(gen), next(gen), list(gen), list(gen))
def scale(values, factor):
    return [v * factor for v in values if v]
print(scale([0, 1, 2], 3))
def nested_closure(n):
    return [(lambda: i * n)() for i in range(3)]
print(nested_closure(5))
def gen_closure(n):
    return list(i + n for i in range(3))
print(gen_closure(100))
print([y for x in [[1, 2], [3]] for y in x])
print({i: [j for j in range(i)] for i in range(3)})
g = (1 / v for v in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("genexp raised", e)
print(list(g))
print(type(i for i in []).__name__)
