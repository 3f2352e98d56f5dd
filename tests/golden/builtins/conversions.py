print(chr(0), repr(chr(0)), chr(97), chr(0x3b1), chr(0x10FFFF) == "\U0010ffff", chr(True), repr(chr(127)))
print(ord("a"), ord("\n"), ord("€"), ord("\U0001F40D"), ord(chr(1234)), ord(b"A"), ord("\x00"))
print([chr(ord(c) + 1) for c in "HAL"], "".join(map(chr, range(65, 70))))
print(hex(0), hex(1), hex(-1), hex(255), hex(4096), hex(2 ** 64), hex(-(2 ** 64)), hex(True))
print(oct(0), oct(7), oct(8), oct(-64), oct(2 ** 70), bin(0), bin(1), bin(10), bin(-10), bin(2 ** 65 - 1))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), hex(0xDEADBEEF), bin(False))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2 ** 70), lambda: chr(2 ** 40), lambda: chr(-2 ** 31 - 1), lambda: chr(2 ** 31 - 1), lambda: chr("a"), lambda: chr(1.0),
            lambda: chr(), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab"),
            lambda: hex(1.0), lambda: oct("7"), lambda: bin(None), lambda: hex()]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
