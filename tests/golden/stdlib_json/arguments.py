# How the json functions bind their arguments (they are Python functions in
# CPython: keyword-only options, **kw handed to the encoder/decoder class).
import json

print(json.dumps(obj=[1]), json.loads(s="[2]"))
print(json.loads("[1]", strict=True), json.loads('"\t"', strict=False) == "\t")
print(json.dumps({"b": 1, "a": 2}, sort_keys=1, indent=""))
calls = [
    lambda: json.dumps(),
    lambda: json.dumps(1, 2),
    lambda: json.dumps(1, indnet=2),
    lambda: json.dumps(1, obj=2),
    lambda: json.dump([1]),
    lambda: json.loads(),
    lambda: json.loads("1", "2"),
    lambda: json.loads("1", bogus=True),
    lambda: json.load(),
    lambda: json.JSONEncoder(1),
    lambda: json.JSONEncoder(sort=True),
    lambda: json.JSONDecoder(strict=True, nope=1),
    lambda: json.JSONEncoder().encode(),
    lambda: json.JSONDecoder().decode(b"[]"),
    lambda: json.JSONDecoder().decode(5),
    lambda: json.JSONDecoder().raw_decode(b"[]"),
    lambda: json.JSONDecodeError("only msg"),
]
for c in calls:
    try:
        print("no error:", c())
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps.__name__, json.loads.__name__, json.JSONEncoder.__name__, json.JSONDecoder.__name__)
print(json.JSONEncoder.__module__, json.JSONDecoder.__module__, json.dumps.__module__)
print(sorted(json.__all__), json.__version__)
