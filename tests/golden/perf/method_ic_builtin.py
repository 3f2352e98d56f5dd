# Method calls on receivers of built-in types that inference cannot prove
# (the IC_BUILTIN entries of py2c_method_lookup_ic): one site sees many
# types (more than its cache's ways), runtime-module types next to the
# core built-in types, a user class with the same method names, classmethods
# and slot wrappers reached through an instance, missing methods; and sets
# of str keys (equal text in distinct objects, objects equal to a str).
import collections


class Grower:
    def __init__(self):
        self.items = []

    def append(self, x):
        print("Grower.append", x)
        self.items.append(x * 10)

    def __repr__(self):
        return "Grower" + repr(self.items)


class Plain:
    def copy(self):
        return "Plain.copy"

    def __repr__(self):
        return "Plain()"


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Key.__eq__", self.text, other)
        return self.text == other


def grow(target, x):
    target.append(x)
    return target


def copy_of(x):
    return x.copy()


def show(x):
    return x.__repr__()


def upper_or_error(x):
    try:
        return x.upper()
    except AttributeError as e:
        return "AttributeError: " + str(e)


def main():
    for t in [[1], Grower(), [3], collections.deque([4]), Grower(), [5]]:
        print(grep_safe(t))
    for _ in range(2):
        things = [[1, 2], {"a": 1}, {3, 4}, frozenset([5]), Plain(), collections.deque([6]), collections.OrderedDict(z=1), {"b": 2}]
        for x in things:
            c = copy_of(x)
            print(type(c).__name__, c, c is x)
    for x in [[1], (2,), {"k": 3}, "s", 4, 5.5, None, Plain(), Grower(), range(3), collections.deque()]:
        print(show(x))
    for x in ["abc", 1, "déf", [2], b"x", "ghi", ValueError("v"), "jk"]:
        print(upper_or_error(x))
    for d in [{}, {"x": 1}]:
        f = d.fromkeys
        print(d.fromkeys([1, 2], 0), f("ab"))
    for s in ["a-b", "c"]:
        print(s.maketrans("-", "+"), s.translate(s.maketrans("-", "+")))
    e = ValueError("boom")
    e.with_traceback = lambda tb: "shadowed"
    for x in [ValueError("v"), e]:
        print(x.with_traceback(None))
    words = "the cat and the hat and the bat".split()
    seen = set()
    for w in words:
        seen.add("".join([c for c in w]))  # equal text, distinct objects
    print(sorted(seen), "the" in seen, "".join(["h", "a", "t"]) in seen, "dog" in seen)
    seen.discard("".join(["c", "a", "t"]))
    print(sorted(seen), len(seen))
    fs = frozenset(["x" * 20, "y"])
    print(("x" * 10 + "x" * 10) in fs, "x" * 19 in fs, {"p", "q"} & {"q", "r"}, {"a"} | {"".join(["a"])})
    mixed = {Key("k"), "m"}
    print("k" in mixed, Key("m") in mixed, len(mixed | {"k"}))


def grep_safe(t):
    grow(t, 9)
    return t


main()
