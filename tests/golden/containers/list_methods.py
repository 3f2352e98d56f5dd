l = [5, 3, 8]
l.append(1)
l.extend([7, 7])
l.extend(range(2))
l.extend("ab")
l.extend((9,))
print(l, len(l))
l.insert(0, -1)
l.insert(100, 'end')
l.insert(-2, 'mid')
l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-3), l)
l.remove(7)
print(l, l.count(7), l.count('zz'), l.index(7), l.index(3, 1), l.index(0, 2, 9))
l = [x for x in l if isinstance(x, int)]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l)
words = ["banana", "Apple", "cherry", "apple", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
m = [1, 2] * 3
print(m, 2 * [0], [] * 5, [[]] * 2, m * -1)
m += [3]
m *= 2
print(m, len(m))
a = [1, 2]
b = a
a += [3]
print(b, a is b)
a = a + [4]
print(b, a, a is b)
print([1, 2] + [3], list.__name__)
n = [0] * 3
n[0] = 1
n[-1] = 9
print(n, n[-2], max(n), min(n), sum(n))
del n[1]
print(n)
e = []
print(e.append(1), e.extend([]), e.insert(0, 0), e.sort(), e.reverse(), e)
print([3, 1, 2].sort(), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort()
print(nested, [1, [2, [3, [4]]]])
f = [0.5, -1, 2, True, False]
f.sort()
print(f)
st = [(2, 'x'), (1, 'y'), (2, 'a'), (1, 'b')]
st.sort(key=lambda t: t[0])
print(st)
print(list(enumerate(['a', 'b'], 1)), list(zip([1, 2, 3], "ab")))
