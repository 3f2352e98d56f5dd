# More direct built-in method calls (lower/lw_builtin_call.c): list.sort(),
# dict.update, str searching/splitting/classifying, set pop/copy/clear and
# comparisons, with their errors.


def show_error(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, "->", type(e).__name__, e)
    else:
        print(what, "=", r)


def lists():
    a = [3, 1, 2]
    print(a.sort(), a)
    b = ["b", 1]
    show_error("sort mixed", lambda: b.sort())
    print(b)


def dicts():
    d = {"a": 1}
    print(d.update({"b": 2}), d.update([("c", 3), ("a", 0)]), d)
    show_error("update(5)", lambda: d.update(5))
    show_error("update([1])", lambda: d.update([1]))
    show_error("update([(1, 2, 3)])", lambda: d.update([(1, 2, 3)]))
    print(d)


def strs():
    t = "banana band"
    print(t.rfind("an"), t.rfind("an", 0, 5), t.rfind("an", 9), t.rfind("x"))
    print(t.index("an"), t.index("an", 2), t.index("an", 2, 6))
    print(t.count("an"), t.count("an", 2), t.count("an", 2, 5), t.count(""))
    print(t.rsplit(), t.rsplit("an"), t.rsplit("an", 1), t.rsplit(None, 1))
    lines = "one\ntwo\r\nthree\n"
    print(lines.splitlines(), lines.splitlines(True), lines.splitlines(False))
    print(t.partition("an"), t.partition("x"), t.rpartition("an"), t.rpartition("x"))
    for s in ["123", "12a", "", " \t", "abc", "ab c", "²", "ä"]:
        print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
    show_error("index('x')", lambda: t.index("x"))
    show_error("index('an', 8)", lambda: t.index("an", 8))
    show_error("count(1)", lambda: t.count(1))
    show_error("partition('')", lambda: t.partition(""))
    show_error("rpartition(1)", lambda: t.rpartition(1))
    show_error("rsplit('')", lambda: t.rsplit(""))
    show_error("splitlines('x')", lambda: lines.splitlines("x"))


def sets():
    s = {4}
    c = s.copy()
    c.add(5)
    print(s.pop(), s, sorted(c))
    show_error("{}.pop()", lambda: s.pop())
    print(c.issubset({4, 5, 6}), c.issubset([4]), c.issuperset([5]), c.issuperset({7}))
    print(c.isdisjoint([1, 2]), c.isdisjoint(range(5)), c.clear(), c)
    show_error("issubset(3)", lambda: c.issubset(3))
    show_error("isdisjoint([[1]])", lambda: {1}.isdisjoint([[1]]))


lists()
dicts()
strs()
sets()
