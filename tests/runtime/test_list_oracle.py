#!/usr/bin/env python3
"""Checks the expected texts of every PY("source", expr, "expected") in the
container unit tests against CPython: the source is run with python3 and
the repr of its last expression (or "Type: message" of its exception) must
equal the expected text. Usage: python3 tests/runtime/test_list_oracle.py
[files...]; exits 1 on a mismatch."""
import glob
import os
import re
import sys

PY_RE = re.compile(r'PY\(\s*"((?:[^"\\]|\\.)*)"\s*,.*?,\s*"((?:[^"\\]|\\.)*)"\s*\);', re.S)


def c_unescape(s):
    return s.encode().decode("unicode_escape")


def run(src):
    lines = src.split(";")
    env = {}
    try:
        for stmt in lines[:-1]:
            exec(stmt.strip(), env)
        last = lines[-1].strip()
        try:
            code = compile(last, "<test>", "eval")
        except SyntaxError:
            exec(last, env)  # a statement: its outcome is None
            return "None"
        return repr(eval(code, env))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "test_[ldst]*.c")))
    bad = total = 0
    for f in files:
        text = open(f).read()
        for m in PY_RE.finditer(text):
            src, want = c_unescape(m.group(1)), c_unescape(m.group(2))
            got = run(src)
            total += 1
            if got != want:
                bad += 1
                line = text[:m.start()].count("\n") + 1
                print("%s:%d: %s\n  python3: %s\n  test:    %s" % (os.path.basename(f), line, src, got, want))
    print("oracle: %d checked, %d wrong" % (total, bad))
    return 1 if bad else 0


sys.exit(main())
