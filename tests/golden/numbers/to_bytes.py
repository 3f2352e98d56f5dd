# int.to_bytes and int.from_bytes (3.11 defaults: length 1, big-endian).
for v, n in [(0, 0), (0, 1), (1, 1), (255, 2), (256, 2), (-1, 1), (-128, 1), (127, 1), (2 ** 70, 9), (2 ** 70 + 12345, 12), (-(2 ** 70), 10), (-(2 ** 64), 9), (2 ** 64 - 1, 8), (-(2 ** 63), 8)]:
    signed = v < 0 or n == 12
    big, little = v.to_bytes(n, "big", signed=signed), v.to_bytes(n, byteorder="little", signed=signed)
    print(v, n, big, little, int.from_bytes(big, "big", signed=signed), int.from_bytes(little, "little", signed=signed), int.from_bytes(big))
print((5).to_bytes(), True.to_bytes(), (65).to_bytes(3, "little"), int.from_bytes(b""), int.from_bytes([1, 2]), int.from_bytes((255,) * 3, signed=True), int.from_bytes(b"\x80", "little", signed=True))
print(int.from_bytes(b"\xff" * 10, signed=True), int.from_bytes(b"\x00\x01", byteorder="little"), (2 ** 100).to_bytes(13, "big").hex(), (1).from_bytes(b"\x02"))
calls = [
    ("(5).to_bytes(0)", lambda: (5).to_bytes(0)), ("(-1).to_bytes(1)", lambda: (-1).to_bytes(1)),
    ("(256).to_bytes(1)", lambda: (256).to_bytes(1)), ("(128).to_bytes(1, signed=True)", lambda: (128).to_bytes(1, signed=True)),
    ("(-129).to_bytes(1, 'big', signed=True)", lambda: (-129).to_bytes(1, "big", signed=True)),
    ("(1).to_bytes(-1)", lambda: (1).to_bytes(-1)), ("(1).to_bytes(1, 'mid')", lambda: (1).to_bytes(1, "mid")),
    ("(1).to_bytes(1, 5)", lambda: (1).to_bytes(1, 5)), ("(1).to_bytes(1, 'big', True)", lambda: (1).to_bytes(1, "big", True)),
    ("(1).to_bytes(x=1)", lambda: (1).to_bytes(x=1)), ("int.from_bytes(5)", lambda: int.from_bytes(5)),
    ("int.from_bytes(b'\\x01', byteorder='x')", lambda: int.from_bytes(b"\x01", byteorder="x")),
    ("(1).to_bytes('a')", lambda: (1).to_bytes("a")), ("int.from_bytes()", lambda: int.from_bytes()),
    ("(1).to_bytes(2**70)", lambda: (1).to_bytes(2 ** 70)), ("(1).to_bytes(1, length=2)", lambda: (1).to_bytes(1, length=2)),
]
for text, f in calls:
    try:
        print(text, "->", f())
    except (TypeError, ValueError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
