# `for i in range(...)` compiled as a C loop: edges of the fast path and the
# generic path it falls back to.
def count(*args):
    out = []
    for i in range(*args):
        out.append(i)
    return out


def loop1(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def loop3(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out


B = 2**47
print(loop1(5), loop1(0), loop1(-3))
print(loop3(10, 0, -3), loop3(0, 10, 3), loop3(0, 10, -1), loop3(5, 5, 1))
print(loop3(B - 3, B + 2, 1))
print(loop3(-B + 2, -B - 3, -1))
print(loop3(B - 1, -B, -(B - 1)))
print(loop3(-B, B - 1, B))
print(loop3(0, 2**70, 2**68))
print(loop3(True, 4, True), loop3(False, True, 1))
print(loop3(2**63 - 2, 2**63 + 2, 1))
print(count(3) == loop1(3))
for bad in [(1, 5, 0), (1.0,), (0, "5"), (0, 5, None)]:
    try:
        loop3(*bad) if len(bad) == 3 else (loop1(bad[0]) if len(bad) == 1 else count(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(loop1(Idx(4)), loop3(Idx(1), Idx(7), Idx(2)))

# the loop variable changed inside the loop does not change the iteration
for i in range(4):
    print(i, end=" ")
    i = i * 100
print(i)
# nor does rebinding the bound
n = 3
for i in range(n):
    n = 100
    print(i, n, end="; ")
print()
# break skips else, normal end runs it
for i in range(10):
    if i == 4:
        break
else:
    print("not reached")
print("broke at", i)
for i in range(3):
    pass
else:
    print("else ran", i)
j = "unset"
for j in range(0):
    pass
print(j)
# continue, nesting
total = 0
for i in range(6):
    if i % 2:
        continue
    for k in range(i, 0, -1):
        total += k * i
print(total)
# return from inside, a generator, a closure over the loop variable
def first_over(limit):
    for i in range(1, 100):
        if i * i > limit:
            return i
    return None


def gen(n):
    for i in range(n, 0, -2):
        yield i


print(first_over(50), first_over(10**6), list(gen(7)))
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print([f() for f in fs])
# exception inside the loop body, caught outside
try:
    for i in range(5):
        if i == 2:
            raise KeyError(i)
except KeyError as e:
    print("KeyError", e)
# range shadowed locally: not the builtin
def shadow():
    range = lambda n: [n, n]
    return [i for i in range(2)] + [x for x in [0]] + [i for i in range(3) for _ in [0]]


def shadow_for():
    range = lambda n: ["a", n]
    out = []
    for i in range(7):
        out.append(i)
    return out


print(shadow(), shadow_for())
# huge bounds: iteration stops early
for i in range(-2**80, 2**80, 2**79):
    print(i, end=" ")
print()
for i in range(10**20):
    if i > 2:
        break
print(i)
