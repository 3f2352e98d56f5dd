# Generator expressions: nested, capturing, partially consumed, passed around.
def pairs(n):
    return ((i, j) for i in range(n) for j in (k * 10 for k in range(i)))

print(list(pairs(3)))

def scaled(values, factor):
    return (v * factor for v in values)

g = scaled([1, 2, 3], 5)
print(next(g))
print(list(g))

def with_lambda(n):
    return list((lambda: i + n)() for i in range(3))

print(with_lambda(100))
unfinished = (x for x in range(1000000))
print(next(unfinished), next(unfinished))
del unfinished
total = sum(x for x in range(5) if x % 2 == 1)
print(total)
nested = list(list(c for c in w) for w in ["ab", "cd"])
print(nested)
gen = (x for x in [1, 2])
print(iter(gen) is gen, list(gen), list(gen))
print(sorted(set(len(w) for w in "a bb ccc bb".split())))
print(dict((w, len(w)) for w in ("x", "yy")))
print("-".join(str(n) for n in range(3)), min(x * x for x in [-3, 2]))
def gen_closure_late():
    base = 1
    g = (base + i for i in range(2))
    base = 100
    return list(g)
print(gen_closure_late())
