# __hash__ results: ints that fit in 64 bits are used as they are (CPython's
# slot_tp_hash), -1 becomes -2, larger ints are hashed again.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for v in [2**62, 2**63 - 1, -2**63, -1, -2, 0, 12345, 2**61 - 1, 2**61, 2**64, -2**64, 2**100, True]:
    print(v, hash(H(v)))

d = {H(2**62): "a"}
print(len(d), hash(next(iter(d))) == 4611686018427387904)


class B:
    def __hash__(self):
        return "x"


try:
    hash(B())
except TypeError as e:
    print("TypeError:", e)
