s = "Hello, Wörld"
print(s.upper(), s.lower(), s.swapcase(), s.title())
print(s.split(", "), s.find("W"), s.replace("l", "L", 2))
print(repr(s), len(s), s[7], s[-1], s[::-1], s[1:5])
print("-".join(["a", "b", "c"]), "  x  ".strip(), "ß".upper())
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("{0} {name!r} {0:>5}".format("x", name="y"))
print(f"{s!r:>20}|{3.5}|{'abc':^7}|")
for ch in "héllo":
    print(ch, end=",")
print()
print("é" in s, "ö" in s, b"abc"[1], b"\xff".hex(), "é".encode())
print(b"caf\xc3\xa9".decode(), repr(b"it's"))
