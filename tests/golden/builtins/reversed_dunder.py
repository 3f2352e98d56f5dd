# reversed() uses a type's __reversed__ (built-in method tables, user
# classes) before the sequence protocol.
from collections import deque, OrderedDict


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


class Rev(Seq):
    def __reversed__(self):
        return iter(["own", "reversed"])


class NoRev(Seq):
    __reversed__ = None


d = deque([1, 2, 3])
print(list(reversed(d)), type(reversed(d)).__name__)
print(list(reversed(Seq())), list(reversed(Rev())))
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(OrderedDict(a=1, b=2))), list(reversed({"x": 1, "y": 2})))
print(list(reversed([1, 2])), list(reversed((1, 2))), list(reversed(range(3))), list(reversed("ab")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
