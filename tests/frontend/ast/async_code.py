async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
    return [i async for i in aiter() if await i]

async def g(x, *, y=1) -> int:
    r = await asyncio.sleep(1)
    return {k: v async for k, v in z}

@dec
async def h():
    async with a:
        await b

def gen():
    yield
    yield 1
    x = yield 2
    yield from other()
    y = yield from z
    await_ = (yield)
