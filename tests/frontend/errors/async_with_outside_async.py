async def g():
    pass


def f():
    async with g():
        pass
