xs = [3, 1, 2]
xs.append(10)
xs.extend((7, 8))
xs.insert(0, -1)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
print(xs[1:3], xs[::-1], xs[::2])
xs[1:3] = [100, 200, 300]
print(xs)
del xs[::2]
print(xs)
ys = [1, 2] * 3 + [9]
print(ys, ys.count(2), ys.index(9))
print([1, 2] < [1, 3], (1, 2) == (1, 2), 3 in ys)
t = (1, 'a', 2.5)
print(t, t[1], t[-1], t[:2], (5,), ())
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
r = [x * x for x in range(5)]
print(r)
r.reverse()
print(r, sorted(r))
print(list(range(10, 0, -3)), range(5), range(1, 10, 2)[1:3])
print(hash((1, 2)), hash(()))
