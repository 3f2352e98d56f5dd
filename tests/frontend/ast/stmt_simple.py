x = 1
a = b = c
x: int
y: "list[int]" = []
(z): int = 3
obj.attr: int = 4
seq[0]: str
x += 1
x -= 1
x *= 2
x @= m
x /= 2
x //= 2
x %= 3
x **= 2
x <<= 1
x >>= 1
x |= 1
x ^= 1
x &= 1
del x
del a, b[0], c.d
del (e, f), [g]
pass
assert x
assert x, "message"
global g1, g2
x
