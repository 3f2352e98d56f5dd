# The README demo: `make demo` transpiles, builds and runs this file.
print("Hello from py2c!")
print("2 ** 10 =", 2 ** 10, "and 7 // -2 =", 7 // -2)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("py" + "2" + "c", "!" * 3, sep=" says ")
