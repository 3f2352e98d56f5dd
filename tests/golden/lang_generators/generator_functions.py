# Generator functions (def with yield).
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(4)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v
    return

print(sum(evens(range(11))), list(evens([1, 3])))

def chars(*words, sep="|"):
    for w in words:
        for ch in w:
            yield ch
        yield sep

print("".join(chars("ab", "c")))

def counter_closure(start):
    step = 10
    def gen():
        n = start
        for _ in range(3):
            yield n
            n += step
    return gen

print(list(counter_closure(5)()))

def stops_early(items):
    for i, item in enumerate(items):
        if item is None:
            return
        yield i, item

print(list(stops_early(["a", "b", None, "c"])))

def with_try(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            print("skip zero")

print(list(with_try([5, 0, 2])))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))

def raises_inside():
    yield 1
    raise ValueError("from generator")

try:
    for x in raises_inside():
        print("got", x)
except ValueError as e:
    print("caught", e)
gen = count_up(3)
print(type(gen).__name__, iter(gen) is gen)
def pipeline():
    numbers = count_up(6)
    squares = (n * n for n in numbers)
    return [s for s in squares if s % 2]
print(pipeline())
def lazy_cell(n):
    def g():
        yield n
    n += 1
    return g()
print(list(lazy_cell(1)))
