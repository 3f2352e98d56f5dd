# py2c-test: reference-cycles
# JSONEncoder/JSONDecoder subclasses written with super() (whose __class__
# cell, like a bound method stored on self, makes a reference cycle).
import json


class SetEncoder(json.JSONEncoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.calls = 0

    def default(self, o):
        self.calls += 1
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

    def encode(self, o):
        return "<" + super().encode(o) + ">"


enc = SetEncoder(sort_keys=True)
print(enc.encode({"b": {2, 1}, "a": [frozenset({"x"})]}), enc.calls)
print(json.dumps({"s": {3}}, cls=SetEncoder))
try:
    json.dumps([object()], cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)


class TaggedDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.tag, **kw)

    def tag(self, d):
        return ("tagged", sorted(d))

    def decode(self, s):
        return ["decoded", super().decode(s)]


print(json.loads('{"b": 1, "a": {"c": 2}}', cls=TaggedDecoder))
print(TaggedDecoder(parse_int=str).decode("[1, {}]"))
