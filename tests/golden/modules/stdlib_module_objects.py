import math, sys, json
import os.path
from collections import deque

print(sys.__name__, math.__name__, json.__name__, type(math).__name__)
print("sqrt" in vars(math), "pi" in math.__dict__, "modules" in vars(sys))
print(sys.modules["math"] is math, "os" in sys.modules, "os.path" in sys.modules)
print(os.path is sys.modules["os"].path, deque.__name__, deque.__module__)
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
math.answer = 42
print(math.answer, vars(math)["answer"])
del math.answer
print(hasattr(math, "answer"))
