# bytes: literals, len, indexing, slicing, iteration, comparisons, decode/encode with errors, hex.
b = b"Hello, \xe4\xb8\x96 world\n"
print(b, len(b), b[0], b[-1], b[7:10], b[::-1][:3], b[::3], b[100:], b[-3:-1])
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"a" != "a", b"abc" >= b"abc")
print(b"b" in b"abc", b"" in b"abc", 98 in b"abc", 255 in b"\xff", b"ab" + b"\x00", b"-" * 5, 2 * b"xy", b"x" * 0)
print(r"raw\n", rb"raw\n", b"\x41\102\t\\", b'"', b"'", b"\a\b\f\v", bytes(), bytes(0), bytes(b"copy"), bytes("é", "utf-8"))
print(b.decode("utf-8"), b[7:10].decode(), b"\xe4\xb8".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("latin-1"), b"abc".decode("ascii"), b"a\xffb".decode("ascii", "replace"), repr(b"\xc3\xa9".decode()))
print("€uro".encode("utf-8"), "€uro".encode("latin-1", "replace"), "€uro".encode("ascii", "ignore"), "é".encode("utf8"), "x".encode("UTF-8"))
print(b"\x00\x0f\xf0\xff".hex(), b"".hex(), list(b"\x01\x02"), tuple(b"ab"), sorted(b"cab"))
print(hash(b"abc") == hash(b"ab" + b"c"), b"abc"[1:2] == b"b", str(b"x"), bytes([0, 255, 128]), b"%d" if False else b"ok")
for i, c in enumerate(b"\x00A\xff"):
    print(i, c, end=" | ")
print()
for bad in [lambda: b"\xff\xfe".decode(), lambda: b"\xe4\xb8".decode("utf-8"), lambda: b"a\x80".decode("ascii"),
            lambda: "a€".encode("ascii"), lambda: "€".encode("latin-1"), lambda: b"abc"[3], lambda: b"x" + "y",
            lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("é"), lambda: b"x".decode("nope"),
            lambda: "\ud800".encode(), lambda: bytes(-1), lambda: b"a" < "a"]:
    try:
        print(bad())
    except (UnicodeError, IndexError, TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
