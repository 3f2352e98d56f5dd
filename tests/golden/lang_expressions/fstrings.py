# f-strings: conversions, format specs (also nested), expressions.
name = "py2c"
value = 3.14159
items = [1, 2]
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:10.3f}| {42:>6} {42:<6}| {42:^7}|")
width = 8
print(f"{name:>{width}}|{value:.{2}e}")
print(f"{items} {items[0] + items[1]} {len(items) * 2:03d}")
print(f"{'nested' + '!'} {{literal braces}}")
print(f"{1000000:,} {255:#x} {255:08b} {0.25:%}")
print(f"{'é'!a} {None} {True:>6}")
print(f"")
print(f"{name=}")
