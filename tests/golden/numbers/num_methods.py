# Number attributes and methods, format types n and grouping, round/divmod/hash with big ints and floats.
x = 2 ** 70 + 5
print("{0.real} {0.imag} {1[0]}".format(x, "ab"), "{:n}".format(1234567), "{:n}".format(1234.5), format(1e300, ","), format(2**70, "n"))
print(round(x, -3), round(-x, -5), round(12345, 10), round(1.23456789e10, -3), round(7, 0), type(round(7.5)), type(round(7.5, 0)))
print(int.__name__, float.__name__, str.__name__, bytes.__name__, type(x).__name__, isinstance(x, int))
print(divmod(-(2 ** 100), 7), divmod(2 ** 100, -7.5), (-(2 ** 100)) % 7.5, 2 ** 100 // 7.5)
print(1 == 1.0 == True, hash(2 ** 100) == hash(float(2 ** 100)), hash(-1), hash(-2), hash(1e-320), hash(0.1))
print(sum([2 ** 70, 1.5, -2 ** 70]), max([1, 2.5, 2 ** 70]), abs(-0.0), pow(-2, 3), pow(2, -3), pow(-8, 1 / 3) if False else 0)
print("%.60f" % 0.1, "%.0e" % 12345, "%#.0f" % 3, "%+.3g" % 1e-20, "%10.4s|" % "abcdefg", "%-+8.2f|" % 3.14159)
print(f"{x:>40,}", f"{-x:_^40}", f"{x:#_b}"[:20], f"{x:=+40}", f"{0:#o}", f"{-0.0:.0f}", f"{1e-7}", f"{123e-310}")
