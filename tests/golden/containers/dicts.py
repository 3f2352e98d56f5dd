# py2c-test: reference-cycles (leaks by design until a cycle collector exists)
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), 'a' in d, 'z' in d)
print(d.get('b'), d.get('z'), d.get('z', 0))
print(d.setdefault('e', []), d)
print(d.pop('e'), d.pop('zz', None))
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v)
d.update({'x': 1}, y=2)
d.update([('z', 0)])
print(d)
print(d.popitem(), d)
e = dict(a=1, b=2)
print(e == {'b': 2, 'a': 1}, e | {'c': 3}, dict.fromkeys if False else None)
e |= {'a': 5}
print(e, e.copy(), dict([(1, 2), (3, 4)]))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
sq = {n: n * n for n in range(6) if n % 2 == 0}
print(sq, sorted(sq.items(), key=lambda kv: -kv[1]))
nested = {'k': [1, {'x': (1, 2)}]}
print(nested, repr(nested))
d2 = {}
d2[1] = d2
print(d2)
e.clear()
print(e, {1: 1.0} == {1.0: 1})
