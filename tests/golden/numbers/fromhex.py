# float.fromhex and float.hex round trips.
for s in ["0x1.8p1", " -0X1.8P+1 ", "1.", ".8", "ff", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1080", "0x1.fffffffffffffp1023",
          "0x1.0000000000000800000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0p99999999999999999999", "-Infinity", "inf", "nan", "+0x0.0p0", "-0x0p0", "\t1P4\n"]:
    print(repr(s), float.fromhex(s))
for x in [0.1, -2.5, 1e300, 5e-324, 0.0, -0.0, 1 / 3, 2.0 ** 1023, float("inf"), 123.456]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x, (0.5).fromhex(x.hex()))
for s in ["", "0x", "0x.", "1p", "0x1_0", "0x1.\u00e9", "\u00a01", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1p99999999999999999999", "1e5", "0xg", "--1", "in"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError", e)
