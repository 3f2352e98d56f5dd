# len(x) is a direct call of the runtime's len (lw_builtin_fn.c): lists and
# tuples inline, everything else through the type's length, with CPython's
# errors and tracebacks; calls the table does not cover stay generic.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths(xs):
    out = []
    for x in xs:
        out.append(len(x))
    return out


print(lengths([[], [1, 2, 3], (), (1,), "", "héllo", b"ab", {1: 2}, {3}, range(10), range(5, 0, -2),
               Sized(7), Sized(True), frozenset([1, 2])]))

big = [0] * 1000
big.append(1)
del big[:10]
print(len(big), len(big[::3]), len(tuple(big)))


def errors():
    for bad in [5, 2.5, None, Sized(-1), Sized(2 ** 70), Sized("3"), iter([1])]:
        try:
            print(len(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        len([1], [2])
    except TypeError as e:
        print("TypeError", e)
    try:
        len(obj=[1])
    except TypeError as e:
        print("TypeError", e)
    try:
        len()
    except TypeError as e:
        print("TypeError", e)


errors()


def in_expression(words):
    return sum(len(w) for w in words) + len(words) * 2 - len(words[0])


print(in_expression(["ab", "cde", "f"]))


def tb(x):
    return len(x) + 1


tb(object())
