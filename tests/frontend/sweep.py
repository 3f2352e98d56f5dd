#!/usr/bin/env python3
"""The standard-library sweep: py2c's frontend against CPython on every .py
file under python3's standard library directory, its test suite and the
installed third-party packages (site-packages) included.

CPython's verdict is compile(source_bytes, path, "exec") in a child process
(the way importlib compiles a module); py2c's is fe_parse in the
build/tests/sweep program (tests/frontend/sweep.c), also in-process. Both are
timed per file in CPU time, not wall time, so that other work on the machine
moves the ratio less.
Both run at the same time, one per core, each in its own process. The sweep program is restarted after
a crash or a hang, so one bad file does not end the run.

Reported: files; crashes; hangs (> TIMEOUT s); false syntax errors (py2c
rejects, CPython accepts: must be 0); files py2c does not support (a source
encoding py2c cannot decode as Python does, e.g. shift_jis with non-ASCII text,
reported by py2c as such, see docs/syntax-errors.md; none in the tree);
rejections matched (both reject; same line or not) and missed (CPython rejects,
py2c accepts); the time ratio py2c / CPython.
Ends with "sweep: N passed, N failed": a failure is a crash, a hang or a false
syntax error.

    sweep.py SWEEP_BINARY [--root DIR] [--stdlib-only] [--timeout S] [--list N] [--verbose]
"""
import argparse
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import threading
import time
import warnings

UNSUPPORTED = "py2c does not support the source encoding"


def stdlib_files(root, stdlib_only):
    """Every .py file under root, in a stable order; site-packages (the
    installed third-party packages: more real-world code) unless stdlib_only."""
    skip = {"__pycache__"} | ({"site-packages", "dist-packages"} if stdlib_only else set())
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in skip)
        out.extend(os.path.join(d, f) for f in sorted(files) if f.endswith(".py"))
    return out


def cpython_pass(files, conn):
    """Runs in a child process (its own core and its own GIL: a thread of
    this process would share the GIL with the reading of py2c's results,
    which inflates CPython's times); sends (verdicts, seconds) on conn."""
    warnings.simplefilter("ignore")
    verdicts, seconds = {}, {}
    for path in files:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            verdicts[path] = ("IO", str(e))
            continue
        t0 = time.process_time()
        try:
            compile(data, path, "exec", dont_inherit=True)
            v = ("OK",)
        except SyntaxError as e:
            v = ("ERR", e.lineno, e.offset, e.msg)
        except (ValueError, RecursionError, MemoryError) as e:
            v = ("ERR", 0, 0, "%s: %s" % (type(e).__name__, e))
        seconds[path] = time.process_time() - t0
        verdicts[path] = v
    conn.send((verdicts, seconds))
    conn.close()


def py2c_pass(binary, files, timeout):
    """{path: verdict}, crashes [(path, how)], hangs [path], {path: seconds}."""
    verdicts, crashes, hangs, seconds = {}, [], [], {}
    todo = list(files)
    while todo:
        p = subprocess.Popen([binary, "--timeout", str(timeout)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        feeder = threading.Thread(target=_feed, args=(p.stdin, todo))
        feeder.start()
        current = None
        for raw in p.stdout:
            parts = raw.decode("utf-8", "replace").rstrip("\n").split("\t")
            if parts[0] == "BEGIN":
                current = parts[1]
            elif parts[0] == "DONE":
                path, us, kind = parts[1], float(parts[2]), parts[3]
                seconds[path] = us / 1e6
                if kind == "OK":
                    verdicts[path] = ("OK",)
                elif kind == "ERR":
                    verdicts[path] = ("ERR", int(parts[4]), int(parts[5]), parts[6])
                else:
                    verdicts[path] = ("IO", parts[4])
                current = None
        p.wait()
        feeder.join()
        if current is None:
            break
        if p.returncode == -14:  # SIGALRM: the per-file time limit
            hangs.append(current)
        else:
            crashes.append((current, "exit status %d" % p.returncode))
        verdicts[current] = ("CRASH",)
        todo = todo[todo.index(current) + 1:]
    return verdicts, crashes, hangs, seconds


def _feed(pipe, paths):
    try:
        for path in paths:
            pipe.write(path.encode() + b"\n")
        pipe.close()
    except BrokenPipeError:
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("--stdlib-only", action="store_true", help="leave site-packages out")
    ap.add_argument("--timeout", type=int, default=10)
    ap.add_argument("--list", type=int, default=10, help="how many examples of each problem to list")
    ap.add_argument("--verbose", action="store_true", help="list every disagreement")
    a = ap.parse_args()
    files = stdlib_files(a.root, a.stdlib_only)
    if not files:
        print("sweep: no .py files under %s" % a.root)
        print("sweep: 0 passed, 1 failed")
        return 1
    wall0 = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=cpython_pass, args=(files, sender))
    child.start()
    sender.close()
    pv, crashes, hangs, py_times = py2c_pass(a.binary, files, a.timeout)
    try:
        cv, cp_times = receiver.recv()
    except EOFError:
        child.join()
        print("sweep: the CPython pass died (exit status %s)" % child.exitcode)
        print("sweep: 0 passed, %d failed" % len(files))
        return 1
    child.join()
    wall = time.perf_counter() - wall0

    false_errors, unsupported, matched_line, matched_other, missed = [], [], [], [], []
    for path in files:
        c, p = cv.get(path, ("IO",)), pv.get(path, ("IO",))
        if p[0] == "CRASH" or c[0] == "IO" or p[0] == "IO":
            continue
        if c[0] == "OK" and p[0] == "ERR":
            (unsupported if p[3].startswith(UNSUPPORTED) else false_errors).append((path, p))
        elif c[0] == "ERR" and p[0] == "ERR":
            (matched_line if c[1] == p[1] else matched_other).append((path, c, p))
        elif c[0] == "ERR" and p[0] == "OK":
            missed.append((path, c))

    rel = lambda path: os.path.relpath(path, a.root)
    n = len(files) if a.verbose else a.list
    print("sweep: %d files under %s" % (len(files), a.root))
    print("crashes: %d" % len(crashes))
    for path, how in crashes[:n]:
        print("  %s (%s)" % (rel(path), how))
    print("hangs (> %d s): %d" % (a.timeout, len(hangs)))
    for path in hangs[:n]:
        print("  %s" % rel(path))
    print("false syntax errors (py2c rejects, CPython accepts): %d" % len(false_errors))
    for path, p in false_errors[:n]:
        print("  %s:%d:%d: %s" % (rel(path), p[1], p[2], p[3]))
    print("unsupported source encoding (CPython accepts, py2c says it cannot): %d" % len(unsupported))
    for path, p in unsupported[:n]:
        print("  %s:%d: %s" % (rel(path), p[1], p[3]))
    rejected = sum(1 for v in cv.values() if v[0] == "ERR")
    print("CPython rejects: %d; py2c rejects too: %d (same line: %d), py2c accepts (missed): %d" % (
        rejected, len(matched_line) + len(matched_other), len(matched_line), len(missed)))
    for path, c, p in matched_other[:n]:
        print("  other line: %s: CPython %s:%s %s / py2c %d:%d %s" % (rel(path), c[1], c[2], c[3], p[1], p[2], p[3]))
    for path, c in missed[:n]:
        print("  missed: %s:%s:%s: %s" % (rel(path), c[1], c[2], c[3]))
    site = [path for path in files if os.sep + "site-packages" + os.sep in path]
    groups = [("time", files)]
    if site and len(site) < len(files):
        site_set = set(site)
        groups += [("  standard library (%d files)" % (len(files) - len(site)),
                    [path for path in files if path not in site_set]),
                   ("  site-packages (%d files)" % len(site), site)]
    for label, group in groups:
        py_s = sum(py_times.get(path, 0.0) for path in group)
        cp_s = sum(cp_times.get(path, 0.0) for path in group)
        print("%s: py2c frontend %.2f s, CPython compile() %.2f s, ratio py2c/CPython %.2f%s" % (
            label, py_s, cp_s, py_s / cp_s if cp_s else 0.0, " (wall %.1f s)" % wall if group is files else ""))
    failed = len(crashes) + len(hangs) + len(false_errors)
    print("sweep: %d passed, %d failed" % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
