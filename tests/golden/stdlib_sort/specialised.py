# list.sort()/sorted() on keys of one type (the runtime's specialised
# comparisons) and on everything that must keep the generic one.


from collections import namedtuple

# py2c cannot subclass int yet: a class whose < is reversed stands for one
# (sort must call its __lt__), and a namedtuple (a tuple subclass) for the rest.
Point = namedtuple("Point", "x y")


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


def lcg(n, mod, seed=7):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out


def ints():
    print(sorted([5, -3, 0, 2, -3, 7, 1]))
    big = 2**62
    mixed = [big + 1, 3, -big, -(2**100), 2**47, 2**47 - 1, -(2**47), -(2**47) - 1, 0, big, 10**30, -5]
    print(sorted(mixed))
    print(sorted(mixed, reverse=True))
    print(sorted([2**70 + i for i in (3, 1, 2, -5)]))
    tagged = [(2**70, "a"), (5, "b"), (2**69 * 2, "c"), (5, "d"), (-(2**70), "e"), (2**70, "f")]
    print(sorted(tagged, key=lambda p: p[0]))
    print(sorted(tagged, key=lambda p: p[0], reverse=True))
    data = lcg(300, 1000)
    s = sorted(data)
    print(s[:10], s[-10:], s == sorted(data, key=lambda v: v))
    print(sorted([True, False, True, 0, 1, -1]))  # ints and bools: equal ones keep their order
    print(sorted([True, False, True, False]))
    pairs = [(v % 7, i) for i, v in enumerate(lcg(100, 50))]
    print(sorted(pairs, key=lambda p: p[0])[:12])
    print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])


def floats():
    nan = float("nan")
    inf = float("inf")
    print(sorted([3.5, -0.0, 0.0, -1.25, inf, -inf, 2.0, 0.0, -0.0]))
    print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -inf]))
    print(sorted([nan, 2.0, 1.0]))
    print(sorted([2.0, 1.0, nan, 0.0, -1.0]))
    print(sorted([1.5, nan, 0.5], reverse=True))
    vals = [(v - 500) / 7 for v in lcg(200, 1000)]
    s = sorted(vals)
    print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
    print(sorted([1, 2.5, True, -3, 0.5, False, 2]))  # mixed: generic path
    print(sorted([2**80, 1.5, -(2**80), 3]))


def strs():
    words = ["pear", "apple", "", "Apple", "äpfel", "zebra", "éclair", "日本", "𝄞clef", "a", "ab", "aa", "\x00", "z\x00"]
    print(sorted(words))
    print(sorted(words, reverse=True))
    print(sorted(words, key=len))
    print(sorted(["ÿ", "Ā", "ω", "\uffff", "\U00010000", "~"]))
    many = [chr(0x3b1 + v % 5) + str(v) for v in lcg(250, 100000)]
    s = sorted(many)
    print(s[:4], s[-4:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
    print(sorted(many, key=lambda w: w[0])[:8])


def tuples():
    print(sorted([(3, 1), (1, 2), (3, 0), (1, 1), (2, 9), (-1, 5)]))
    print(sorted([("b", 2), ("a", 3), ("b", 1), ("é", 0), ("a", 1)]))
    print(sorted([(2.5, "x"), (-1.0, "z"), (2.5, "a"), (0.0, "m"), (-0.0, "b")]))
    print(sorted([(1, 2, 3), (1, 2), (1,), (0, 9, 9, 9), (1, 2, 2, 5), (1, 2)]))
    print(sorted([(True, 2), (1, 1), (0, 5), (False, 4)]))
    print(sorted([(2**70, 1), (2**70, 0), (5, 5), (-(2**70), 3)]))
    print(sorted([(1, "b"), (1, 2.5), (0, "a")], key=lambda t: t[0]))
    data = lcg(400, 10000)
    pairs = [(v % 10, -v) for v in data]
    s = sorted(pairs)
    print(s[:6], s[-6:], s == sorted(pairs, key=lambda p: (p[0], p[1])))
    print(sorted([(1, [2]), (0, [9]), (1, [1])]))
    print(sorted([(), (1,), ()]))
    print(sorted(["x1", "y2", "x3", "y4", "z", "w"], key=lambda w: (len(w), 1)))
    print(sorted(["x1", "y2", "x3", "y4", "z", "w"], key=lambda w: (len(w), 1), reverse=True))
    try:
        sorted([(1, "a"), (1, 2)])
    except TypeError as e:
        print("TypeError:", e)


def errors():
    for bad in ([1, "a"], ["a", 1], [1.5, None], [(1,), 1]):
        try:
            sorted(bad)
        except TypeError as e:
            print("TypeError:", e)


def subclass():
    print(sorted([Rev(1), Rev(3), Rev(2)]))
    print([v.v for v in sorted([Rev(5), Rev(9), Rev(-1), Rev(4)])])
    print(sorted([Point(2, 1), Point(1, 5), Point(2, 0), Point(-1, 9)]))
    print(sorted([Point(2, 1), (1, 5), Point(2, 0), (2, 0)]))
    print(sorted([(Rev(1), "a"), (Rev(3), "b"), (Rev(2), "c")]))


ints()
floats()
strs()
tuples()
errors()
subclass()
