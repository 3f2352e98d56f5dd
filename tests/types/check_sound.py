#!/usr/bin/env python3
"""Soundness check of py2c's type inference (docs/types.md) against CPython.

    check_sound.py [--py2c BIN] [--timeout S] [--args-file F] [-v] FILE.py...

(--args-file: lines "NAME.py ARGS..." giving programs smaller arguments;
otherwise NAME.args and NAME.in next to the program are used, as the golden
runner does.)

For each program: `py2c --emit=types FILE` gives the claimed type sets; the
program then runs under python3 with a tracer (sys.settrace, also in threads)
that, at every line and every return of the program's own code, checks that
the type of each local, parameter, module global, instance attribute (and of
their elements: list/tuple/dict/set contents) and each returned value is in
the claimed set. An attribute outside a class claimed "closed" is an error
too. Ends with "types-sound: N passed, N failed"; exits 1 on any failure.
"""
import os
import re
import functools
import subprocess
import sys

print = functools.partial(print, flush=True)

HERE = os.path.dirname(os.path.abspath(__file__))


# ---- the dump ------------------------------------------------------------------------
def split_top(s, sep):
    out, depth, cur, i = [], 0, "", 0
    while i < len(s):
        c = s[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        if depth == 0 and s.startswith(sep, i):
            out.append(cur)
            cur = ""
            i += len(sep)
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def parse_type(s):
    """'int|list[str]' -> [('int', None), ('list', [[('str', None)]])]"""
    alts = []
    for a in split_top(s.strip(), "|"):
        a = a.strip()
        m = re.match(r"^([^\[]+)(?:\[(.*)\])?$", a)
        name, inner = m.group(1), m.group(2)
        args = None
        if inner is not None:
            args = [x.strip() for x in split_top(inner, ", ")]
            args = [x if x in ("...", "()") else parse_type(x) for x in args]
        alts.append((name, args))
    return alts


def parse_dump(text):
    mods = {}  # path -> {"globals": {}, "funcs": {qual: [entry]}, "classes": {qual: entry}}
    cur_mod = cur = None
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = re.match(r"^module (\S+) \((.*)\)$", line)
        if m:
            cur_mod = mods.setdefault(os.path.realpath(m.group(2)), {"globals": {}, "funcs": {}, "classes": {}})
            continue
        m = re.match(r"^  global (\S+): (.*)$", line)
        if m:
            cur_mod["globals"][m.group(1)] = parse_type(m.group(2))
            continue
        m = re.match(r"^  def (\S+?)\((.*)\) -> (.*)  # line (\d+)(, escapes)?$", line)
        if m:
            params = {}
            if m.group(2):
                for prm in split_top(m.group(2), ", "):
                    name, t = prm.split(": ", 1)
                    params[name.lstrip("*")] = parse_type(t)
            cur = {"locals": params, "ret": parse_type(m.group(3))}
            cur_mod["funcs"].setdefault(m.group(1), []).append(cur)
            continue
        m = re.match(r"^    local (\S+): (.*)$", line)
        if m:
            cur["locals"][m.group(1)] = parse_type(m.group(2))
            continue
        m = re.match(r"^  class (\S+) \((closed|open)\)  # line (\d+)$", line)
        if m:
            cur = {"closed": m.group(2) == "closed", "attrs": {}, "classvars": {}}
            cur_mod["classes"][m.group(1)] = cur
            continue
        m = re.match(r"^    (attr|classvar) (\S+): (.*)$", line)
        if m:
            cur["attrs" if m.group(1) == "attr" else "classvars"][m.group(2)] = parse_type(m.group(3))
            continue
        raise SystemExit("check_sound: cannot parse dump line: %r" % line)
    return mods


# ---- the traced run (in the child process) -----------------------------------------------
import dis
RETURN_VALUE = dis.opmap["RETURN_VALUE"]
LINE_CAP = 2000  # line events checked per code object; then only its returns
ITER_NAMES = {"enumerate", "zip", "map", "filter", "reversed"}


def kind_of(v, classes):
    import types
    t = type(v)
    simple = {bool: "bool", int: "int", float: "float", complex: "complex", str: "str", bytes: "bytes",
              type(None): "None", range: "range", slice: "slice", list: "list", tuple: "tuple", dict: "dict",
              set: "set", frozenset: "frozenset", types.GeneratorType: "generator",
              types.FunctionType: "function", types.ModuleType: "module"}
    if t in simple:
        return simple[t]
    if t.__name__ in ("dict_keys", "dict_values", "dict_items"):
        return t.__name__
    if isinstance(v, type):
        return "type"
    if t.__qualname__ in classes and t.__module__ in ("__main__",) + tuple(classes[t.__qualname__]):
        return t.__qualname__
    if t.__qualname__ in classes:
        return t.__qualname__
    if t.__name__.endswith("iterator") or t.__name__ in ITER_NAMES:
        return "iterator"
    return "?" + t.__name__


def conforms(v, alts, classes, depth=0):
    if any(a[0] == "any" for a in alts):
        return True
    k = kind_of(v, classes)
    for name, args in alts:
        if name == "float>=0":  # a float that is not < 0.0 (NaN and -0.0 are fine)
            if k == "float" and not v < 0.0:
                return True
            continue
        if name != k:
            continue
        if args is None or depth >= 3:
            return True
        if k in ("list", "set", "frozenset"):
            return all(conforms(x, args[0], classes, depth + 1) for x in list(v)[:20])
        if k == "dict":
            items = list(v.items())[:20]
            return all(conforms(a, args[0], classes, depth + 1) and conforms(b, args[1], classes, depth + 1)
                       for a, b in items)
        if k == "tuple":
            if args == ["()"]:
                return len(v) == 0
            if len(args) == 2 and args[1] == "...":
                return all(conforms(x, args[0], classes, depth + 1) for x in v[:20])
            return len(v) == len(args) and all(conforms(x, a, classes, depth + 1) for x, a in zip(v, args))
        return True
    return False


def show(v):
    try:
        r = repr(v)
    except Exception:
        r = "<unrepresentable>"
    return (type(v).__qualname__ + " " + r)[:120]


def traced_run(dump_file, program, argv):
    import runpy
    import threading
    mods = parse_dump(open(dump_file).read())
    classes = {}
    for path, m in mods.items():
        for q in m["classes"]:
            classes[q] = ()
    failures = {}
    counts = {}

    def fail(key, msg):
        if key not in failures:
            failures[key] = msg

    def check_value(where, name, v, alts):
        if not conforms(v, alts, classes):
            fail((where, name), "%s: %s is %s, not in the claimed set" % (where, name, show(v)))
        # attributes of instances of program classes
        q = type(v).__qualname__
        for path, m in mods.items():
            c = m["classes"].get(q)
            if not c or not hasattr(v, "__dict__"):
                continue
            for an, av in list(vars(v).items()):
                if an in c["attrs"]:
                    if not conforms(av, c["attrs"][an], classes):
                        fail((q, an), "%s.%s is %s, not in the claimed set" % (q, an, show(av)))
                elif c["closed"]:
                    fail((q, an), "%s.%s exists but the class is claimed closed" % (q, an))

    def check_frame(frame, event, arg, state):
        code = frame.f_code
        path = os.path.realpath(code.co_filename)
        m = mods.get(path)
        if m is None:
            return
        n = counts.get(code, 0) + 1
        counts[code] = n
        if n > LINE_CAP and event != "return":
            frame.f_trace_lines = False  # hot code: from now on returns only
            return
        if code.co_name == "<module>":
            for name, v in list(frame.f_globals.items()):
                if name in m["globals"]:
                    check_value("%s:<module>" % os.path.basename(path), name, v, m["globals"][name])
            return
        entries = m["funcs"].get(code.co_qualname)
        if not entries:
            return
        loc = frame.f_locals
        for name, v in list(loc.items()):
            alts = [a for e in entries if name in e["locals"] for a in e["locals"][name]]
            if alts:
                check_value(code.co_qualname, name, v, alts)
        # a return event with no RETURN_VALUE under way is an exception leaving the frame
        returning = 0 <= frame.f_lasti < len(code.co_code) and code.co_code[frame.f_lasti] == RETURN_VALUE
        if event == "return" and returning and not (code.co_flags & (0x20 | 0x80 | 0x100 | 0x200)):
            alts = [a for e in entries for a in e["ret"]]
            if not conforms(arg, alts, classes):
                fail((code.co_qualname, "<return>"), "%s returned %s, not in the claimed set" % (code.co_qualname, show(arg)))

    import time
    deadline = time.monotonic() + float(os.environ.get("CHECK_SOUND_BUDGET", "1e9"))
    ticks = [0]

    def report_and_exit():
        sys.settrace(None)
        threading.settrace(None)
        out = sys.__stderr__
        for msg in failures.values():
            out.write("MISMATCH " + msg + "\n")
        out.write("CHECKED %d\n" % sum(counts.values()))
        out.flush()
        os._exit(0)

    def global_trace(frame, event, arg):
        ticks[0] += 1
        if ticks[0] % 256 == 0 and time.monotonic() > deadline:
            report_and_exit()  # a long program: what was checked so far counts
        if os.path.realpath(frame.f_code.co_filename) not in mods:
            return None
        state = {}
        if counts.get(frame.f_code, 0) > LINE_CAP:
            frame.f_trace_lines = False

        def local_trace(fr, ev, a):
            ticks[0] += 1
            if ticks[0] % 1024 == 0 and time.monotonic() > deadline:
                report_and_exit()
            if ev in ("line", "return"):
                try:
                    check_frame(fr, ev, a, state)
                except RecursionError:  # a deeply recursive program: the tracer ran out of stack
                    pass
                except Exception as e:  # a bug of the checker itself
                    fail(("checker",), "checker error: %r" % e)
            state["last"] = ev
            return local_trace
        return local_trace

    sys.argv = [program] + argv
    sys.path.insert(0, os.path.dirname(os.path.abspath(program)))
    threading.settrace(global_trace)
    sys.settrace(global_trace)
    status = 0
    try:
        runpy.run_path(program, run_name="__main__")
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 0
    except BaseException:
        status = 1
    finally:
        sys.settrace(None)
        threading.settrace(None)
    sys.stdout.flush()
    out = sys.__stderr__
    for msg in failures.values():
        out.write("MISMATCH " + msg + "\n")
    out.write("CHECKED %d\n" % sum(counts.values()))
    return status


# ---- driver ------------------------------------------------------------------------------
def main():
    args = sys.argv[1:]
    if args and args[0] == "--trace":
        traced_run(args[1], args[2], args[3:])
        os._exit(0)
    py2c = os.path.join(HERE, "..", "..", "bin", "py2c")
    timeout = 60
    verbose = False
    files = []
    small = {}
    while args:
        a = args.pop(0)
        if a == "--py2c":
            py2c = args.pop(0)
        elif a == "--timeout":
            timeout = float(args.pop(0))
        elif a == "--args-file":
            for line in open(args.pop(0)):
                if line.strip() and not line.startswith("#"):
                    name, rest = line.split(None, 1)
                    small[name] = rest.split()
        elif a == "-v":
            verbose = True
        else:
            files.append(a)
    passed = failed = skipped = 0
    tmp = os.environ.get("TMPDIR", "/tmp")
    for f in files:
        f = os.path.abspath(f)
        r = subprocess.run([py2c, "--emit=types", os.path.abspath(f), "-o", "-"], capture_output=True, text=True)
        if r.returncode != 0:
            print("SKIP %s (py2c: %s)" % (f, r.stderr.strip().splitlines()[:1]))
            skipped += 1
            continue
        dump = os.path.join(tmp, "types-%d.txt" % os.getpid())
        open(dump, "w").write(r.stdout)
        try:
            base = f[:-3]
            argv = open(base + ".args").read().split() if os.path.exists(base + ".args") else []
            argv = small.get(os.path.basename(f), argv)
            stdin = open(base + ".in") if os.path.exists(base + ".in") else subprocess.DEVNULL
            env = dict(os.environ, CHECK_SOUND_BUDGET=str(timeout / 2))
            t = subprocess.run([sys.executable, os.path.abspath(__file__), "--trace", dump, f] + argv, env=env,
                               stdin=stdin, capture_output=True, text=True, timeout=timeout,
                               cwd=os.path.dirname(os.path.abspath(f)))
        except subprocess.TimeoutExpired:
            print("SKIP %s (timeout under the tracer)" % f)
            skipped += 1
            continue
        lines = t.stderr.splitlines()
        bad = [l for l in lines if l.startswith("MISMATCH ")]
        checked = [l for l in lines if l.startswith("CHECKED ")]
        if not checked:
            print("SKIP %s (the traced run did not finish)" % f)
            skipped += 1
            continue
        if bad:
            failed += 1
            print("FAIL %s" % f)
            for l in bad[:10]:
                print("   ", l[9:])
        else:
            passed += 1
            if verbose:
                print("ok   %s (%s events)" % (f, checked[0].split()[1]))
    print("skipped %d" % skipped)
    print("types-sound: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
