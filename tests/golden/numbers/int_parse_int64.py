# int() of text whose value fits 64 bits takes a fast path (long_str.c digits_to_int64); the edges of that range, every base.
cases = ["0", "-0", "+5", " 42 ", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
         "-9223372036854775809", "99999999999999999999", "0x7fffffffffffffff", "0xffffffffffffffff", "0b" + "1" * 63,
         "0b" + "1" * 64, "0o777", "00012", "1" * 40, "-" + "9" * 19, "z" * 12, "ZZZZZZZZZZZZZ", "1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9"]
for c in cases:
    for base in (10, 0, 16, 36, 2, 8):
        try:
            v = int(c, base)
            print(c, base, v, type(v).__name__, v + 1, -v)
        except ValueError as e:
            print(c, base, "ValueError", e)
print(int("12345") * 3, int(b"77"), int(" -17\n"))
