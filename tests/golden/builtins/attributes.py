class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"), getattr(p, "z", "default"), hasattr(p, "y"), hasattr(p, "z"))
setattr(p, "z", 3)
print(p.z, getattr(p, "z"))
delattr(p, "z")
print(hasattr(p, "z"), getattr(p, "z", None))
print(getattr(1, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(5, "append"))
it = iter([5, 6])
print(it.__next__(), next(it), list(reversed([1, 2, 3])))
for bad in [lambda: delattr(p, "z"), lambda: delattr(1, "real"), lambda: delattr(p), lambda: delattr(p, 1),
            lambda: getattr(p, "missing"), lambda: getattr(p), lambda: setattr(p, 1, 2), lambda: setattr(1, "x", 2),
            lambda: hasattr(p, None)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
