# CPython's TypeErrors for bad calls.
def f(a, b=1, *, c):
    return a, b, c
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, c=2, d=3),
    lambda: f(1, a=2, c=3),
    lambda: f(**{"a": 1}, **{"a": 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def g(x, /):
    return x
try:
    g(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
