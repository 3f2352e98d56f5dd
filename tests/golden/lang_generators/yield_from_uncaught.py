# A traceback through `yield from`.
def innermost(n):
    yield n
    raise ValueError(f"failed at {n}")

def middle(n):
    result = yield from innermost(n)
    return result

def outer():
    yield from middle(1)

for value in outer():
    print("value", value)
