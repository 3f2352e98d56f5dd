from __future__ import annotations, division as dd
async def f():
    async with a as b, c as (d, e), f as [g]:
        pass
    async for x, y in z:
        await x
    else:
        pass
    [x async for x in y]
    {x: y async for x, y in z if x}
    (x async for x in y)
    yield
    yield x
    yield x, y
    z = await g
    del x, y
def gen():
    x = yield
    y = (yield)
    f((yield))
for i in range(10):
    if i: break
    elif i > 2:
        continue
    else: pass
else:
    pass
while True:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
try:
    pass
except (A, B) as e:
    raise
except C:
    raise X from None
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* A:
    pass
except* (B, C) as e:
    pass
with (a as b, c as d,):
    pass
with (a, b) as c, (d):
    pass
with (await_):
    pass
with a, b:
    pass
with (open(x) as f, open(y) as g):
    pass
global gg, hh
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
import a.b.c as d, e.f, g
from ....a import b
from ... import c
from .a.b import (c, d as e,)
from x import *
assert x
assert x, y
raise
x = [i for i in a if i for j in b if j if k]
x = {i for i in a}
x = {i: j for i, j in a}
x = (i for i in a)
f(i for i in a)
f((i for i in a), b)
x; y; z
if x: a; b
