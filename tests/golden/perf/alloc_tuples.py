# Tuples of each small size made and dropped in turn: a freed tuple's block is
# reused by the next tuple of the same length, which must hold exactly its own
# items (length, contents, hash, comparisons, repr).
from collections import namedtuple


def mk(n, k):
    return tuple(range(k, k + n))


def churn(rounds):
    acc = 0
    for r in range(rounds):
        for n in range(0, 12):
            ts = [mk(n, r + i) for i in range(50)]
            for i, t in enumerate(ts):
                if len(t) != n or (n and (t[0] != r + i or t[-1] != r + i + n - 1)):
                    print("bad tuple", n, t)
                acc += sum(t) + len(t)
            ts = None
        pairs = [(i, str(i)) for i in range(100)]
        acc += sum(a for a, _ in pairs) + len("".join(b for _, b in pairs))
        acc += hash((r, r + 1)) == hash(tuple([r, r + 1]))
    return acc


print("churn", churn(30))

# tuples that are dropped while still referenced elsewhere stay intact
keep = []
for i in range(500):
    t = (i, (i, i + 1), "x" * (i % 3))
    if i % 97 == 0:
        keep.append(t)
    t = None
print("kept", keep)
print("eq", (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2, 3) == tuple([1, 2, 3]))

# namedtuples and tuple subclasses beside plain tuples of the same length
P = namedtuple("P", "x y")


class T2(tuple):
    __slots__ = ()

    def swap(self):
        return T2((self[1], self[0]))


s = 0
for i in range(1000):
    p = P(i, -i)
    t2 = T2((i, 2 * i)).swap()
    plain = (p.y, t2[0])
    s += p.x + plain[0] + plain[1]
    if type(plain) is not tuple or type(t2) is not T2 or type(p) is not P:
        print("bad type")
print("mixed", s, P(1, 2), T2((3, 4)), type(T2((3, 4)).swap()).__name__)

# tuples nested very deeply: released without overflowing the C stack
t = ()
for i in range(200000):
    t = (t, i)
print("nested", t[1], t[0][1])
t = None
print("again", [(i,) for i in range(3)], [(i, i) for i in range(2)])

# tuple unpacking and star-args make short-lived tuples too
def f(*args):
    return len(args), args


for n in range(6):
    print("args", f(*range(n)))

# errors on a reused tuple report as usual
for i in range(20):
    (i, i, i)
t = (7, 8, 9)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
a, b, c = t
print(a + b + c)
x, y = (1, 2, 3)
