# Every json.dumps option that changes the text.
import json

data = {"name": "caf\u00e9 \U0001F600", "list": [1, 2.5, None, [], {}, [True]],
        "nested": {"z": 1, "a": [{"q": False}]}, "tuple": (1, "two"), "empty": ""}

print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=[" , ", " : "]))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--", separators=(";", "=")))
print(json.dumps(data, indent=True))
print(json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps([{}], indent=1))
print(json.dumps("indent ignored for str", indent=2.5))

# skipkeys drops keys of other types (also the first one: no stray comma)
print(json.dumps({(1, 2): "tuple", "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
print(json.dumps({(1, 2): "tuple", "a": 1}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): "only"}, skipkeys=True), json.dumps({(1, 2): "only"}, skipkeys=True, indent=2))

# sort_keys with numbers sorts before conversion
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))

# allow_nan=True (default) writes the JavaScript names
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps([float("nan"), float("inf"), -float("inf")], indent=1))

# check_circular=False still encodes shared (non-circular) objects
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}], check_circular=False))
print(json.dumps([shared, shared]))


# default= for unknown objects; its result is encoded in turn
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, Pair):
        return [o.a, o.b]
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}, frozenset({"b", "a"}), Pair(1.5, "x")], default=enc))
print(json.dumps({"p": Point(Point(0, 0), [Point(1, 1)])}, default=enc, indent=2))
print(json.dumps(Point(5, 6), default=enc, sort_keys=True))
print(json.dumps({"s": {1}}, default=lambda o: "set!"))
try:
    json.dumps([object()], default=enc)
except TypeError as e:
    print("TypeError:", e)
