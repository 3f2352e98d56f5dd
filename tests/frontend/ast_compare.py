#!/usr/bin/env python3
"""Compares `py2c --emit=ast` with CPython's ast.parse (via ast_oracle.py) on
.py files, and on every .py file under given directories.

For each file it prints "ok FILE" or "FAIL FILE: PATH: ..." with the first
differing path, and ends with "frontend-ast: N passed, N failed" (exit 1 when
anything failed). Floats are compared as doubles; position keys only where
CPython's node has them.

--require-kinds AST_H: also checks that every node kind of the AST_KINDS list
and every operator of AST_OPS in AST_H, and every ctx, occurs in CPython's tree
of at least one of the files (counted as one more test), so a kind without a
test case fails the suite.

usage: ast_compare.py [--py2c BIN] [--require-kinds src/ir/ast.h] [-v] PATH...
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_oracle  # noqa: E402

POSITIONS = set(ast_oracle.POSITIONS)
TIMEOUT = 20


class Mismatch(Exception):
    pass


def show(v, limit=120):
    s = json.dumps(v, ensure_ascii=True)
    return s if len(s) <= limit else s[:limit] + "..."


def same_double(a, b):
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    if math.isnan(x) and math.isnan(y):
        return True
    return x == y


def compare(mine, cp, path):
    """Raises Mismatch at the first difference (mine: py2c, cp: CPython)."""
    if isinstance(cp, dict):
        if not isinstance(mine, dict):
            raise Mismatch("%s: py2c has %s, CPython has a %s node" % (path or "<root>", show(mine), cp.get("_type")))
        if mine.get("_type") != cp.get("_type"):
            raise Mismatch("%s: py2c has a %s node, CPython a %s node" % (path or "<root>", mine.get("_type"), cp.get("_type")))
        here = path or cp["_type"]
        for k, v in cp.items():
            if k not in mine:
                raise Mismatch("%s: py2c has no field %r" % (here, k))
        for k in mine:
            if k not in cp and k not in POSITIONS:
                raise Mismatch("%s: py2c has an extra field %r" % (here, k))
        float_value = cp["_type"] == "Constant" and cp.get("value_type") in ("float", "complex")
        # Fields first, then positions: a wrong subtree explains wrong positions.
        for k, v in cp.items():
            if k in POSITIONS or k == "_type":
                continue
            sub = "%s.%s" % (path, k) if path else k
            if k == "value" and float_value and mine.get("value_type") == cp.get("value_type"):
                if not same_double(mine[k], v):
                    raise Mismatch("%s: py2c %s != CPython %s" % (sub, show(mine[k]), show(v)))
                continue
            compare(mine[k], v, sub)
        for k in ast_oracle.POSITIONS:
            if k in cp and mine.get(k) != cp[k]:
                raise Mismatch("%s (%s): py2c %s=%s != CPython %s; py2c span %s, CPython span %s" % (
                    here, cp["_type"], k, show(mine.get(k)), cp[k], span(mine), span(cp)))
        return
    if isinstance(cp, list):
        if not isinstance(mine, list):
            raise Mismatch("%s: py2c %s is not a list" % (path, show(mine)))
        for i, (a, b) in enumerate(zip(mine, cp)):
            compare(a, b, "%s[%d]" % (path, i))
        if len(mine) != len(cp):
            raise Mismatch("%s: py2c has %d items, CPython %d" % (path, len(mine), len(cp)))
        return
    if type(mine) is not type(cp) or mine != cp:
        raise Mismatch("%s: py2c %s != CPython %s" % (path, show(mine), show(cp)))


def span(n):
    return "%s:%s-%s:%s" % tuple(n.get(k) for k in ast_oracle.POSITIONS)


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
        else:
            files.append(p)
    return files


def walk_names(node, kinds, ops, ctxs):
    if isinstance(node, dict):
        kinds.add(node["_type"])
        for k, v in node.items():
            if k in ("op",) and isinstance(v, str):
                ops.add(v)
            elif k == "ops" and isinstance(v, list):
                ops.update(v)
            elif k == "ctx":
                ctxs.add(v)
            else:
                walk_names(v, kinds, ops, ctxs)
    elif isinstance(node, list):
        for x in node:
            walk_names(x, kinds, ops, ctxs)


def required_names(ast_h):
    with open(ast_h) as f:
        text = f.read()
    kinds = re.findall(r'X\(\w+,\s*"(\w+)",\s*AST_CAT_\w+\)', text)
    ops_block = text[text.index("#define AST_OPS"):]
    ops_block = ops_block[:ops_block.index("typedef")]
    ops = re.findall(r'X\(\w+,\s*"(\w+)"\)', ops_block)
    if not kinds or not ops:
        raise SystemExit("ast_compare: no AST_KINDS / AST_OPS found in %s" % ast_h)
    return set(kinds), set(ops), {"Load", "Store", "Del"}


def run_py2c(py2c, path):
    try:
        r = subprocess.run([py2c, "--emit=ast", path, "-o", "-"], capture_output=True, timeout=TIMEOUT)
    except OSError as e:
        raise Mismatch("cannot run %s: %s" % (py2c, e))
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Mismatch("py2c exited with %d: %s" % (r.returncode, err[0] if err else "(no message)"))
    try:
        return json.loads(r.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise Mismatch("py2c printed invalid JSON: %s" % e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--py2c", default="bin/py2c")
    ap.add_argument("--require-kinds", metavar="AST_H")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print passing files")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    sys.setrecursionlimit(100000)

    passed = failed = 0
    seen = (set(), set(), set())
    for path in collect(args.paths):
        try:
            cp = ast_oracle.to_json(ast_oracle.parse_file(path))
        except SyntaxError as e:
            print("FAIL %s: CPython rejects the file: %s" % (path, e))
            failed += 1
            continue
        walk_names(cp, *seen)
        try:
            compare(run_py2c(args.py2c, path), cp, "")
        except Mismatch as e:
            print("FAIL %s: %s" % (path, e))
            failed += 1
            continue
        except subprocess.TimeoutExpired:
            print("FAIL %s: py2c timed out after %ds" % (path, TIMEOUT))
            failed += 1
            continue
        passed += 1
        if args.verbose:
            print("ok %s" % path)

    if args.require_kinds:
        want = required_names(args.require_kinds)
        missing = []
        for what, w, s in zip(("node kinds", "operators", "contexts"), want, seen):
            if w - s:
                missing.append("%s %s" % (what, ", ".join(sorted(w - s))))
        if missing:
            print("FAIL coverage: no test case has " + "; ".join(missing))
            failed += 1
        else:
            passed += 1
            if args.verbose:
                print("ok coverage: every node kind, operator and ctx occurs in a test case")

    print("frontend-ast: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
