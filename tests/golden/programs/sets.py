# Set algebra on integers, with CPython's printed iteration order.
evens = {x for x in range(0, 40, 2)}
odds = set(range(1, 40, 2))
primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}
squares = {x * x for x in range(7)}
fib = {0, 1, 2, 3, 5, 8, 13, 21, 34}
print(evens)
print(primes)
print(primes & odds)
print(primes | squares)
print(squares - evens, squares ^ fib)
print(fib.intersection(primes, odds), fib.union([100, -1], (55,)))
print(primes.isdisjoint(squares), {4, 16}.issubset(squares), squares.issuperset({0, 1}), {1} < {1, 2}, {1, 2} <= {1, 2})
big = {10 ** 20, -7, 2 ** 61 - 1, 2 ** 61, 3.5, -1, -2}
print(big)
print({1.0, 1, True}, {0, False, 0.0}, {(1, 2), (2, 1), (1, 2)}, {-0.0, 0.0})
s = set()
for i in [50, 17, 33, 1, 99, 64, 8, 17, 33]:
    s.add(i)
print(s, len(s))
s.discard(17)
s.discard(1000)
s.remove(33)
print(s)
try:
    s.remove(1000)
except KeyError as e:
    print("KeyError", e)
popped = [s.pop() for _ in range(3)]
print(popped, s)
s.update(range(100, 110), [-5, -10])
print(s)
s.difference_update(range(103, 200))
s.intersection_update(range(-20, 105))
print(s)
s.symmetric_difference_update({1, 2, 100})
print(s, sorted(s))
fs = frozenset([3, 1, 2])
d = {fs: "frozen", frozenset(): "empty"}
print(fs, d, fs | {9}, type(fs | {9}).__name__, frozenset({1: 2}), hash(fs) == hash(frozenset([1, 2, 3])))
print({x % 7 for x in range(100)}, {x for x in "mississippi"} == set("misp"))
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(grid), len(grid), (1, 1) in grid, (0, 1) in grid)
neighbours = {(x + dx, y + dy) for x, y in grid for dx, dy in ((0, 1), (1, 0)) if (x + dx, y + dy) not in grid}
print(sorted(neighbours))
large = set(range(1000))
large -= set(range(0, 1000, 3))
print(len(large), sum(large), min(large), max(large))
print(set(list(range(20, 0, -1))), {-1, -2, -3, -4}, {2 ** 40, 2 ** 41, 5})
removed = set(range(32))
for i in range(0, 32, 2):
    removed.discard(i)
removed.add(64)
removed.add(32)
print(removed)
print(repr(set()), repr(frozenset()), set("a") == frozenset("a"), {1, 2} == {2, 1}, {1} != {1.0})
e = {1, 2, 3}
e2 = e.copy()
e2.clear()
print(e, e2, bool(e2), e.pop(), e)
