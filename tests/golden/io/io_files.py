import sys

path = "/tmp/py2c-golden-io_files.txt"
f = open(path, "w")
print(f.write("line one\n"), f.write("zwei – ü\n"), f.write("three"))
f.writelines(["\n", "four\n"])
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
f.close()

with open(path) as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read(2)))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(f.readlines())
with open(path, "a") as f:
    print(f.write("five\n"), file=sys.stdout)
    print("six", 6, file=f)
with open(path, "r") as f:
    print(len(f.read().splitlines()))

# universal newlines on read, newline= translation on write
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(list(f))
with open(path, newline="\r") as f:
    print(list(f))
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, newline="") as f:
    print(repr(f.read()))

for bad in [lambda: open(path).write("x"), lambda: open(path, "w").read()]:
    try:
        bad()
    except OSError as e:
        print("OSError", e)

f = open(path)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError", e)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError", e)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError", e)
with open(path, "w") as f:
    try:
        f.write(1)
    except TypeError as e:
        print("TypeError", e)
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()), repr(f.readline()))
