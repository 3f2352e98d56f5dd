# json.loads: CPython's value types, number forms, strings, escapes, order.
import json


def show(text):
    v = json.loads(text)
    print(repr(text), "->", repr(v), type(v).__name__)


for t in ["0", "-0", "7", "-12", "140737488355327", "140737488355328", "99999999999999",
          "-999999999999999", "123456789012345678901234567890", "-98765432109876543210",
          "1.0", "1e5", "1E5", "1e+5", "1e-5", "-0.0", "0.1", "2.5e-3", "1.7976931348623157e308",
          "1e400", "-1e400", "1e-400", "12.50", "3.141592653589793238462643383279",
          "true", "false", "null", "NaN", "Infinity", "-Infinity",
          '""', '"abc"', '"caf\u00e9"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"', '"\\ud83d"',
          '"\\ude00\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83dx"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
          '"\\u0000"', '"\U0001F600"', '"\\u00E9\\u00e9"',
          "[]", "{}", "[1, [2, [3]]]", ' \t\n\r [ 1 , 2 ] \n', '{"a": {"b": [null]}}']:
    show(t)

# duplicate keys: the last value wins, at the first key's place
d = json.loads('{"b": 1, "a": 2, "b": 3, "c": {"x": 1, "x": 2}}')
print(d, list(d))
# big nested document round trip
doc = {"users": [{"id": i, "name": "u%d" % i, "score": i * 1.5, "tags": ["t"] * (i % 3),
                  "active": i % 2 == 0, "extra": None} for i in range(5)],
       "meta": {"count": 5, "big": 2**70, "ratio": 0.1 + 0.2, "neg": -0.0}}
text = json.dumps(doc)
back = json.loads(text)
print(back == doc, json.dumps(back) == text)
print(json.loads(json.dumps(doc, indent=3)) == doc)
print(repr(json.loads(json.dumps("\ud800 \U0001F600 \x00 \u00e9"))))
print(json.loads(json.dumps("\ud800 \U0001F600", ensure_ascii=False)) == "\ud800 \U0001F600")
# tuples come back as lists, int keys as strings
print(json.loads(json.dumps({1: (1, 2), None: True})))

# bytes input: UTF-8 (with or without BOM), UTF-16 and UTF-32 are detected
print(json.loads(b'{"k": "caf\xc3\xa9"}'))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
for enc, raw in [
    ('utf-16', b'\xff\xfe{\x00"\x00\xe9\x00"\x00:\x00 \x00[\x00"\x00=\xd8\x00\xde"\x00,\x00 \x001\x00]\x00}\x00'),
    ('utf-16-le', b'{\x00"\x00\xe9\x00"\x00:\x00 \x00[\x00"\x00=\xd8\x00\xde"\x00,\x00 \x001\x00]\x00}\x00'),
    ('utf-16-be', b'\x00{\x00"\x00\xe9\x00"\x00:\x00 \x00[\x00"\xd8=\xde\x00\x00"\x00,\x00 \x001\x00]\x00}'),
    ('utf-32', b'\xff\xfe\x00\x00{\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x00"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00'),
    ('utf-32-le', b'{\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x00"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00'),
    ('utf-32-be', b'\x00\x00\x00{\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x00[\x00\x00\x00"\x00\x01\xf6\x00\x00\x00\x00"\x00\x00\x00,\x00\x00\x00 \x00\x00\x001\x00\x00\x00]\x00\x00\x00}'),
]:
    print(enc, json.loads(raw))
print(json.loads(b"7"), json.loads(b"[]"), json.loads(b"1\x00"[:1]), json.loads(b"\x00\x00\x00\x35"))

# strict=False allows control characters inside strings
print(repr(json.loads('"a\tb\nc\x00"', strict=False)))
print(repr(json.loads('{"k\x01": "v\x1f"}', strict=False)))
