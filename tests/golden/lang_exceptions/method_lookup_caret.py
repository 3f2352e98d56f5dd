# A failed method lookup underlines only `obj.m` (LOAD_METHOD's location),
# and the arguments are not evaluated; an error inside the call underlines
# the whole call.
def f(sep, parts):
    x = sep.join(parts)
    return x


def g(sep, parts):
    return f"<{sep.join(parts)}>"


def h(obj):
    return obj.missing(print("evaluated"))


try:
    f(1, [])
except AttributeError as e:
    print("caught:", e)
try:
    h(object())
except AttributeError as e:
    print("caught:", e)
print(g("-", ["a", "b"]))
print(g(2, ["a", "b"]))
