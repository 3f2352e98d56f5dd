async def f(y):
    a = [await x for x in y]
    b = [x async for x in y]
    c = [[x async for x in z] for z in y]
    return a, b, c
