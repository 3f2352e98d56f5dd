import os
from collections import deque
async def co():
    pass
class Point:
    x = 1
    y = x + 1
@staticmethod
def f():
    pass
class Child(Exception):
    def __init__(self):
        super(Child).__init__()
exec("x = 1")
print(1j, ...)
match 1:
    case 1:
        pass
