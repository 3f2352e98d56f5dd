print(*"ab")
print(b"bytes", 1j, ...)
print([1, 2], f"{1}")
