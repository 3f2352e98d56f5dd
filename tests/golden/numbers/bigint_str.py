# str() / repr() / int() of big ints (up to the 4300-digit limit), bin/oct/hex,
# and the digit streams of the pidigits-style spigot operations (big * small,
# big + big, small quotients of big by big); checked against CPython.
import random

random.seed(314)
total = 0
for bits in (48, 63, 64, 65, 100, 128, 200, 1000, 3000, 10000, 14000):
    for _ in range(4):
        v = random.getrandbits(bits)
        if random.getrandbits(1):
            v = -v
        s = str(v)
        assert int(s) == v and repr(v) == s
        total = (total * 31 + sum(map(ord, s)) + len(s)) % 1000000007
        print(bits, len(s), s[:25], s[-25:], hex(v)[-12:], oct(v)[:14], bin(v)[-20:])
print("str checksum", total)
print(str(10**4299)[:5], len(str(10**4299)), str(-(10**4299) + 1)[-5:], str(2**64), str(-(2**64)), str(2**47), str(-(2**47)))


def spigot(n):
    q, r, t, k = 1, 0, 1, 1
    out = []
    while len(out) < n:
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        out.append(d)
        q, r = 10 * q, 10 * (r - d * t)
    return out, q.bit_length(), r.bit_length(), t.bit_length()


digits, qb, rb, tb = spigot(300)
print("".join(map(str, digits)), qb, rb, tb)
