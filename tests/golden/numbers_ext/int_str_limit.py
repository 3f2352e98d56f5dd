# CPython 3.11 refuses to convert ints of more than 4300 decimal digits.
n = 10 ** 4299
print(len(str(n)), str(n)[:5], hex(10 ** 5000)[:10])
print(len(str(int("7" * 4300))))
big = n * 10
print(big.bit_length())
print(big)
