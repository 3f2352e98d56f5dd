#!/usr/bin/env python3
"""Prints CPython's ast.parse(FILE) as JSON in the schema of `py2c --emit=ast`
(docs/ast-json.md). This is the oracle the frontend is tested against.

Differences from py2c's output that the schema allows: nodes CPython keeps no
positions for (Module, comprehension, arguments, withitem, match_case) have no
position keys here; ast_compare.py compares positions only where CPython has them.

usage: ast_oracle.py FILE.py
"""
import ast
import json
import math
import re
import sys

_SURROGATE = re.compile("[\ud800-\udfff]")
POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
SKIPPED_FIELDS = {"type_comment"}


def format_double(d):
    """The shortest %.Ng (N = 1..17) that reads back as exactly d, as py2c writes it."""
    if math.isnan(d):
        return "nan"
    if math.isinf(d):
        return "inf" if d > 0 else "-inf"
    for prec in range(1, 18):
        s = "%.*g" % (prec, d)
        if float(s) == d:
            return s
    raise AssertionError("no round-trip form for %r" % d)


def constant_value(v):
    """(JSON value, value_type) of a Constant's value."""
    if v is None:
        return None, "None"
    if v is Ellipsis:
        return None, "Ellipsis"
    if isinstance(v, bool):
        return v, "bool"
    if isinstance(v, int):
        return str(v), "int"
    if isinstance(v, float):
        return format_double(v), "float"
    if isinstance(v, complex):
        assert v.real == 0.0, v
        return format_double(v.imag), "complex"
    if isinstance(v, str):
        if _SURROGATE.search(v):
            # JSON strings cannot keep surrogates apart from characters.
            return [ord(ch) for ch in v], "str"
        return v, "str"
    if isinstance(v, bytes):
        return v.hex(), "bytes"
    raise AssertionError("unexpected constant %r" % (v,))


def to_json(node):
    if node is None:
        return None
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if isinstance(node, str):
        return node
    if isinstance(node, int):  # conversion, level, simple, is_async
        return int(node)
    assert isinstance(node, ast.AST), node
    if isinstance(node, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.expr_context)):
        return type(node).__name__
    out = {"_type": type(node).__name__}
    for f in node._fields:
        if f in SKIPPED_FIELDS:
            continue
        v = getattr(node, f, None)
        if isinstance(node, ast.Constant) and f == "value":
            out["value"], vtype = constant_value(v)
            continue
        if isinstance(node, ast.MatchSingleton) and f == "value":
            out["value"] = v
            continue
        out[f] = to_json(v)
    if isinstance(node, ast.Constant):
        out["value_type"] = vtype
    for a in POSITIONS:
        if a in node._attributes:
            out[a] = getattr(node, a)
    return out


def dumps(tree):
    return json.dumps(to_json(tree), ensure_ascii=False, indent="\t")


def parse_file(path):
    with open(path, "rb") as f:
        source = f.read()
    return ast.parse(source, filename=path)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: ast_oracle.py FILE.py\n")
        return 2
    sys.setrecursionlimit(100000)
    sys.stdout.write(dumps(parse_file(sys.argv[1])) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
