def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: [1, 2][5])
attempt(lambda: [].pop())
attempt(lambda: [1].remove(7))
attempt(lambda: {}['missing'])
attempt(lambda: {}.popitem())
attempt(lambda: set().pop())
attempt(lambda: {1}.remove((1, 2)))
attempt(lambda: (1, 2).index(5))
attempt(lambda: [1, 'a'].sort())
attempt(lambda: hash([1]))
attempt(lambda: {[1]: 2})
attempt(lambda: range(5)[10])
attempt(lambda: range(1, 2, 0))
attempt(lambda: [1, 2] + (3,))


def unpack2(x):
    a, b = x
    return a, b


attempt(lambda: unpack2([1, 2, 3]))
attempt(lambda: unpack2([1]))
attempt(lambda: unpack2(5))


def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 0


attempt(grow)


def ext():
    l = [1, 2, 3]
    l[::2] = [0]


attempt(ext)
try:
    {'a': 1}['b']
except KeyError as e:
    print(repr(e), e.args)
counts = {'x': 1}
print(counts['y'])
