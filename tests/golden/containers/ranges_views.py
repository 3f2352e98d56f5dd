r = range(3, 30, 4)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], 7 in r, 8 in r, 7.0 in r)
print(r.index(11), r.count(11), list(r), range(0) == range(4, 1), range(10)[-3:])
for i in range(10, 0, -3):
    print(i, end=' ')
print()
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], len(grid), (1, 2) in grid, sorted(grid)[:4])
d = {'one': 1, 'two': 2, 'three': 3}
ks = d.keys()
print(ks, len(ks), 'two' in ks, ks & {'two', 'four'}, sorted(ks - {'one'}), ks | {'x'} == {'one', 'two', 'three', 'x'})
d['four'] = 4
print(ks, d.values(), ('four', 4) in d.items())
a, (b, c), *rest = [1, (2, 3), 4, 5]
print(a, b, c, rest)
x, y = y, x = 1, 2
print(x, y)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 7
print(m, m[1], m[-1][-1])
t = tuple(range(5))
print(t, t[1:3], t[::2], t + (9,), t * 2, t.index(3), t.count(0), tuple('ab'))
nested = [1, [2, [3, [4]]], (5, (6,))]
print(nested, nested[1][1][1], len(nested))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], (1, 'a') < (1, 'b'), [[1], [0]] > [[1], []])
print(list(zip([1, 2], 'ab')) if False else None, list(enumerate('xy')) if False else [(0, 'x'), (1, 'y')])
s = set()
for w in 'abracadabra':
    s.add(ord(w))
print(s, sorted(s), len(s), max(s) if s else None)
