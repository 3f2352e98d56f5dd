# py2c-test: reference-cycles
# A hand-written JSON-like pretty printer and parser.
class ParseError(Exception):
    pass


def dump(value, indent=0, step=2):
    pad = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{dump(str(k))}: {dump(v, indent + step, step)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value):
            return "[" + ", ".join(dump(x) for x in value) + "]"
        return "[\n" + ",\n".join(pad + dump(x, indent + step, step) for x in value) + "\n" + " " * indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def parse(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        ws()
        if pos >= len(text):
            raise ParseError("unexpected end")
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                obj[k] = value()
                ws()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return obj
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}, got {text[pos]!r}")
        if ch == "[":
            pos += 1
            arr = []
            ws()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                c = text[pos]
                pos += 1
                if c == "]":
                    return arr
                if c != ",":
                    raise ParseError(f"expected ',' or ']' at {pos - 1}")
        if ch == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end]
            pos = end + 1
            return s.replace("\\n", "\n")
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "-+.eE0123456789":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)

    result = value()
    ws()
    if pos != len(text):
        raise ParseError(f"extra data at {pos}")
    return result


doc = {
    "name": "py2c",
    "version": [0, 3, 1],
    "tags": ("compiler", "python", "c11"),
    "stats": {"files": 42, "ratio": 0.75, "big": 2 ** 70, "neg": -1.5e-9},
    "flags": [True, False, None],
    "nested": [{"a": []}, {"b": {}}, [[1, 2], ["x", "y\nz"]]],
    "unicode": "héllo ☃",
}
text = dump(doc)
print(text)
back = parse(text)
print(back == {**doc, "tags": list(doc["tags"]), "unicode": "h\\u00e9llo \\u2603"})
print(repr(back["nested"]), back["stats"])
print(doc)
print(repr(doc["nested"]), str(doc["tags"]), [None, (1,), (), [{}], {"k": (2, [3])}])
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d, repr([loop, d]))
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "@", '{"x": [1, 2}', "1 2"]:
    try:
        print(parse(bad))
    except ParseError as e:
        print(f"{bad!r:15} -> ParseError: {e}")
    except IndexError as e:
        print(f"{bad!r:15} -> IndexError: {e}")
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
