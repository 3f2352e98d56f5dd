# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def gen(items):
    it = iter(items)
    while True:
        yield next(it)

print(list(gen([1, 2])))
