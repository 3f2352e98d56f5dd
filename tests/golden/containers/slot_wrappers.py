d = {"a": 3, "b": 1, "c": 2}
print(max(d, key=d.__getitem__), sorted(d, key=d.get), d.__contains__("a"), d.__len__())
l = [5, 6]
print(l.__len__(), l.__getitem__(0), l.__getitem__(0), l.__contains__(6), l.__repr__(), l.__str__())
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, (1, 2).__getitem__(1), "abc".__len__(), "abc".__contains__("b"), (1).__eq__(1), (1).__eq__("a"))
it = [1].__iter__()
print(it.__next__(), next(it, "end"), (3).__lt__(4), (2.5).__ge__(3), {1}.__len__(), range(5).__len__())
f = l.__len__
print(f(), list(map([10, 20, 30].__getitem__, [2, 0])), list(filter({1, 3}.__contains__, range(5))))
for src in [lambda: [].__len__(1), lambda: [].__getitem__(), lambda: (1,).__getitem__(), lambda: {}.__setitem__(1),
            lambda: [].__iter__().__next__(), lambda: [1].__delitem__(5), lambda: [].__len__(x=1), lambda: (5).__len__,
            lambda: {1: 2}.__contains__([]), lambda: "a".__getitem__(9)]:
    try:
        print(src())
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError("bad", 1)
print(e.__str__(), e.__repr__(), KeyError("k").__str__(), (1.5).__repr__(), "s".__repr__(), None.__repr__(), True.__str__())


class P:
    pass


class Q:
    def __repr__(self):
        return "Q!"


p = P()
print(Q().__repr__(), Q().__str__(), p.__str__() == P.__repr__(p) == repr(p), {1: [2]}.__repr__())
