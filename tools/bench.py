#!/usr/bin/env python3
"""py2c benchmark runner (`make bench`): builds every program in bench/ with py2c,
checks its output against CPython's, then times both side by side (alternating
runs) and prints medians, ratios, max RSS and the concurrency targets of issue 5.

Not a test: nothing here fails the build except a program that cannot be built
or whose output differs from CPython's (reported as an error and not timed).
"""
import argparse
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

# name, source file, argv, (ops, unit) for a derived rate or None
BENCHES = [
    ("queue_1x1", "queue_1x1.py", [], (1000000, "items/s")),
    ("queue_4x4", "queue_4x4.py", [], (1000000, "items/s")),
    ("thread_start_join", "thread_start_join.py", [], (10000, "us/thread")),
    ("pool_roundtrip", "pool_roundtrip.py", [], (20000, "us/trip")),
    ("pool_cpu_w1", "pool_cpu.py", ["1"], None),
    ("pool_cpu_w%d" % CORES, "pool_cpu.py", [str(CORES)], None),
    ("fib", "fib.py", [], None),
    ("wordcount", "wordcount.py", [], None),
    ("sort_comp", "sort_comp.py", [], None),
    ("particles", "particles.py", [], None),
]


def real_python(cmd):
    """Resolve a pyenv shim to the interpreter it runs, so the shim's start-up
    cost is not timed."""
    path = shutil.which(cmd)
    if path is None:
        return None
    try:
        out = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=30)
        exe = out.stdout.strip()
        return exe if out.returncode == 0 and exe else path
    except (OSError, subprocess.TimeoutExpired):
        return path


def run_measured(argv, timeout, rss_file):
    """Run argv with os.wait4 so that rusage belongs to this child alone;
    return (wall s, cpu s, max RSS KiB, exit status, stdout, stderr)."""
    if GNU_TIME:
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
    if GNU_TIME:
        try:
            with open(rss_file) as f:
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return (wall, ru.ru_utime + ru.ru_stime, rss, rc,
            b"".join(bufs[r_out]), b"".join(bufs[r_err]))


def fmt_rate(rate, wall):
    ops, unit = rate
    if unit == "items/s":
        return "%.0fk" % (ops / wall / 1000.0)
    return "%.1f" % (wall / ops * 1e6)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5, help="timed runs per program and interpreter")
    ap.add_argument("--python", default="/usr/bin/python3.11", help="CPython baseline")
    ap.add_argument("--also", default="python3",
                    help="an extra interpreter to time (empty to skip)")
    ap.add_argument("--py2c", default=os.path.join(ROOT, "bin", "py2c"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--markdown", default="", help="also write the table as Markdown here")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    base = args.python
    also = real_python(args.also) if args.also else None
    if also is not None and os.path.realpath(also) == os.path.realpath(base):
        also = None
    print("bench: %d cores; baseline %s; also %s; %d runs each, alternating; load average %.2f"
          % (CORES, base, also or "-", args.reps, os.getloadavg()[0]))

    rss_file = os.path.join(args.out, "maxrss.txt")
    errors = []
    rows = []
    only = set(filter(None, args.only.split(",")))
    built = {}
    for name, src, argv, rate in BENCHES:
        if only and name not in only:
            continue
        src_path = os.path.join(ROOT, "bench", src)
        exe = os.path.join(args.out, os.path.splitext(src)[0])
        if src not in built:
            t0 = time.perf_counter()
            b = subprocess.run([args.py2c, "build", src_path, "-o", exe],
                               capture_output=True, text=True)
            built[src] = (b.returncode, b.stderr.strip(), time.perf_counter() - t0)
        rc, msg, _ = built[src]
        if rc != 0:
            lines = [l for l in msg.splitlines() if "error" in l] or msg.splitlines() or [str(rc)]
            errors.append("%s: py2c build failed: %s" % (name, " / ".join(lines[:2])))
            continue
        cmds = {"cpython": [base, src_path] + argv, "py2c": [exe] + argv}
        if also:
            cmds["also"] = [also, src_path] + argv
        ref = run_measured(cmds["cpython"], args.timeout, rss_file)
        got = run_measured(cmds["py2c"], args.timeout, rss_file)
        if ref[3] != 0:
            errors.append("%s: CPython failed (status %d): %s" % (name, ref[3], ref[5].decode(errors="replace")[-300:]))
            continue
        if got[3] != 0 or got[4] != ref[4]:
            detail = got[5].decode(errors="replace").strip().splitlines()
            errors.append("%s: py2c output differs from CPython (status %d)%s\n    expected %r\n    got      %r"
                          % (name, got[3], (": " + detail[-1]) if detail else "",
                             ref[4].decode(errors="replace")[:200], got[4].decode(errors="replace")[:200]))
            continue
        samples = {k: [] for k in cmds}
        for _ in range(args.reps):
            for k, cmd in cmds.items():
                r = run_measured(cmd, args.timeout, rss_file)
                if r[3] != 0 or r[4] != ref[4]:
                    errors.append("%s: %s run failed or changed output (status %d)" % (name, k, r[3]))
                    break
                samples[k].append(r)
        if any(len(s) != args.reps for s in samples.values()):
            continue
        med = {k: (statistics.median(r[0] for r in s), statistics.median(r[1] for r in s),
                   max(r[2] for r in s)) for k, s in samples.items()}
        rows.append((name, rate, med))
        print("  %-18s done" % name, flush=True)

    hdr = ["benchmark", "CPython s", "py2c s", "CPy/py2c", "CPU ratio", "RSS CPy MB", "RSS py2c MB",
           "RSS py2c/CPy", "rate CPy", "rate py2c"]
    if also:
        hdr.insert(3, "python3 s")
    table = []
    for name, rate, med in rows:
        c, p = med["cpython"], med["py2c"]
        line = [name, "%.3f" % c[0], "%.3f" % p[0], "%.2fx" % (c[0] / p[0]), "%.2fx" % (c[1] / p[1]),
                "%.1f" % (c[2] / 1024.0), "%.1f" % (p[2] / 1024.0), "%.2f" % (p[2] / c[2]),
                fmt_rate(rate, c[0]) + " " + rate[1] if rate else "",
                fmt_rate(rate, p[0]) + " " + rate[1] if rate else ""]
        if also:
            line.insert(3, "%.3f" % med["also"][0])
        table.append(line)
    widths = [max(len(h), *(len(r[i]) for r in table)) if table else len(h) for i, h in enumerate(hdr)]
    print()
    print("  ".join(h.ljust(w) for h, w in zip(hdr, widths)))
    for r in table:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)))

    # Issue 5 targets.
    summary = []
    by = {name: med for name, _, med in rows}
    wn = "pool_cpu_w%d" % CORES
    if "pool_cpu_w1" in by and wn in by:
        for k, label in (("py2c", "py2c"), ("cpython", "CPython")):
            sp = by["pool_cpu_w1"][k][0] / by[wn][k][0]
            summary.append("parallel speedup %s (8 tasks, %d workers vs 1): %.2fx" % (label, CORES, sp))
        sp = by["pool_cpu_w1"]["py2c"][0] / by[wn]["py2c"][0]
        summary.append("  target >= %.1fx (0.9 x cores): %s" % (0.9 * CORES, "met" if sp >= 0.9 * CORES else "NOT met"))
    for q in ("queue_1x1", "queue_4x4"):
        if q in by:
            ratio = by[q]["cpython"][0] / by[q]["py2c"][0]
            summary.append("queue throughput %s: %.1fx CPython (target >= 20x: %s)"
                           % (q, ratio, "met" if ratio >= 20 else "NOT met"))
    summary.append("load average at the end: %.2f (other processes on the machine skew wall times,"
                   " the parallel speedup most)" % os.getloadavg()[0])
    print()
    for s in summary:
        print(s)
    for e in errors:
        print("ERROR: " + e, file=sys.stderr)

    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
            for r in table:
                f.write("| " + " | ".join(r) + " |\n")
            f.write("\n")
            for s in summary:
                f.write("- " + s.strip() + "\n")
            for e in errors:
                f.write("- ERROR: " + e.splitlines()[0] + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
