import os

base = "py2c_os_test_dir"
if os.path.exists(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)

print(os.path.exists(base), os.path.isdir(base))
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), len(os.listdir(base)))
p = os.path.join(base, "a.txt")
print(os.path.isfile(p), os.path.isdir(p), os.path.getsize(p), os.path.exists(p + "x"))
print(os.path.exists("a\0b"), os.path.isfile(""), os.path.islink(p), os.path.lexists(p))
os.rename(p, os.path.join(base, "z.txt"))
print(sorted(os.listdir(base)))
os.remove(os.path.join(base, "z.txt"))
os.unlink(os.path.join(base, "b.txt"))
print(sorted(os.listdir(path=base)))

here = os.getcwd()
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
os.makedirs(os.path.join(base, "x", "y2") + "/", 0o755)
print(sorted(os.listdir(os.path.join(base, "x"))), os.path.isdir(os.path.join(base, "x/y/z")))
print(os.getcwd() == here, os.path.isabs(os.getcwd()), type(os.getpid()).__name__, os.getpid() > 0)
print("files.py" in os.listdir(), "files.py" in os.listdir("."), "files.py" in os.listdir(None))

def check(f):
    try:
        print(f())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None))

check(lambda: os.mkdir(base))
check(lambda: os.makedirs(os.path.join(base, "x", "y")))
check(lambda: os.makedirs(os.path.join(base, "c.dat", "q"), exist_ok=True))
check(lambda: os.rmdir(base))
check(lambda: os.rmdir(os.path.join(base, "nope")))
check(lambda: os.remove(os.path.join(base, "nope")))
check(lambda: os.remove(os.path.join(base, "x")))
check(lambda: os.listdir(os.path.join(base, "nope")))
check(lambda: os.listdir(os.path.join(base, "c.dat")))
check(lambda: os.path.getsize(os.path.join(base, "nope")))
check(lambda: os.mkdir(1.5))
check(lambda: os.mkdir("a\0b"))
check(lambda: os.rmdir(None))
check(lambda: os.listdir(2.5))
check(lambda: os.mkdir())
check(lambda: os.getcwd(1))
check(lambda: os.getpid(1))
check(lambda: os.rename(1.5, "x"))
try:
    os.remove(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))

for d in ["x/y/z", "x/y2", "x/y", "x"]:
    os.rmdir(os.path.join(base, d))
os.remove(os.path.join(base, "c.dat"))
os.rmdir(base)
print(os.path.exists(base))
