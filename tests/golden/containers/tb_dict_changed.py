def prune(d):
    for k in d:
        if d[k] < 0:
            del d[k]
    return d


print(prune({1: 1, 2: 2}))
print(prune({"a": 1, "b": -1, "c": 3}))
