# float arithmetic, repr, round and conversions.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10, -0.0, 1e300 * 1e10, -1e300 * 1e10)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(7.5, -2), 2.0 ** -2, (-2.0) ** 3, 10 ** -2)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(1234.5678, -2), round(-0.4, 0))
print(float("1_000.5"), float(" -inf "), float("nan"), float("1e400"), float("-0"), int(3.99), int(-3.99), int(1e20))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), (1.5).hex())
print(hash(1.5), hash(-0.5), hash(1e100), hash(float("inf")), hash(2.0) == hash(2), 0.5 == 1 / 2)
print(abs(-3.5), -(-0.0), max(1.5, 2), min(0.1, 0.2), sum([0.1] * 10), 1e22, 1e23, 5e-324)
