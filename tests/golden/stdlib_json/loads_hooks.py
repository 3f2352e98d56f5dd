# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int,
# parse_constant.
import json

doc = '{"a": 1, "b": [1.5, {"c": 2}], "a": 3, "n": NaN, "i": -Infinity, "x": 1e2}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=tuple, object_hook=dict))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: "I" + s))
print(json.loads(doc, parse_constant=lambda s: "C" + s))
print(json.loads(doc, parse_int=float, parse_float=str))
print(json.loads("[1, 2.0]", parse_int=int, parse_float=float))
print(json.loads("[1, 2.0]", parse_int=None, parse_float=None, object_hook=None))


class Obj:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        return "Obj(%r)" % (self.d,)


print(json.loads('[{"k": {"in": 1}}, {}]', object_hook=Obj))
calls = []


def pairs(p):
    calls.append(len(p))
    return dict(p)


print(json.loads('{"a": {"b": {"c": {}}}, "d": [{}, {"e": 1}]}', object_pairs_hook=pairs), calls)


def bad_hook(d):
    raise KeyError("from hook")


try:
    json.loads('{"a": 1}', object_hook=bad_hook)
except KeyError as e:
    print("KeyError", e)
try:
    json.loads("[1.5]", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
