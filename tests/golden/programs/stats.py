# Descriptive statistics on embedded data with careful float formatting.
DATA = """
12.5 13.1 9.8 11.0 15.2 14.7 10.3 12.5 13.9 8.4
11.8 12.5 16.0 9.1 10.9 13.3 12.0 11.4 14.1 12.5
"""


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def variance(xs, sample=True):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def zscores(xs):
    m, sd = mean(xs), variance(xs) ** 0.5
    return [(x - m) / sd for x in xs]


def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5
    return num / den


def linreg(xs, ys):
    mx, my = mean(xs), mean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx


xs = [float(tok) for tok in DATA.split()]
print(f"n={len(xs)} min={min(xs)} max={max(xs)} range={max(xs) - min(xs):.1f}")
print(f"mean={mean(xs)} median={median(xs)} mode={mode(xs)}")
print(f"var={variance(xs):.6f} pvar={variance(xs, False):.6f} sd={variance(xs) ** 0.5:.4f}")
for p in (0, 10, 25, 50, 75, 90, 100):
    print(f"p{p:<3d} = {percentile(xs, p):8.3f}")
z = zscores(xs)
print("z:", " ".join(f"{v:+.2f}" for v in z[:8]))
print("outliers:", [x for x, v in zip(xs, z) if abs(v) > 1.5])
lo, hi, bins = 8.0, 16.0, 4
width = (hi - lo) / bins
for i in range(bins):
    a = lo + i * width
    b = a + width
    n = sum(1 for x in xs if a <= x < b or (i == bins - 1 and x == hi))
    print(f"[{a:5.1f}, {b:5.1f}{')' if i < bins - 1 else ']'} {n:3d} {'#' * n}")
ys = [2 * x + (i % 3 - 1) * 0.5 for i, x in enumerate(xs)]
print(f"r = {correlation(xs, ys):.6f}")
slope, icept = linreg(xs, ys)
print(f"y = {slope:.4f}x {'+' if icept >= 0 else '-'} {abs(icept):.4f}")
print(f"{mean(xs)=:.3f} {len(xs)=} {sum(xs)!r} {sum(xs, 0.5)} {sum([])}")
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.5, -1.45)], round(1234.5678, -2), round(-0.4))
print(f"{1e-5:g} {1e-4:g} {123456789.0:g} {0.000123456:.2e} {1/3:.10f} {2/3:%} {1e22:.0f} {-1.5:08.2f}")
print(f"{3.0:n} {42:b} {42:#o} {255:#x} {255:#X} {1000000:_d} {-12:+05d} {7:^7d}|")
print(float("inf"), -float("inf"), float("nan") != float("nan"), float(" 2.5 "), float("-1e-3"), 1.0 / 3 * 3 == 1.0)
print(int(3.99), int(-3.99), int("ff", 16), int("0b101", 0), int(" -42 "), 7 // -2, -7 % 3, divmod(-7.5, 2))
print(max(3, 1, 4), min("b", "a", "c"), max([], default=None), abs(-2.5), pow(2, 0.5), 2 ** -1, 10 ** 20 / 3)
print(sum(x * x for x in range(1, 11)) / 10, (1 + 2 if False else 0.1 * 3), 1e308 * 10, -1e308 * 10)
try:
    mean([])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(float("abc"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(int("12.5"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
