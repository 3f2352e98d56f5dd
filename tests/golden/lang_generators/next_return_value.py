# next(gen) on a finished generator: StopIteration carries the return value.
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
print(next(it, "dflt"))
