#!/usr/bin/env python3
"""Runs the syntax-error cases of tests/frontend/errors/.

Each case is NAME.py. With NAME.err beside it, py2c must exit 1 and print
exactly NAME.err on stderr (NO_COLOR=1); CPython 3.11 must reject the file too,
with a SyntaxError whose line, message and column match one of the errors in
NAME.err. Without NAME.err the file is valid Python: CPython must accept it and
py2c must exit 0 with nothing on stderr.

Markers in the case file (in a comment) relax the CPython comparison where
py2c's wording or column is knowingly different (see docs/syntax-errors.md):
  check: line        compare only the line with CPython's error
  check: line+msg    compare line and message, not the column

    errors_run.py PY2C CASE_DIR           run, print "frontend-errors: N passed, N failed"
    errors_run.py --update PY2C CASE_DIR  also fill in every empty NAME.err (the way to
                                          add a case) with py2c's stderr, but only when
                                          py2c's errors agree with CPython's.
"""
import os
import re
import subprocess
import sys

DIAG = re.compile(r"^(?P<path>[^\n]*?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*)$")


def run_py2c(py2c, path):
    env = dict(os.environ, NO_COLOR="1")
    p = subprocess.run([py2c, path, "--emit=ast", "-o", "/dev/null"], capture_output=True,
                       env=env, timeout=20)
    return p.returncode, p.stderr.decode("utf-8", "replace")


def cpython_error(path):
    """CPython's (line, col, msg) for the file, or None when it compiles."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        compile(data, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        return e.lineno, e.offset, e.msg
    except ValueError as e:  # e.g. source code string cannot contain null bytes
        return 0, 0, str(e)
    return None


def columns_for(path, line, col):
    """The 1-based columns CPython may use for py2c's display column `col`:
    code points (parser errors) or UTF-8 bytes (compiler errors)."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    if not 1 <= line <= len(lines):
        return {col}
    text = lines[line - 1].decode("utf-8", "replace")
    prefix = text[:col - 1]
    return {col, len(prefix.encode("utf-8")) + 1}


def check_case(py2c, case_dir, name, update):
    path = os.path.join(case_dir, name + ".py")
    err_path = os.path.join(case_dir, name + ".err")
    with open(path, "rb") as f:
        source = f.read().decode("utf-8", "replace")
    mode = "full"
    m = re.search(r"check: (line\+msg|line|msg)\b", source)
    if m:
        mode = m.group(1)
    status, stderr = run_py2c(py2c, path)
    cp = cpython_error(path)
    if not os.path.exists(err_path):
        if cp is not None:
            return "CPython rejects it (%s) but there is no %s.err" % (cp, name)
        if status != 0 or stderr:
            return "py2c rejects valid code (exit %d):\n%s" % (status, stderr)
        return None
    if cp is None:
        return "CPython accepts this file: it cannot be an error case"
    diags = [DIAG.match(l) for l in stderr.splitlines()]
    diags = [(int(d["line"]), int(d["col"]), d["msg"]) for d in diags if d]
    cl, cc, cm = cp

    def agrees(d):
        line, col, msg = d
        if mode == "msg":  # CPython reports some errors at line 0
            return msg == cm
        if line != cl:
            return False
        if mode == "line":
            return True
        if msg != cm:
            return False
        return mode == "line+msg" or cc in columns_for(path, line, col)

    if not any(agrees(d) for d in diags):
        return "no py2c error agrees with CPython's %d:%s %r (mode %s); py2c said:\n%s" % (
            cl, cc, cm, mode, stderr)
    if status != 1:
        return "exit status %d, expected 1" % status
    with open(err_path, encoding="utf-8") as f:
        expected = f.read()
    if update and expected == "":
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(stderr)
        return None
    if stderr != expected:
        return "stderr differs from %s.err:\n--- expected\n%s--- got\n%s" % (name, expected, stderr)
    return None


def main():
    args = sys.argv[1:]
    update = bool(args) and args[0] == "--update"
    if update:
        args = args[1:]
    py2c, case_dir = args
    names = sorted(f[:-3] for f in os.listdir(case_dir) if f.endswith(".py"))
    passed = failed = 0
    for name in names:
        try:
            problem = check_case(py2c, case_dir, name, update)
        except subprocess.TimeoutExpired:
            problem = "py2c timed out"
        if problem:
            failed += 1
            print("FAIL %s: %s" % (name, problem))
        else:
            passed += 1
    print("frontend-errors: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
