# Generators, closures and comprehensions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def make_adder(k):
    def add(x):
        return x + k
    return add


def squares(n):
    return [v * v for v in count_up(n)]


total = 0
for v in count_up(4):
    total += v
add3 = make_adder(3)
print(total, squares(5), add3(4), {n: str(n) for n in range(3)})
