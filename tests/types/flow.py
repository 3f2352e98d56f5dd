# Flow-sensitive locals, numeric rules, loops and branches.
def mean(xs):
    total = 0
    for x in xs:
        total += x
    return total / len(xs)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def label(k):
    if k > 2:
        s = "big"
    else:
        s = None
    return s


def power(b, e):
    return b ** e


print(mean([1, 2, 3]), mean([0.5, 1.5]))
print(collatz(27), label(3), label(1))
print(power(2, 10), power(2, -1))
print(divmod(7, 2), abs(-3), round(2.5), round(2.567, 2), sum([1, 2]), min(3, 4.5))
