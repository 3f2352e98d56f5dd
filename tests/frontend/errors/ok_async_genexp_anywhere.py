def f(y):
    return (await x for x in y)


g = (x async for x in y)
