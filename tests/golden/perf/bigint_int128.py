# Ints below 2**128 (long.c's binary128: + - * // % << >> straight on a
# 128-bit magnitude): a 64-bit LCG as in bench/chaos.py, results that land
# exactly on the small-int bounds (+-2**47) and on the 2**64 and 2**128
# edges, products and left shifts of up to and just past 128 bits, floor
# division and modulo signs, bool operands, and the general path's errors
# (division by zero, negative shift counts, wrong types) with tracebacks.
M64 = 18446744073709551616


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % M64
        return (self.state >> 33) % bound


rng = Lcg(2024)
draws = [rng.next(100) for _ in range(2000)]
print("lcg", sum(draws), draws[:20], rng.state, hex(rng.state))
h = 0
for i in range(3000):
    rng.next(7)
    s = rng.state
    h = (h * 31 + (s >> 1) - (s >> 17) * 3 + s // 1000003 - s % 65521) % (2**61 - 1)
print("lcg mix", h)

# results on the small-int bounds and just past them
B = 2**47
for v in [B - 1, B, B + 1, -B, -B - 1, -B + 1]:
    print(v, v + 2**64 - 2**64, (v * 2**20) // 2**20, (v << 64) >> 64, -(-v), v * -1, type(v + 2**64 - 2**64).__name__)
print((2**64 + B) % 2**64, (2**64 - B) % 2**64 - 2**64, -(2**64) // 2**17, (-(2**64) - 1) // 2**17)
d = {B - 1: "small", B: "big", -B: "min"}
print(d[(2**70 + B - 1) % 2**70], d[(2**70 + B) % 2**70], d[(2**70 - B) % 2**70 - 2**70])

# edges of 2**64 and 2**128, every sign combination
edges = [2**32 - 1, 2**32, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1, 2**96 - 1, 2**96,
         2**127 - 1, 2**127, 2**128 - 1, 2**128, 3, 7, 2**47, 10**30]
total = 0
for a in edges:
    for b in edges:
        for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
            r = (x + y, x - y, x * y, x // y, x % y, divmod(x, y))
            total = (total * 1000003 + hash(r)) % (2**61 - 1)
print("edges", total)
print((2**64 - 1) * (2**64 - 1), 2**64 * (2**64 - 1), (2**64 + 1) * (2**64 - 1), 2**100 * 2**27, 2**100 * 2**28)
print(-(2**127) * 2, (2**128 - 1) + 1, -(2**128 - 1) - 1, (2**128 - 1) - (2**128), 2**127 + 2**127)
print(10**30 // 7, -(10**30) // 7, 10**30 % -7, -(10**30) % 2**64, (2**128 - 1) // (2**64 + 1), (2**128 - 1) % (2**64 - 1))
print((2**96 + 5) // (2**65 + 3), -(2**96 + 5) // (2**65 + 3), (2**96 + 5) % -(2**65 + 3), 7 // 2**100, -7 // 2**100, -7 % 2**100)

# shifts of values below 2**128, floor semantics for negatives
for v in (2**64 + 1, -(2**64 + 1), 2**127 + 12345, -(2**127 + 12345), -(2**100)):
    print([v >> k for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 1000)], v >> 2**70)

for v in (1, -1, 3, -(2**47), 2**47 - 1, 2**63 + 5, -(2**64 - 1), 2**100 + 1, 0):
    print([v << k for k in (0, 1, 16, 17, 31, 32, 63, 64, 80, 127, 128)], v << True, (v << 60) >> 60 == v)

# bool operands, and a float on the other side (not this path)
print(True * (2**64 + 1), (2**64 + 1) * False, (2**64 + 3) % True, (2**100) // True, (2**64) >> True, 2**64 + True)
print((2**64 + 1) * 0.5, (2**64) / 3, (2**64) // 2.0, 2**64 % 2.5)

# errors raised by the general path behind it
for f in (lambda: (2**64 + 1) // 0, lambda: (2**64 + 1) % 0, lambda: divmod(2**100, 0), lambda: (2**64) >> -1,
          lambda: (2**64) << -1, lambda: (2**64) + "x", lambda: "x" * (2**64), lambda: (2**64) % None):
    try:
        print("no error", f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)


def step(state, k):
    return (state * 6364136223846793005 + 1442695040888963407) % k


print(step(rng.state, M64), step(-rng.state, M64), step(rng.state, -M64))
print(step(rng.state, 0))
