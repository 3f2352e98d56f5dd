# Deeply nested data: the runtime's own recursion (repr, str, json, deepcopy)
# raises RecursionError like CPython instead of overflowing the C stack, and
# releasing the structures does not overflow it either.
import copy
import json

deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("repr:", e)
t = ()
for _ in range(100000):
    t = (t,)
try:
    str(t)
except RecursionError as e:
    print("str:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("json:", e)
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print("deepcopy:", type(e).__name__)
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("json.loads:", e)
del deep, t, d
print("done")
