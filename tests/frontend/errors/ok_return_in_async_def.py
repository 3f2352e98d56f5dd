async def f():
    return 1


async def g():
    yield 1
    return
