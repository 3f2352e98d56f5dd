# repr quoting rules and escapes of str and bytes.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "\\", "tab\there", "nl\nx", "cr\rx", "\x00\x07\x1b\x7f",
          "\x80\x9f\xa0\xad", "é ñ ü", "\u200b\u2028\ufeff", "\ud800", "😀", "\U000e0001", "\U0010ffff", "ǅ", "\u0378", "'\"'"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'", 'b"', "c"]), repr(("x",)), repr({"k": "v'"}), str(["é", "\n"]))
for b in [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r", b"\x00\x7f\x80\xff", bytes(range(30, 40)), b""]:
    print(repr(b), str(b), len(repr(b)))
print("%r %a %s" % ("é'", "é'", "é'"), "{!r} {!a}".format("\n", "😀"), f"{'x'!r}{b'y'!r}")
