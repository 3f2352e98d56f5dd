# json.JSONEncoder / json.JSONDecoder, subclassing them, and cls= in
# dumps/dump/loads.
import json
from json.decoder import JSONDecodeError, JSONDecoder


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)


data = {"p": Point(1, 2), "s": {3, 1}, "l": [Point(0, -1.5)]}
print(json.dumps(data, cls=PointEncoder))
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode([Point(5, 5)]))
print(PointEncoder(separators=(",", ":")).encode({"a": Point(1, 1)}))
try:
    json.dumps([object()], cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)


class W:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


w = W()
json.dump(data, w, cls=PointEncoder)
print("".join(w.chunks))

# the plain encoder and its attributes
enc = json.JSONEncoder()
print(enc.encode({"a": [1, 2.5, None]}), enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
enc2 = json.JSONEncoder(indent=2)
print(repr(enc2.item_separator), repr(enc2.key_separator), enc2.encode([1, [2]]))
print(list(json.JSONEncoder().iterencode({"a": [1, {}]})))
print(list(json.JSONEncoder(indent=1).iterencode([1, "x"])))
print(json.JSONEncoder(ensure_ascii=False).encode("caf\u00e9"), json.JSONEncoder().encode("caf\u00e9"))
print(json.JSONEncoder(default=lambda o: "?").encode([set()]))
try:
    json.JSONEncoder().encode({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.JSONEncoder().default(3)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(enc, json.JSONEncoder), json.JSONEncoder.__name__)


# decoders
def point_hook(d):
    if "__point__" in d:
        return "Point(%d, %d)" % tuple(d["__point__"])
    return d


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        JSONDecoder.__init__(self, object_hook=point_hook, **kw)


text = json.dumps(data, cls=PointEncoder)
print(json.loads(text, cls=PointDecoder))
print(PointDecoder().decode('[{"__point__": [7, 8]}]'))
print(json.loads("[1.5, 2]", cls=JSONDecoder, parse_float=str, parse_int=lambda s: int(s) * 10))
dec = JSONDecoder()
print(dec.decode(' {"a": [true]} '))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1, 2]yy', 2))
print(dec.raw_decode('"caf\u00e9" 1'), dec.raw_decode("12345", 1))
for args in [("  1",), ("[1,", 0), ("abc", 5)]:
    try:
        dec.raw_decode(*args)
    except JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    dec.raw_decode("1", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    dec.decode("[1] x")
except JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(JSONDecoder(strict=False).decode('"a\tb"') == "a\tb")
try:
    JSONDecoder().decode('"a\tb"')
except JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.loads('"a\tb"', cls=JSONDecoder, strict=False) == "a\tb")
print(JSONDecoder(object_pairs_hook=list).decode('{"b": 1, "a": 2}'))
