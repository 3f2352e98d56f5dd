# Every kind of seed: ints of any size (absolute value), str/bytes (SHA-512
# appended), floats (their hash), None (not reproducible: only shapes printed).
import random

for s in [0, 1, -1, 42, 2**32 - 1, 2**32, 2**64 + 5, -(2**64 + 5), 10**100, True, False]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.getrandbits(20))
for s in ["", "a", "hello", "é unicode ✓", "x" * 111, "y" * 112, "z" * 1000, b"", b"bytes!", b"\x00\x00\x01"]:
    random.seed(s)
    print(repr(s)[:20], random.random())
for s in [0.0, 1.0, 3.5, -1.25, 1e300, 0.1, float("inf"), -2.0]:
    random.seed(s)
    print(s, random.random())
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)
random.seed()
print(type(random.random()).__name__)
random.seed(7, version=2)
print(random.random())
random.seed(a=8)
print(random.random())

# independent generators
r1 = random.Random(123)
r2 = random.Random(123)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random("seed")
print(r3.random(), r3.choice("abc"), r3.sample(range(10), 3), r3.gauss(0, 1))
r3.seed(5)
print(r3.random())
random.seed(5)
print(random.random())
print(type(r1).__name__, isinstance(r1, random.Random))

# getstate / setstate
random.seed(99)
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])
random.gauss(0, 1)
st = random.getstate()
g = random.gauss(0, 1)
random.setstate(st)
print(g == random.gauss(0, 1), type(st[2]).__name__)

# version 1 seeding of str and bytes (Python 2's string hash)
for s in ["", "abc", "héllo ✓ 𝄞", b"abc", b"\xff\xfe"]:
    random.seed(s, version=1)
    print(repr(s), random.random())
