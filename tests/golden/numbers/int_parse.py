# int(str, base) and str() of big numbers.
print(int("0"), int("-0"), int("  42  "), int("+7"), int("1_000_000"), int("\t-12\n"), int("0042"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("0b_1_0", 0), int("z", 36), int("Z", 36))
print(int("777", 8), int("101", 2), int("-101", 2), int("10", 3), int("0", 0), int("000", 0), int("0_0", 0), int("12", 10))
print(int("123456789" * 5), int("-" + "9" * 60), int("f" * 40, 16), int("1" * 100, 2), int("zz" * 15, 36))
print(int(3.7), int(-3.7), int(True), int(1e30), int(-2.5e20), int(2 ** 70), int("  0x_1_f  ", 16), int(b"42") if False else 42)
for s in ["1" * 50, "-" + "1" * 50, str(2 ** 200), str(-(3 ** 300))]:
    v = int(s)
    print(str(v) == s, len(str(v)), repr(v) == s, str(v * 10)[-3:], v % 1000)
print(str(2 ** 256), str(-(10 ** 40)), str(10 ** 40 - 1), str(12345678901234567890 * 98765432109876543210))
print(hex(-(2 ** 65)), oct(2 ** 65), bin(-(2 ** 65)), hex(0), oct(-1), bin(0))
for args in [("",), (" ",), ("1 2",), ("1__0",), ("_1",), ("1_",), ("0x",), ("0x1g", 16), ("9", 8), ("12", 37), ("12", 1), ("08", 0), ("0b2", 0), ("abc", 10), ("٣x",), ("1.5",), ("1e5",), ("0o8", 0), (2.5, 10), ("-", ), ("+",)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(float("inf"),), (float("nan"),), (None,), ([1],)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
