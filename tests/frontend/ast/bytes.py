b""
b"abc"
B'abc'
b"\x00\xff\x7f"
b"\n\t\\\'\"\a\b\f\v\r"
b"\0\1\12\123\777\400"
b"\d \u1234 \U00012345 \N{X}"
b"a" b'b' b"""c"""
br"raw\x"
rb'raw\n'
bR"x" Rb'y'
b"line\
cont"
b"""multi
line"""
