b = b"hello\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]))
print(b"ab" + b"cd", b"ab" * 3, b"ell" in b, 104 in b, b == b"x", b"a" < b"b")
print("naïve café".encode(), "naïve".encode("ascii", "replace"), "é".encode("latin-1"))
print(b"na\xc3\xafve".decode(), b"\xe9t\xe9".decode("latin-1"), bytes(3), bytes([65, 66]))
for x in b"hi":
    print(x)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
