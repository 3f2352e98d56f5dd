# `obj.attr op= e` and `xs[i] op= e` on float targets compute on doubles
# (lw_float_inplace): results, -0.0/inf/nan, int operands converted after
# both are read, the order of reads, and the errors with their tracebacks.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def bump(p, xs, k):
    p.x += 0.5
    p.x -= k
    p.y *= 1.5
    p.y /= 4
    xs[0] += p.x
    xs[1] *= -1.0
    xs[k] -= True
    return p.x, p.y, xs


print(bump(P(1.0, 2.0), [0.25, 0.0, 3.0, 7.0], 2))
print(bump(P(-0.0, float("inf")), [float("nan"), -0.0, 1e308, 5.0], 3))

big = P(1e308, 1.0)
big.x *= 10
print(big.x, big.x - big.x)


class Order:
    def __init__(self):
        self.v = 1.0
        self.log = []

    def side(self):
        self.log.append("side")
        self.v = 100.0
        return 2.0


def order():
    o = Order()
    o.v += o.side()  # the old value is read before side() runs
    print(o.v, o.log)
    ys = [1.0, 2.0]

    def grow():
        ys[0] = 50.0
        return 0.5

    ys[0] *= grow()
    print(ys)


order()


def int_operand(p, n):
    p.x += n
    return p.x


print(int_operand(P(0.5, 0.0), 2 ** 52 + 1))
print(int_operand(P(0.5, 0.0), -(2 ** 60)))


def too_big(p):
    p.y -= 10 ** 400


try:
    too_big(P(0.0, 0.0))
except OverflowError as e:
    print("OverflowError:", e)


def divide(p, xs, d):
    xs[0] /= d
    p.x /= d
    return p.x, xs


print(divide(P(3.0, 0.0), [1.0], 2.0))
print(divide(P(3.0, 0.0), [1.0], 0.5))
divide(P(3.0, 0.0), [1.0], 0.0)
