# Direct calls of list/dict/str/set methods on receivers inference proves
# are exactly that type (lower/lw_builtin_call.c): every table row, with each
# arity it accepts, and the errors the methods raise.


def show_error(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, "->", type(e).__name__, e)
    else:
        print(what, "=", r)


def lists():
    a = [3, 1, 4]
    print(a.append(1), a)
    print(a.extend((5, 9)), a.extend(x for x in "ab"), a)
    print(a.insert(0, 2), a.insert(-1, "i"), a.insert(100, "end"), a)
    print(a.pop(), a.pop(0), a.pop(-2), a)
    print(a.remove(1), a)
    print(a.index(1), a.index(5, 2), a.index(4, 1, 3), a.count(1), a.count("zz"))
    b = a.copy()
    b.append("only b")
    print(a.reverse(), a, b)
    print(b.clear(), b, len(b))
    e = []
    show_error("[].pop()", lambda: e.pop())
    show_error("pop(7)", lambda: a.pop(7))
    show_error("pop('x')", lambda: a.pop("x"))
    show_error("remove(42)", lambda: a.remove(42))
    show_error("index(42)", lambda: a.index(42))
    show_error("index(4, 3)", lambda: a.index(4, 4))
    show_error("extend(5)", lambda: a.extend(5))
    show_error("insert('0', 1)", lambda: a.insert("0", 1))
    a.append(a)
    print(a)
    a.extend(a)
    print(len(a), a.count(a), a.clear(), a)  # (clear: no cycle left behind)


def dicts():
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 0))
    print(d.setdefault("b", 2), d.setdefault("b", 3), d.setdefault("c"), d)
    print(list(d.items()), list(d.keys()), list(d.values()))
    print(d.pop("c"), d.pop("zz", "dflt"), d)
    c = d.copy()
    c["new"] = 0
    print(d.popitem(), d, c)
    print(d.clear(), d, c)
    show_error("get([])", lambda: c.get([]))
    show_error("get([], 0)", lambda: c.get([], 0))
    show_error("setdefault({})", lambda: c.setdefault({}))
    show_error("pop('zz')", lambda: c.pop("zz"))
    show_error("pop([])", lambda: c.pop([]))
    show_error("{}.popitem()", lambda: d.popitem())
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    print(sorted(counts.items()), 1.0 in counts.values(), counts.get(1.0))
    k = {1: "int"}
    print(k.get(1.0), k.get(True), k.pop(True))


def strs():
    s = "  Hello, World  "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" Hd")))
    print(repr(s.lstrip(" H")), repr(s.rstrip("d ")), s.upper(), s.lower())
    t = s.strip()
    print(t.split(), t.split(","), t.split("o", 1), t.split(None, 1), "a  b".split(" "))
    print(t.startswith("Hell"), t.startswith(("x", "He")), t.startswith("World", 7), t.startswith("Wo", 7, 8))
    print(t.endswith("ld"), t.endswith(("x", "d")), t.endswith("llo", 0, 5), t.endswith("World", 0, -1))
    print(t.replace("l", "L"), t.replace("l", "L", 2), t.replace("", "-", 3))
    print(t.find("o"), t.find("o", 5), t.find("o", 5, 8), t.find("zz"), t.find(""))
    sep = ", "
    print(sep.join(["a", "b"]), sep.join(x for x in "xyz"), repr("".join([])), "-".join({"k": 1}))
    show_error("join ints", lambda: sep.join(["a", 1]))
    show_error("join 5", lambda: sep.join(5))
    show_error("split('')", lambda: t.split(""))
    show_error("split(1)", lambda: t.split(1))
    show_error("startswith(1)", lambda: t.startswith(1))
    show_error("endswith([])", lambda: t.endswith(["d"]))
    show_error("replace(1, 2)", lambda: t.replace(1, "x"))
    show_error("find(None)", lambda: t.find(None))
    show_error("strip(5)", lambda: t.strip(5))
    u = "ünïcödé ß"
    print(u.upper(), u.find("ö"), u.replace("ï", "i"), u.split("c"))


def sets():
    s = {1, 2}
    print(s.add(3), s.add(1), sorted(s))
    print(s.discard(2), s.discard(42), sorted(s))
    print(s.remove(1), sorted(s))
    s.add(frozenset({5}))
    s.discard({5})
    print(sorted(s, key=str))
    show_error("remove(42)", lambda: s.remove(42))
    show_error("add([])", lambda: s.add([]))
    show_error("discard([])", lambda: s.discard([]))
    show_error("remove({9})", lambda: s.remove({9}))


lists()
dicts()
strs()
sets()
