# Imported by aug_float_main.py: float targets of `o.a op= e` / `xs[i] op= e`
# and parallel assignments in a module of a multi-module program (no type
# inference there: the generic path), and run alone (one module: unboxed).


class Acc:
    def __init__(self):
        self.total = 0.5
        self.parts = [1.0, 2.0]


def feed(acc, x):
    acc.total += x
    acc.total *= 1.5
    acc.parts[0] -= x
    acc.parts[1] /= 2
    a, b = acc.total, acc.parts[0]
    a, b = b, a
    return a, b


if __name__ == "__main__":
    print(feed(Acc(), 2.0))
