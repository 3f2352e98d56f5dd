# json errors: JSONDecodeError messages, positions and attributes; encoder
# errors (TypeError, ValueError) for both of CPython's encoders.
import json


def bad(text, **kw):
    try:
        v = json.loads(text, **kw)
        print("no error:", repr(v))
    except json.JSONDecodeError as e:
        print(repr(text)[:40], "|", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == text, e.args)


for t in ["", " ", "   \n  ", "[", "{", "[1", "[1,", "[1,]", "[,1]", "[1 2]", "[1}", "{]",
          '{"a"}', '{"a" 1}', '{"a":}', '{"a":1,}', '{"a":1 "b":2}', "{'a': 1}", '{1: 2}',
          '"abc', '"abc\\', '"\\', '"\\q"', '"\\u12"', '"\\u12g4"', '"\\uzzzz"', '"\\ud800\\u12"',
          '"\\ud800\\uzzzz"', '"a\x01"', '"a\nb"', '"tab\there"', "nul", "tru", "fals", "NAN", "nan",
          "Infinit", "-Infinit", "-", "-a", "+1", "01", "00", "1.", "1.e5", ".5", "1e", "1e+",
          "1ee5", "0x10", "1 2", "[] []", "{} x", "truex", "null null", "\ufeff[]", "[1]\x00",
          '["caf\u00e9", "\U0001F600", x]', '{"\u00e9\u00e9": 1,\n "b": \n  ?}',
          "[\n  1,\n  2\n  3\n]", "\n\n   x", '"multi\nline"']:
    bad(t)
bad('"a\x01"', strict=False)
bad(b'[1, 2')
bad(b'\xef\xbb\xbf{')

# JSONDecodeError is a ValueError; built directly it computes the same fields
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError), e.args)
print(e.msg, e.doc == "ab\ncd\nef", e.pos, e.lineno, e.colno, str(e))
print(repr(json.JSONDecodeError("m", "", 0)))
print(json.JSONDecodeError.__name__)
try:
    json.loads("[1,")
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

# bad input types
for v in [None, 1, [1]]:
    try:
        json.loads(v)
    except TypeError as e:
        print("TypeError:", e)

# huge ints obey the int/str digit limit, like int()
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(json.loads("9" * 4300))))

# absurd nesting
for t in ["[" * 100000, '{"a":' * 100000, "[" * 500 + "]" * 500]:
    try:
        print(len(json.dumps(json.loads(t))))
    except RecursionError as e:
        print("RecursionError:", e)


# encoder errors
class Thing:
    pass


cases = [
    ({(1, 2): 1}, {}),
    ({frozenset(): 1}, {"indent": 2}),
    ({Thing(): 1}, {}),
    ({1, 2}, {}),
    ([1, b"bytes"], {}),
    ({"t": Thing()}, {"indent": 1}),
    (Ellipsis, {}),
    (float("nan"), {"allow_nan": False}),
    ([float("inf")], {"allow_nan": False}),
    ({"k": -float("inf")}, {"allow_nan": False, "indent": 2}),
    ({float("nan"): 1}, {"allow_nan": False}),
    ({float("nan"): 1}, {"allow_nan": False, "indent": 2}),
    ({1: 1, "a": 2}, {"sort_keys": True}),
    ([1], {"indent": 2.5}),
    ([1], {"separators": (",",)}),
    ([1], {"separators": (",", ":", "!")}),
    ([1], {"separators": 5}),
]
for obj, kw in cases:
    try:
        print("no error:", json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

a = []
a.append(a)
d = {}
d["self"] = d
for obj in [a, d, [1, {"x": a}]]:
    for kw in [{}, {"indent": 2}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for i in range(3000):  # beyond the recursion limit (deeper lists overflow the C stack when freed)
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)


# default returning the object itself is a circular reference
def same(o):
    return o


try:
    json.dumps({1, 2}, default=same)
except ValueError as e:
    print("ValueError:", e)
a.clear()
d.clear()

# the exception chain is CPython's: "Expecting value" replaces a StopIteration
# (`from None`), the other errors come straight from the scanner
for text in ["[", '"\\x"']:
    try:
        try:
            raise KeyError("being handled")
        except KeyError:
            json.loads(text)
    except ValueError as e:
        ctx = e.__context__
        print(repr(e), type(ctx).__name__, ctx.args, e.__suppress_context__, e.__cause__,
              type(ctx.__context__).__name__)
print(json.JSONDecodeError.__module__)
