def first(items):
    it = iter(items)
    return next(it)


print(first([10, 20]))
print(first(x for x in "abc" if x > "z"))
