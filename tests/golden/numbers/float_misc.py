# float reprs, true division, float // and %, int/float mixing, conversions.
vals = [0.1 + 0.2, 1e16, 1e15, 1e-7, 1e-4, 1e-5, 0.1, 1 / 3, 2 / 3, 1e22, 1e23, 1.5e300 * 1.5e300, -1.5e300 * 1.5e300, 123456789.0, 9007199254740993.0, 5e-324, 1.7976931348623157e308, -0.0, 0.0, 100.0, 1e100, 12345678901234567.0, 0.30000000000000004]
for v in vals:
    print(v, repr(v), str(v), -v, v * 2, v / 3)
print(float("inf"), float("-inf"), float("nan"), float("-nan"), float("Infinity"), float("-iNF"), float(" 1e5 "), float("1_0.5"), float(".5"), float("5."), float("+0"))
print(1 / 3, 10 / 5, -7 / 2, 2 ** 60 / 3, 1 / -4, 0 / 5, -0 / 5, 0.0 / -5, 7 / 7.0, 1e308 / 1e-10)
print(7.0 // 2, -7.0 // 2, 7 // -2.0, 7.5 // 0.5, -0.5 // 1, 0.5 // -1, 1e300 // 1e-300 if False else 0, 5.0 % 3, -5.0 % 3, 5 % -3.0, -0.0 % 5, 0.0 % -5, 1e-300 % 1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(-0.0, 1), divmod(1e308, 0.5)[1], 3.5 % float("inf"), -3.5 % float("inf"), 3.5 // float("inf"), -3.5 // float("inf"))
print(1 + 1.0, 2 ** 70 + 1.0, 3 * 0.1, True + 0.5, 2 ** 0.5, (-8) ** (1 / 3) if False else 0, 10 ** -1, 2 ** -1074, 2 ** 1023 * 2.0 if False else 1)
print(float(1), float(-2 ** 60), float(2 ** 1023), float("1" * 30), float(True), int(1e16), int(-0.9), round(0.5), round(-0.5), round(1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e300, -299), round(123.456, -1), round(-123.456, 1), round(5e-324, 323), round(1.5, 0), round(float("inf"), 3))
print(abs(-0.0), abs(float("-inf")), abs(-2.5), pow(2.0, 3), pow(2, -2), pow(-2.0, 2), pow(4, 0.5), pow(0.0, 0.0), pow(float("nan"), 0), pow(1, float("nan")))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(0, 3), divmod(2 ** 70, 7), divmod(True, 2))
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (0.1).hex(), 1e16 == 10 ** 16, 0.1 + 0.2 != 0.3, float("nan") != float("nan"))
print(int(7.9), int(-7.9), int(2.0 ** 80), float(2 ** 80) == 2 ** 80, 2 ** 80 + 0.0, str(1e16), str(-1e-7), str(1.0e-7), repr(1e-7))
