# json.dumps of every scalar and container kind, with the default options
# (CPython's C encoder) and numbers whose repr is easy to get wrong.
import json

values = [
    None, True, False, 0, -1, 7, 2**47, -2**47 - 1, 2**100, -(3**80), 10**30,
    0.0, -0.0, 1.5, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-7, 5e-324,
    1.7976931348623157e308, 2.5e-5, 1 / 3, float("nan"), float("inf"), float("-inf"),
    "", "plain", 'quote " backslash \\ slash /', "\b\f\n\r\t", "\x00\x01\x1f\x7f",
    "caf\u00e9", "\u20ac", "\U0001F600 smile", "\ud800 lone", "tab\there",
    [], (), {}, [1, [2, [3, []]]], (1, (2, 3)), {"a": {"b": {"c": {}}}},
    [None, True, False, 1, 1.0, "1"], {"k": [1, {"x": (2, 3)}]},
]
for v in values:
    print(json.dumps(v))
print(json.dumps(values))

# keys: str, int, float, bool and None are converted; order is kept
print(json.dumps({"b": 1, "a": 2, 3: "int", 2.5: "float", -0.0: "negzero",
                  True: "T", False: "F", None: "N", 10**20: "big",
                  float("nan"): "nan", float("inf"): "inf"}))
print(json.dumps({1: "one", "1": "string one"}))
# a str at the top level is quoted directly
print(json.dumps("top"), json.dumps("\u00e9", ensure_ascii=False))
# the result is a str
s = json.dumps({"x": [1, 2]})
print(type(s).__name__, len(s), repr(s))
