import sys

base = "/tmp/py2c-golden-file_modes"
path = base + ".txt"
with open(path, "w") as f:
    print(f, type(f).__name__, f.writable(), f.readable())
    for i in range(3):
        print("line", i, file=f)
    f.writelines(["x\n", "y\n"])
    print(f.closed)
print(f.closed)
with open(path) as f:
    first = f.readline()
    rest = list(f)
print(repr(first), rest)
with open(path, "a") as f:
    print(f.mode, f.write("appended\n"))
with open(path, "r") as f:
    lines = f.readlines()
print(len(lines), lines[-1], end="")
with open(path, "r+") as f:
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "a+") as f:
    f.write("via a+\n")
    f.seek(0)
    print(f.read().count("\n"))
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("fresh\ncontent")
    f.seek(0)
    print(f.readlines())
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
text = "é\u20ac\U0001F600 mixed\tend\n" * 3
with open(path, "w", encoding="utf-8") as f:
    print(f.encoding, f.write(text))
with open(path, encoding="utf-8") as f:
    print(f.read() == text)
with open(path, encoding="latin-1") as f:
    print(repr(f.readline()))
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("caf\u00e9")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    f.write("\xff\n")
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
f = open(path)
print(f.read(1), f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    with open(path) as g:
        raise KeyError("inside with")
except KeyError as e:
    print("caught", e, g.closed)
for bad in [lambda: open(), lambda: open(path, "z"), lambda: open(path, "rb+t"), lambda: open(3.5),
            lambda: open(path, encoding="no-such-codec"), lambda: open(path, newline="x"),
            lambda: open(path, mode=1), lambda: open(base + "-missing/dir.txt", "w")]:
    try:
        bad()
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(open(path).read(), end="", file=sys.stdout)
