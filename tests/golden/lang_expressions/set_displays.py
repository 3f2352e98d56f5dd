# Set displays iterate in CPython 3.11's order: a display of more than two
# constants is a copy of a frozenset constant; `for` loops, comprehension
# sources and `in` tests use the frozenset constant itself; other displays
# add their items one by one.
print({2 ** 61 - 1, 2 ** 61, 2 ** 62, -2 ** 61, 2 ** 64 + 7})
print({0.5, -7, 33, 1e9, 3.25, 17, -100, 65})
a = 33
print({0.5, -7, a, 1e9, 3.25, 17, -100, 65})
for x in {0.5, -7, 33, 1e9, 3.25, 17, -100, 65}:
    print(x, end=" ")
print()
for x in {0.5, -7, a, 1e9, 3.25, 17, -100, 65}:
    print(x, end=" ")
print()
print([x for x in {0.5, -7, 33, 1e9, 3.25, 17, -100, 65}])
print([(x, y) for x in {1, 9} for y in {8, 16, -8, 7}])
print({x for x in {8, 16, 0.5}})
print(list({8, 16}), list({16, 8}), [x for x in {16, 8}])
for x in {16, 8}:
    print(x, end=" ")
print()
print(3 in {1, 2, 3}, 4 not in {8, 16, 24}, 1 < 2 in {2, 3}, 2 in {2, 3} in {True})
print({8, 16, 24, 32, 40}, {40, 32, 24, 16, 8})
print({(1, 2), (3, 4), -0.0, 2 ** 200, 2 ** 70, 2 ** 3.5})
print({2 ** 200, 8, 16, 24, 32, 40})
print({1 // 1, 7 % 3, 8, 16, 24, 32})
print({True, 1.0, 8, 16, 2 << 3, 24, 32, ~5, -(2 ** 63), not 1})
b = [100, 200]
print({*b, 8, 16, 24, 32, 40})
print({8, 16, 24, 32, *b})
print({1 / 2, 10 / 4, 7 // 2, 9 ** 2, 16, 32, 48})
print({x: 1 for x in {1000, 8, 16, 24, 2000, 3000}})
print({1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105, 113, 121, 129})
print(list({129, 121, 113, 105, 97, 89, 81, 73, 65, 57, 49, 41, 33, 25, 17, 9, 1}))
print(sorted({5, 3, 9, 1}), len({8, 16, 24, 8, 16}), {8, 16, 24, 8, 16})
print({-1, -2, -3, 2 ** 64, -(2 ** 64), 0})
print({1e100, 1e-100, -1e100, 7.5, 8, 9})
print(frozenset({9, 17, 25, 33, 1}), set({9, 17, 25, 33, 1}))
print({0, 8, 16, 24} | {32, 40}, {0, 8, 16, 24, 32} - {8})
c = 5
print({c, 13, 21}, {13, 21, c}, {13, c, 21, 29, 37})
# equal constants are merged module-wide: the first one's order wins
print({17, 9, 1, 25, 33}, {33, 25, 17, 9, 1}, list({1, 9, 17, 25, 33}))
print({True, 9, 17, 25}, {25, 17, 9, 1}, {1.0, 9, 17, 25})
for x in {41, 33, 25, 17, 9, 1}:
    print(x, end=" ")
print([x for x in {1, 9, 17, 25, 33, 41}])
def f(v):
    return v in {3, 11, 19}, [x for x in {19, 11, 3} if x != v]
print(f(11), f(4))
