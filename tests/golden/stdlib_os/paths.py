import os.path
import os
from os.path import join, split, splitext, basename, dirname, normpath, isabs

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path is os.path)
print(join("a", "b", "c"), join("/a", "b/", "c"), join("a", "/b", "c"), join("a"), join("", "b"), join("a", ""))
print(join("a/", "", "b"), join("", ""), join("/", "x"), join("a//", "b"))
for p in ["/usr/lib/x.tar.gz", "a/b/", "a", "/", "//", "///a//b", "", ".bashrc", "a/.b.c", "..x", "a.b/c",
          "file.", "a/b.c/", "...", "x..y", "dir/..ext"]:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)), isabs(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//a/b", "///a/b", "a//b/", "./",
          "/a/b/./c/../d", "../../x/..", "a/../../b", "/.."]:
    print(repr(p), repr(normpath(p)))
print(os.path.abspath("/x/y/../z"), os.path.abspath("") == os.getcwd(), os.path.abspath("sub/../f") == join(os.getcwd(), "f"))
os.environ["HOME"] = "/home/tester/"
# "~root": the user database's home (Linux: /root); WASI has none and, as
# CPython's WASI build, leaves the path unchanged.
print(os.path.expanduser("~"), os.path.expanduser("~/docs"), os.path.expanduser("x/~"),
      os.path.expanduser("~root/a") in ("/root/a", "~root/a"))
print(os.path.expanduser("~nosuchuser_py2c/x"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/a"))

class P:
    def __fspath__(self):
        return "some/dir/file.txt"
print(basename(P()), join(P(), "x"), join("a", P()), os.fspath(P()), os.fspath("s"))

for bad in [lambda: join(), lambda: join(1), lambda: join("a", 1), lambda: join("a", None),
            lambda: basename(1), lambda: split(), lambda: normpath(None), lambda: os.path.isdir(None),
            lambda: os.path.exists(1.5), lambda: os.fspath(1), lambda: splitext("a", "b")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(join.__name__, split.__module__)
