# json.dump writes the pure-Python encoder's chunks, one fp.write() each;
# on an error the chunks written before it stay written. json.load reads
# fp.read().
import json


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)


data = {"a": [1, [2, {}], [], "s", 2.5, None], "b": {"c": None, "d": [True, {"e": []}]}, "f": ()}
for kw in [{}, {"indent": 1}, {"separators": (",", "")}, {"indent": "\t", "sort_keys": True},
           {"ensure_ascii": False}]:
    w = Writer()
    print(json.dump(data, w, **kw))
    print(w.chunks)
    print("".join(w.chunks) == json.dumps(data, **kw))

w = Writer()
json.dump("just a string", w)
json.dump(12, w)
json.dump([], w)
json.dump({}, w, indent=2)
print(w.chunks)

# partial output before an error
for obj, kw in [({"a": [1, {2, 3}]}, {}), ({"a": 1, (1,): 2}, {}),
                ([1, 2, float("nan")], {"allow_nan": False}), ({"z": 1, 2: 3}, {"sort_keys": True}),
                ([1, [2, {"k": object()}]], {"indent": 2})]:
    w = Writer()
    try:
        json.dump(obj, w, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print(w.chunks)

# default hook results are streamed too
w = Writer()
json.dump([{1, 2}, "x"], w, default=sorted)
print(w.chunks)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Reader('{"k": [1, 2.0, "v"]}')))
print(json.load(Reader(b'[true]')))
print(json.load(Reader('{"a": 1}'), object_pairs_hook=list))
try:
    json.load(Reader("[1,"))
except json.JSONDecodeError as e:
    print(e)

# straight to sys.stdout
import sys

json.dump({"out": [1, "two"]}, sys.stdout, indent=1, separators=(",", " = "))
print()
json.dump([], sys.stdout)
print(" <- empty list")
