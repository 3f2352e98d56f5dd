# copy.copy and copy.deepcopy of built-in values: identity, sharing, recursion.
import copy

atoms = [None, True, 7, 2 ** 80, 1.5, 'text', b'bytes', (1, 2), frozenset({1}), range(3), len, int]
print(all(copy.copy(a) is a for a in atoms), all(copy.deepcopy(a) is a for a in atoms[:8]))
l = [1, [2, 3], {'k': [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]['k'] is l[2]['k'])
l[1].append(99)
print(s, d)
dct = {'a': [1], 'b': (2, [3])}
sd, dd = copy.copy(dct), copy.deepcopy(dct)
print(sd['a'] is dct['a'], dd['a'] is dct['a'], dd['b'] is dct['b'], dd['b'][1] is dct['b'][1], dd)
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st, copy.deepcopy(st) is st)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1],)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl, copy.deepcopy(tl)[0] is tl[0])

shared = [0]
outer = [shared, shared, {'x': shared}]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]['x'], c[0] is shared)

rec = [1, 2]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[2] is rc, rc[2] is rec, rc[:2], repr(rc))
rd = {'name': 'd'}
rd['self'] = rd
rdc = copy.deepcopy(rd)
print(rdc['self'] is rdc, rdc is not rd, repr(rdc))
lst = []
tup = (lst,)
lst.append(tup)
tc = copy.deepcopy(tup)
print(tc[0][0] is tc, tc is not tup, tc[0] is not lst)
# break the cycles made above (py2c has no cycle collector yet)
rec.pop(); rc.pop(); del rd['self']; del rdc['self']; lst.clear(); tc[0].clear()

memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], len(memo), memo[id(a)] is b[0])
m2 = {id(a): 'preset'}
print(copy.deepcopy([a], m2))
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))

def bad(f):
    try:
        f()
    except (TypeError, copy.Error) as e:
        print(type(e).__name__ + ':', e)

bad(lambda: copy.copy())
bad(lambda: copy.copy(1, 2))
bad(lambda: copy.deepcopy())
