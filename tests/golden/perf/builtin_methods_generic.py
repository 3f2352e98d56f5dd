# Method calls that must NOT take the direct built-in path
# (lower/lw_builtin_call.c): receivers inference cannot prove to be exactly
# a list/dict/str/set (dict subclasses of collections among them), keyword
# and starred arguments, and attempts to rebind a built-in type's method.
import collections


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)
        print("Bag.append", x)

    def pop(self):
        return "Bag.pop"


def add_to(target, x):
    target.append(x)  # a list or a Bag: the generic path
    return target


def main():
    print(add_to([1], 2), add_to(Bag(), 4).items)
    dd = collections.defaultdict(list)
    dd["k"].append(1)
    print(dd.get("k"), dd.get("z", "no"), dd.pop("k"), dict(dd))
    od = collections.OrderedDict(a=1, b=2)
    print(od.popitem(), od.popitem(last=False), od)
    mixed = [[1, 2], Bag()]
    for m in mixed:
        print(m.pop())
    s = "a,b,,c"
    print(s.split(sep=","), s.split(",", maxsplit=1), [3, 1, 2].index(1, 0))
    args = (",", 2)
    print(s.split(*args), "x".join(*[["p", "q"]]))
    try:
        list.append = lambda self, x: None
    except TypeError as e:
        print("TypeError", e)
    try:
        dict.get = None
    except TypeError as e:
        print("TypeError", e)
    a = []
    a.append(1)
    d = {}
    print(a, d.get(1, "still dict.get"))


main()
