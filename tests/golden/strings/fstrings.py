# f-strings: expressions, conversions, format specs (also nested), debugging forms are not used.
name, n, x, big = "Ada", 42, 3.14159, 2 ** 64
w, p, fill = 10, 3, "*"
print(f"{name}|{name!r}|{name!s}|{name!a}|{name:>6}|{name:^{w}}|{name:{fill}<{w}}|")
print(f"{n:d}|{n:5d}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:=6}|{n:x}|{n:#X}|{n:b}|{n:o}|{n:c}|{n:,}|{big:_}|")
print(f"{x:.2f}|{x:{w}.{p}f}|{x:e}|{x:.{p}e}|{x:g}|{x:%}|{x:.1%}|{x:+.0f}|{-x:010.3f}|{x!r:>12}|")
print(f"{'quoted'}|{'a' + 'b'}|{n * 2}|{[1, 2][0]}|{ {'k': 1}['k'] }|{(lambda: 5)()}|{n if n > 0 else -n}|")
print(f"{{literal}}|{{{n}}}|{n}{n}|{''}|{' '}|{name[0]}{name[-1]}|{name.lower()!r:*^9}|")
print(f"{1e16}|{0.1 + 0.2}|{-0.0}|{float('inf'):>6}|{float('nan')}|{1/3:.{p}}|{2.5:.0f}|{True}|{None}|{None!r:>5}|")
vals = [1, 22, 333]
print(f"{vals}|{vals!r:>15}|{len(vals):03}|{', '.join(f'<{v:>3}>' for v in vals)}|")
print(f"{'é😀':😀^8}|{'é':é>3}|{12345.678:,.1f}|{12345.678:_.2f}|{-12345:,}|{0.000012345:.3g}|{123456789:.3e}|")
print(f"{3:{'>'}{5}}|{'x':{'^'}{w}}|{n:{'+' if n else ''}}|{x:{w}}|{x:<{w}.{p}}|{name:.{1}}|")
for spec in [">5", "<5", "^5", "05", ",", "_", "+", " ", "x", ".3"]:
    try:
        print(spec, f"[{n:{spec}}]", f"[{x:{spec}}]" if spec not in ("x",) else "")
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{n:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:,d}")
except ValueError as e:
    print("ValueError:", e)
