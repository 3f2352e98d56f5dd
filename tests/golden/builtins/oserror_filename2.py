# OSError's five-argument form (errno, strerror, filename, winerror,
# filename2) and its text "[Errno 2] ...: 'a' -> 'b'".
e = OSError(2, "No such file or directory", "a", None, "b")
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "No such file or directory", None, None, "b")
print(e, e.filename, e.filename2)
e = OSError(13, "Permission denied", "f")
print(type(e).__name__, e, e.filename, e.filename2)
e = OSError(2, "x", "a", 5)
print(e, e.args, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(e, e.args, e.filename, e.filename2)
print(OSError(2, "x").filename2, OSError("plain").filename2)
try:
    raise FileNotFoundError(2, "No such file or directory", "src.txt", None, "dst.txt")
except OSError as err:
    print(repr(err), "|", err)
