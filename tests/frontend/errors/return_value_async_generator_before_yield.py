async def f():
    if x:
        return None
    yield 1
