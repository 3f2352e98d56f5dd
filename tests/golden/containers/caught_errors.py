def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)


show(lambda: {}[(1, "a")])
show(lambda: {}[""])
show(lambda: {1: 2}[[1]])
show(lambda: {1: 2}.pop(3))
show(lambda: set().remove(frozenset({1})))
show(lambda: [1][1])
show(lambda: [][-1])
show(lambda: ()[0])
show(lambda: "ab"[5])
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2, 3].index(1, 1))
show(lambda: (1,).index("x"))
show(lambda: "abc".index("z"))
show(lambda: {[]})
show(lambda: {{}: 1})
show(lambda: set([[1]]))
show(lambda: frozenset([{1}]))
show(lambda: hash({1: 2}))
show(lambda: hash(([1],)))
show(lambda: [] < ())
show(lambda: [1] < ["a"])
show(lambda: {1} < [1])
show(lambda: {} < {})
show(lambda: [3, None].sort())
show(lambda: sorted([1, "2"]))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: [].pop(0))
show(lambda: {}.popitem())
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: list(5))
show(lambda: tuple(None))
show(lambda: [1] * "a")
show(lambda: (1,) + [2])
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: {}.get())
show(lambda: [].sort(1))
show(lambda: {1, 2} + {3})
show(lambda: {"a": 1} + {"b": 2})
show(lambda: 1 in 5)
show(lambda: "a" in [1] + 1)
show(lambda: len(5))
show(lambda: next(iter([])))
show(lambda: [1, 2, 3][1:2:0])
show(lambda: list(range(3))[True:"x"])
show(lambda: [0] * (2 ** 62))


def mutate_dict():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]


def mutate_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)


def mutate_keys():
    d = {1: 1}
    for k in d.keys():
        d[k + 1] = 1


show(mutate_dict)
show(mutate_set)
show(mutate_keys)


def ok_mutation():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 0
    for k in list(d):
        del d[k]
    return d


print(ok_mutation())
