#!/usr/bin/env python3
"""py2c benchmark runner (`make bench`): builds every program in bench/ with py2c,
checks its output against CPython's, then times CPython, PyPy, the py2c binary and
(for n-body and spectral norm) a hand-written C version side by side, alternating
runs; also the WASI build under Node, peak memory, transpile and C compile times.

Not a test: nothing here fails the run except a program that py2c cannot build or
whose output differs from CPython's (an ERROR: shown in the table, not timed).
docs/performance.md describes the columns and holds the latest table.
"""
import argparse
import math
import os
import select
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORES = os.cpu_count() or 1
# ru_maxrss of a forked child keeps the high-water mark of the forking Python
# process (Linux carries it across exec), so peak memory is taken from GNU time,
# whose own fork is small; without it the figures include this runner's ~10 MB.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None

# name, source file in bench/, argv, (ops, unit) for a derived rate or None, threaded?
BENCHES = [
    ("nbody", "nbody.py", [], None, False),
    ("spectral_norm", "spectral_norm.py", [], None, False),
    ("fannkuch", "fannkuch.py", [], None, False),
    ("nqueens", "nqueens.py", [], None, False),
    ("scheduler", "scheduler.py", [], None, False),
    ("points", "points.py", [], None, False),
    ("particles", "particles.py", [], None, False),
    ("raytrace", "raytrace.py", [], None, False),
    ("chaos", "chaos.py", [], None, False),
    ("binary_trees", "binary_trees.py", [], None, False),
    ("wordcount", "wordcount.py", [], None, False),
    ("pidigits", "pidigits.py", [], None, False),
    ("fib", "fib.py", [], None, False),
    ("sort_comp", "sort_comp.py", [], None, False),
    ("pool_cpu_w1", "pool_cpu.py", ["1"], None, True),
    ("pool_cpu_w%d" % CORES, "pool_cpu.py", [str(CORES)], None, True),
    ("pipeline", "pipeline.py", [], (200000, "items/s"), True),
    ("short_tasks", "short_tasks.py", [], (60000, "us/task"), True),
    ("queue_1x1", "queue_1x1.py", [], (3000000, "items/s"), True),
    ("queue_4x4", "queue_4x4.py", [], (3000000, "items/s"), True),
    ("thread_start_join", "thread_start_join.py", [], (10000, "us/thread"), True),
    ("pool_roundtrip", "pool_roundtrip.py", [], (20000, "us/trip"), True),
]
# Hand-written C references (bench/c/), compiled -O2; same output as the Python.
C_REFS = {"nbody": "nbody.c", "spectral_norm": "spectral_norm.c"}
# Issue 7 targets.
TARGET_SPEEDUP = 5.0
TARGET_GEOMEAN = 20.0
TARGET_C_RATIO = 2.0
TARGET_WASI_RATIO = 3.0  # issue 6: the WASI module within 3x of the native binary


def real_python(cmd):
    """Resolve a command (or a pyenv shim) to the interpreter it runs, so the
    shim's start-up cost is not timed; None when it is not installed."""
    path = shutil.which(cmd)
    if path is None:
        return None
    try:
        out = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
        exe = out.stdout.strip()
        return exe if out.returncode == 0 and exe else path
    except (OSError, subprocess.TimeoutExpired):
        return path


def run_measured(argv, timeout, rss_file, gnu_time=True):
    """Run argv; return (wall s, cpu s, max RSS KiB, exit status, stdout, stderr).
    os.wait4 gives the child's own CPU time; GNU time its peak memory
    (gnu_time=False: wait4's, and the wall time without GNU time's own
    fork+exec, for start-up times)."""
    use_gnu_time = GNU_TIME and gnu_time
    if use_gnu_time:
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + argv
    t0 = time.perf_counter()
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(w_out, 1)
            os.dup2(w_err, 2)
            for fd in (r_out, w_out, r_err, w_err):
                os.close(fd)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    os.close(w_out)
    os.close(w_err)
    # Read both pipes with select so that neither can fill up and block the child.
    bufs = {r_out: [], r_err: []}
    open_fds = [r_out, r_err]
    deadline = t0 + timeout
    while open_fds:
        left = deadline - time.perf_counter()
        if left <= 0:
            os.kill(pid, 9)
            break
        ready, _, _ = select.select(open_fds, [], [], left)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if chunk:
                bufs[fd].append(chunk)
            else:
                open_fds.remove(fd)
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    for fd in (r_out, r_err):
        os.close(fd)
    rc = os.waitstatus_to_exitcode(status)
    rss = ru.ru_maxrss
    if use_gnu_time:
        try:
            with open(rss_file) as f:
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return (wall, ru.ru_utime + ru.ru_stime, rss, rc,
            b"".join(bufs[r_out]), b"".join(bufs[r_err]))


def timed_cmd(argv, timeout=600):
    """Run a build step; return (wall s, exit status, stderr text)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
        return time.perf_counter() - t0, p.returncode, p.stderr.strip()
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, -9, "timed out after %ds" % timeout


def first_error(msg, rc):
    lines = [l for l in msg.splitlines() if "error" in l.lower()] or msg.splitlines() or ["status %d" % rc]
    return " / ".join(l.strip() for l in lines[:2])


def fmt_rate(rate, wall):
    ops, unit = rate
    if unit == "items/s":
        return "%.0fk %s" % (ops / wall / 1000.0, unit)
    return "%.1f %s" % (wall / ops * 1e6, unit)


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fx(v, digits=2):
    return "n/a" if v is None else ("%.*fx" % (digits, v))


def fs(v):
    return "n/a" if v is None else "%.3f" % v


def write_big_program(path, lines):
    """A synthetic program of about `lines` lines (functions, classes, loops) for
    the transpile-speed figure."""
    out = ["import math", ""]
    k = 0
    while len(out) < lines - 12:
        out += ["class C%d:" % k,
                "    def __init__(self, a, b):",
                "        self.a = a",
                "        self.b = [a * i + b for i in range(10)]",
                "",
                "    def total(self, n):",
                "        s = 0.0",
                "        for i in range(n):",
                "            if i %% 3 == 0 and self.a > %d:" % k,
                "                s += math.sqrt(i) * self.a",
                "            elif i in (1, 2):",
                "                s -= self.b[i % len(self.b)] / (i + 1)",
                "            else:",
                "                s += len(str(i)) + {'k%d': i}.get('k%d', 0)" % (k, k),
                "        return s",
                "",
                "",
                "def f%d(x, y=%d, *args, **kw):" % (k, k),
                "    try:",
                "        r = C%d(x, y).total(5) + sum(args) + len(kw)" % k,
                "    except ZeroDivisionError as e:",
                "        r = -1.0",
                "    return [v * 2 for v in range(3) if v != x], r",
                "",
                ""]
        k += 1
    out += ["total = 0.0"]
    out += ["total += f%d(%d)[1]" % (i, i % 7) for i in range(0, k, max(1, k // 8))]
    out += ["print(round(total, 3))"]
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    return len(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5, help="timed runs per program and implementation")
    ap.add_argument("--wasi-reps", type=int, default=1, help="timed runs of each WASI module (0: build only)")
    ap.add_argument("--python", default="/usr/bin/python3.11", help="CPython baseline")
    ap.add_argument("--pypy", default="pypy3", help="PyPy command (empty to skip; n/a when absent)")
    ap.add_argument("--also", default="", help="an extra interpreter to time, e.g. python3")
    ap.add_argument("--py2c", default=os.path.join(ROOT, "bin", "py2c"))
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"), help="compiler for bench/c/")
    ap.add_argument("--no-wasi", action="store_true", help="skip the WASI builds")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--skip", default="", help="comma-separated benchmark names to leave out")
    ap.add_argument("--list", action="store_true", help="list the benchmark names and exit")
    ap.add_argument("--markdown", default="", help="also write the tables as Markdown here")
    args = ap.parse_args()

    if args.list:
        for b in BENCHES:
            print(b[0] + ("  (threaded)" if b[4] else ""))
        return 0
    os.makedirs(args.out, exist_ok=True)
    base = args.python
    pypy = real_python(args.pypy) if args.pypy else None
    also = real_python(args.also) if args.also else None
    if also is not None and os.path.realpath(also) == os.path.realpath(base):
        also = None
    wasi_lib = os.path.join(ROOT, "build", "wasi", "lib", "libpy2c-runtime.a")
    node = shutil.which("node")
    wasi_ok = not args.no_wasi and os.path.exists(wasi_lib) and node is not None
    # The WASI module runs as a user runs it: bin/py2c-wasi-run (node with a
    # deep enough main-thread stack, tools/run_wasm.cjs; docs/wasi.md).
    wasi_run = os.path.join(ROOT, "bin", "py2c-wasi-run")
    only = set(filter(None, args.only.split(",")))
    skip = set(filter(None, args.skip.split(",")))
    unknown = (only | skip) - {b[0] for b in BENCHES}
    if unknown:
        print("bench: unknown benchmark(s): %s (see --list)" % ", ".join(sorted(unknown)), file=sys.stderr)
        return 2
    load0 = os.getloadavg()
    print("bench: %d cores; CPython %s; PyPy %s; WASI %s; %d runs each, alternating; load average %.2f %.2f %.2f"
          % (CORES, base, pypy or "n/a", "on" if wasi_ok else "n/a", args.reps, *load0), flush=True)

    rss_file = os.path.join(args.out, "maxrss.txt")
    errors = []   # py2c failures: the only thing that fails the run
    notes = []    # everything else worth saying (PyPy, WASI, C reference problems)
    rows = []
    built = {}    # source -> dict(transpile, cc, exe, error, wasm, wasm_build, wasm_error)

    # C references.
    crefs = {}
    for name, src in C_REFS.items():
        if only and name not in only or name in skip:
            continue
        exe = os.path.join(args.out, "c_" + os.path.splitext(src)[0])
        _, rc, msg = timed_cmd([args.cc, "-O2", "-o", exe, os.path.join(ROOT, "bench", "c", src), "-lm"])
        if rc == 0:
            crefs[name] = exe
        else:
            notes.append("C reference %s did not build: %s" % (src, first_error(msg, rc)))

    for name, src, argv, rate, threaded in BENCHES:
        if only and name not in only or name in skip:
            continue
        src_path = os.path.join(ROOT, "bench", src)
        stem = os.path.splitext(src)[0]
        exe = os.path.join(args.out, stem)
        if src not in built:
            b = {"error": None, "wasm": None, "wasm_error": None, "wasm_build": None}
            c_path = os.path.join(args.out, stem + ".c")
            ts = []
            for _ in range(3):
                t, rc, msg = timed_cmd([args.py2c, src_path, "-o", c_path])
                ts.append(t)
                if rc != 0:
                    break
            b["transpile"] = statistics.median(ts)
            if rc != 0:
                b["error"] = "py2c transpile failed: " + first_error(msg, rc)
            else:
                t, rc, msg = timed_cmd([args.py2c, "build", src_path, "-o", exe])
                b["cc"] = max(0.0, t - b["transpile"])
                if rc != 0:
                    b["error"] = "py2c build failed: " + first_error(msg, rc)
            if b["error"] is None and wasi_ok:
                wasm = exe + ".wasm"
                t, rc, msg = timed_cmd([args.py2c, "build", "--target", "wasi", src_path, "-o", wasm])
                if rc == 0:
                    b["wasm"], b["wasm_build"] = wasm, t
                else:
                    b["wasm_error"] = "WASI build failed: " + first_error(msg, rc)
            built[src] = b
        b = built[src]
        row = {"name": name, "rate": rate, "threaded": threaded, "build": b, "error": None,
               "med": {}, "wasi": None, "wasi_note": ""}
        rows.append(row)
        if b["error"]:
            row["error"] = b["error"]
            errors.append("%s: %s" % (name, b["error"]))
            continue
        cmds = {"cpython": [base, src_path] + argv}
        if pypy:
            cmds["pypy"] = [pypy, src_path] + argv
        cmds["py2c"] = [exe] + argv
        if name in crefs:
            cmds["c"] = [crefs[name]] + argv
        if also:
            cmds["also"] = [also, src_path] + argv
        # One untimed run of each: the expected output and the checks.
        ref = run_measured(cmds["cpython"], args.timeout, rss_file)
        if ref[3] != 0:
            row["error"] = "CPython failed (status %d)" % ref[3]
            errors.append("%s: CPython failed (status %d): %s"
                          % (name, ref[3], ref[5].decode(errors="replace")[-300:]))
            continue
        for k in list(cmds):
            if k == "cpython":
                continue
            got = run_measured(cmds[k], args.timeout, rss_file)
            if got[3] == 0 and got[4] == ref[4]:
                continue
            detail = got[5].decode(errors="replace").strip().splitlines()
            what = "%s output differs from CPython (status %d)%s\n    expected %r\n    got      %r" % (
                k, got[3], (": " + detail[-1]) if detail else "",
                ref[4].decode(errors="replace")[:200], got[4].decode(errors="replace")[:200])
            if k == "py2c":
                row["error"] = "output differs from CPython"
                errors.append("%s: %s" % (name, what))
                break
            notes.append("%s: %s (column left out)" % (name, what.splitlines()[0]))
            del cmds[k]
        if row["error"]:
            continue
        samples = {k: [] for k in cmds}
        for _ in range(args.reps):
            for k, cmd in cmds.items():
                r = run_measured(cmd, args.timeout, rss_file)
                if r[3] != 0 or r[4] != ref[4]:
                    if k == "py2c":
                        row["error"] = "a timed run failed or changed its output (status %d)" % r[3]
                        errors.append("%s: py2c %s" % (name, row["error"]))
                    else:
                        notes.append("%s: a timed %s run failed (status %d)" % (name, k, r[3]))
                    break
                samples[k].append(r)
            if row["error"]:
                break
        if row["error"]:
            continue
        row["med"] = {k: (statistics.median(r[0] for r in s), statistics.median(r[1] for r in s),
                          max(r[2] for r in s)) for k, s in samples.items() if len(s) == args.reps}
        # The WASI module: same output, then its own timed runs (Node start-up included).
        if b["wasm_error"]:
            row["wasi_note"] = "ERROR"
            errors.append("%s: %s" % (name, b["wasm_error"]))
        elif b["wasm"] and args.wasi_reps > 0:
            wcmd = [wasi_run, b["wasm"]] + argv
            ws = []
            for _ in range(args.wasi_reps):
                r = run_measured(wcmd, args.timeout, rss_file)
                if r[3] != 0 or r[4] != ref[4]:
                    detail = r[5].decode(errors="replace").strip().splitlines()
                    row["wasi_note"] = "ERROR"
                    errors.append("%s: WASI module output differs from CPython (status %d)%s"
                                  % (name, r[3], (": " + detail[-1]) if detail else ""))
                    break
                ws.append(r)
            if len(ws) == args.wasi_reps:
                row["wasi"] = (statistics.median(r[0] for r in ws), statistics.median(r[1] for r in ws))
        print("  %-18s done" % name, flush=True)

    # ---- the tables ----
    has_pypy = pypy is not None
    hdr = ["benchmark", "CPython s", "PyPy s", "py2c s", "C s", "CPy/py2c", "CPU ratio", "PyPy/py2c",
           "py2c/C", "WASI s", "WASI/native", "WASI/native wall", "RSS CPy MB", "RSS py2c MB", "RSS py2c/CPy"]
    if also:
        hdr.insert(3, "%s s" % os.path.basename(also))
    hdr2 = ["benchmark", "transpile ms", "C compile s", "WASI build s", "rate CPython", "rate py2c"]
    table, table2 = [], []
    sp_all, sp_single, sp_pypy, rss_ratios = [], [], [], []
    wasi_ratios, wasi_wall_ratios = {}, []
    for row in rows:
        name, med, b = row["name"], row["med"], row["build"]
        if row["error"]:
            line = [name, "ERROR"] + [""] * (len(hdr) - 2)
            table.append(line)
            table2.append([name, "%.0f" % (b["transpile"] * 1000)] + ["ERROR"] + [""] * 3)
            continue
        c, p = med["cpython"], med["py2c"]
        y = med.get("pypy")
        cr = med.get("c")
        sp = c[0] / p[0]
        sp_all.append(sp)
        if not row["threaded"]:
            sp_single.append(sp)
        vs_pypy = y[0] / p[0] if y else None
        if vs_pypy:
            sp_pypy.append(vs_pypy)
        # The WASI target is judged on CPU time (user+system): the fibers run
        # on one core where a native threaded program may use two, and the
        # time a native program waits for a core is not its work.
        wr = row["wasi"][1] / p[1] if row["wasi"] and p[1] > 0 else None
        wr_wall = row["wasi"][0] / p[0] if row["wasi"] else None
        if wr:
            wasi_ratios[name] = wr
            wasi_wall_ratios.append(wr_wall)
        rss_ratios.append(p[2] / c[2])
        line = [name, fs(c[0]), fs(y[0]) if y else "n/a", fs(p[0]), fs(cr[0]) if cr else "",
                fx(sp), fx(c[1] / p[1] if p[1] > 0 else None), fx(vs_pypy),
                fx(p[0] / cr[0], 1) if cr else "",
                row["wasi_note"] or fs(row["wasi"] and row["wasi"][0]), row["wasi_note"] or fx(wr, 1),
                row["wasi_note"] or fx(wr_wall, 1),
                "%.1f" % (c[2] / 1024.0), "%.1f" % (p[2] / 1024.0), "%.2f" % (p[2] / c[2])]
        if also:
            line.insert(3, fs(med["also"][0]) if "also" in med else "n/a")
        table.append(line)
        rate = row["rate"]
        table2.append([name, "%.0f" % (b["transpile"] * 1000), "%.2f" % b["cc"],
                       "%.2f" % b["wasm_build"] if b["wasm_build"] else ("ERROR" if b["wasm_error"] else "n/a"),
                       fmt_rate(rate, c[0]) if rate else "", fmt_rate(rate, p[0]) if rate else ""])
    if not has_pypy:
        notes.append("PyPy %s: its column is n/a" % ("skipped (--pypy '')" if not args.pypy else
                                                     "not installed (apt-get install pypy3, or make deps)"))

    # ---- summary lines ----
    summary = []
    g_all, g_single, g_pypy = geomean(sp_all), geomean(sp_single), geomean(sp_pypy)
    summary.append("geometric mean CPy/py2c, all %d timed: %s; single-threaded %d: %s (target >= %.0fx: %s)"
                   % (len(sp_all), fx(g_all), len(sp_single), fx(g_single), TARGET_GEOMEAN,
                      "met" if g_all and g_all >= TARGET_GEOMEAN else "NOT met"))
    summary.append("geometric mean PyPy/py2c: %s (py2c faster than PyPy on %d of %d; target: all)"
                   % (fx(g_pypy), sum(1 for v in sp_pypy if v > 1.0), len(sp_pypy)))
    summary.append("at least %.0fx CPython: %d of %d (%s)"
                   % (TARGET_SPEEDUP, sum(1 for v in sp_all if v >= TARGET_SPEEDUP), len(sp_all),
                      "met" if sp_all and min(sp_all) >= TARGET_SPEEDUP else "NOT met"))
    for row in rows:
        if "c" in row["med"]:
            r = row["med"]["py2c"][0] / row["med"]["c"][0]
            summary.append("%s: py2c %.1fx the C reference's time (target <= %.0fx: %s)"
                           % (row["name"], r, TARGET_C_RATIO, "met" if r <= TARGET_C_RATIO else "NOT met"))
    summary.append("peak memory not above CPython's: %d of %d (geometric mean py2c/CPython %.2f)"
                   % (sum(1 for v in rss_ratios if v <= 1.0), len(rss_ratios), geomean(rss_ratios) or 0))
    if wasi_ratios:
        over = ["%s %.1fx" % (k, v) for k, v in wasi_ratios.items() if v > TARGET_WASI_RATIO]
        v = list(wasi_ratios.values())
        summary.append("WASI (Node) CPU time / native CPU time: geometric mean %.1fx, range %.1fx-%.1fx over %d "
                       "(target <= %.0fx on each: %s)"
                       % (geomean(v), min(v), max(v), len(v), TARGET_WASI_RATIO,
                          "met" if not over else "NOT met: " + ", ".join(over)))
        summary.append("WASI (Node) wall time / native wall time: geometric mean %.1fx, range %.1fx-%.1fx"
                       % (geomean(wasi_wall_ratios), min(wasi_wall_ratios), max(wasi_wall_ratios)))
    # Issue 5: parallel speedup and queue throughput.
    by = {row["name"]: row["med"] for row in rows if row["med"]}
    wn = "pool_cpu_w%d" % CORES
    if "pool_cpu_w1" in by and wn in by and CORES > 1:
        for k, label in (("py2c", "py2c"), ("cpython", "CPython"), ("pypy", "PyPy")):
            if k in by["pool_cpu_w1"] and k in by[wn]:
                s = by["pool_cpu_w1"][k][0] / by[wn][k][0]
                summary.append("parallel speedup %s (pool_cpu, 8 tasks, %d workers vs 1): %.2fx"
                               % (label, CORES, s))
        s = by["pool_cpu_w1"]["py2c"][0] / by[wn]["py2c"][0]
        summary.append("  target >= %.1fx (0.9 x cores): %s" % (0.9 * CORES, "met" if s >= 0.9 * CORES else "NOT met"))
    for q in ("queue_1x1", "queue_4x4"):
        if q in by:
            ratio = by[q]["cpython"][0] / by[q]["py2c"][0]
            summary.append("queue throughput %s: %.1fx CPython (target >= 20x: %s)"
                           % (q, ratio, "met" if ratio >= 20 else "NOT met"))

    # ---- hello world: sizes, start-up; transpile speed of a 10,000-line program ----
    extra = []
    hello = os.path.join(args.out, "hello.py")
    with open(hello, "w") as f:
        f.write('print("hello, world")\n')
    hexe = os.path.join(args.out, "hello")
    _, rc, _ = timed_cmd([args.py2c, "build", hello, "-o", hexe])
    if rc == 0:
        stripped = hexe + ".stripped"
        size_s = ""
        if shutil.which("strip") and timed_cmd(["strip", "-o", stripped, hexe])[1] == 0:
            size_s = ", %.0f KB stripped" % (os.path.getsize(stripped) / 1024.0)
        starts = {"py2c": [], "cpython": []}
        for _ in range(20):
            starts["py2c"].append(run_measured([hexe], 30, rss_file, gnu_time=False)[0])
            starts["cpython"].append(run_measured([base, hello], 30, rss_file, gnu_time=False)[0])
        extra.append("hello world native binary: %.0f KB%s; start+exit %.1f ms (CPython %.1f ms; median of 20, "
                     "wall time of fork+exec+wait from the bench script)"
                     % (os.path.getsize(hexe) / 1024.0, size_s, statistics.median(starts["py2c"]) * 1000,
                        statistics.median(starts["cpython"]) * 1000))
    if wasi_ok:
        hw = hexe + ".wasm"
        _, rc, msg = timed_cmd([args.py2c, "build", "--target", "wasi", hello, "-o", hw])
        if rc == 0:
            t = statistics.median(run_measured([wasi_run, hw], 60, rss_file)[0] for _ in range(3))
            extra.append("hello world WASI module: %.0f KB; start+exit under Node %.0f ms"
                         % (os.path.getsize(hw) / 1024.0, t * 1000))
        else:
            notes.append("hello world WASI build failed: " + first_error(msg, rc))
    else:
        extra.append("hello world WASI module: n/a (%s)"
                     % ("--no-wasi" if args.no_wasi else "no WASI runtime (make wasi-runtime) or no node"))
    big = os.path.join(args.out, "big10k.py")
    nlines = write_big_program(big, 10000)
    ts = [run_measured([args.py2c, big, "-o", os.path.join(args.out, "big10k.c")], args.timeout, rss_file)
          for _ in range(3)]
    if all(t[3] == 0 for t in ts):
        tt = statistics.median(t[0] for t in ts)
        tc = statistics.median(t[1] for t in ts)
        extra.append("transpiling a generated %d-line program: %.0f ms wall, %.0f ms CPU (target < 1 s: %s)"
                     % (nlines, tt * 1000, tc * 1000, "met" if tt < 1.0 else "NOT met"))
    else:
        notes.append("the generated 10,000-line program did not transpile: "
                     + first_error(ts[-1][5].decode(errors="replace"), ts[-1][3]))
    load1 = os.getloadavg()
    extra.append("load average: %.2f at the start, %.2f at the end (1-minute; 2 = both cores busy)"
                 % (load0[0], load1[0]))

    def show(h, t):
        widths = [max(len(x), *(len(r[i]) for r in t)) if t else len(x) for i, x in enumerate(h)]
        print("  ".join(x.ljust(w) for x, w in zip(h, widths)))
        for r in t:
            print("  ".join(v.ljust(w) for v, w in zip(r, widths)))
    print()
    show(hdr, table)
    print()
    show(hdr2, table2)
    print()
    for s in summary + extra:
        print(s)
    for n in notes:
        print("note: " + n)
    for e in errors:
        print("ERROR: " + e, file=sys.stderr)

    if args.markdown:
        with open(args.markdown, "w") as f:
            for h, t in ((hdr, table), (hdr2, table2)):
                f.write("| " + " | ".join(h) + " |\n|" + "---|" * len(h) + "\n")
                for r in t:
                    f.write("| " + " | ".join(r) + " |\n")
                f.write("\n")
            for s in summary + extra:
                f.write("- " + s.strip() + "\n")
            for n in notes:
                f.write("- note: " + n.splitlines()[0] + "\n")
            for e in errors:
                f.write("- ERROR: " + e.splitlines()[0] + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
