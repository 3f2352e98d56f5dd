# Reads "name score score ..." lines from stdin; options come from sys.argv.
import sys


def parse_args(argv):
    opts = {"sep": None, "top": 3, "verbose": False, "curve": 0.0}
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-v":
            opts["verbose"] = True
        elif a.startswith("--top="):
            opts["top"] = int(a.split("=", 1)[1])
        elif a == "--curve":
            i += 1
            opts["curve"] = float(args[i])
        else:
            print(f"warning: unknown option {a!r}", file=sys.stderr)
        i += 1
    return opts


def grade(avg):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return letter
    return "F"


opts = parse_args(sys.argv)
print("program:", sys.argv[0], "args:", sys.argv[1:])
students = {}
problems = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    name, *scores = line.split()
    try:
        nums = [float(s) for s in scores]
    except ValueError as e:
        problems += 1
        print(f"line {lineno}: {e}", file=sys.stderr)
        continue
    if not nums:
        problems += 1
        print(f"line {lineno}: no scores for {name}", file=sys.stderr)
        continue
    students.setdefault(name, []).extend(nums)

rows = []
for name, nums in students.items():
    avg = min(100.0, sum(nums) / len(nums) + opts["curve"])
    rows.append((avg, name, len(nums)))
rows.sort(key=lambda r: (-r[0], r[1]))
print(f"{'name':<10}{'n':>3}{'avg':>8}  grade")
for avg, name, n in rows:
    print(f"{name:<10}{n:>3}{avg:>8.2f}  {grade(avg)}")
dist = {}
for avg, _, _ in rows:
    g = grade(avg)
    dist[g] = dist.get(g, 0) + 1
print("distribution:", " ".join(f"{g}={dist.get(g, 0)}" for g in "ABCDF"))
print("top:", ", ".join(name for _, name, _ in rows[:opts["top"]]))
if opts["verbose"]:
    for name in sorted(students):
        print(f"  {name}: {students[name]}")
sys.stdout.write(f"{len(students)} students, {problems} problem lines\n")
sys.stderr.write("done\n")
if problems:
    sys.exit(problems + 10)
