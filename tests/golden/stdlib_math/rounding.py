# floor/ceil/trunc return ints (big for huge floats); ints pass through.
import math

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 1.5e300, 7, -7, True, 2**100, 0.9999999999999999]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(-1e-300), math.ceil(-1e-300), math.ceil(1e-300))


class Money:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor of %s" % self.v

    def __ceil__(self):
        return "ceil"


print(math.floor(Money(3)), math.ceil(Money(4)))
for f in [math.floor, math.ceil, math.trunc]:
    for bad in [math.inf, -math.inf, math.nan, "x", None]:
        try:
            print(f(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
