# `a, b = x, y` assigns without building a tuple (lw_stmt.c,
# lower_parallel_assign): every value first, then the targets left to right,
# as CPython. Swaps, rotations, globals, cells, unboxed floats, the order of
# side effects, and failures part-way.

log = []


class Logged:
    def __init__(self, name):
        self.name = name
        self.data = {}

    def __getitem__(self, k):
        log.append(f"get {self.name}[{k}]")
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        log.append(f"set {self.name}[{k}]={v}")
        if v == "boom":
            raise ValueError("cannot store boom")
        self.data[k] = v

    def __setattr__(self, attr, v):
        if attr not in ("name", "data"):
            log.append(f"setattr {attr}={v}")
        object.__setattr__(self, attr, v)


def key(k):
    log.append(f"key {k}")
    return k


def value(v):
    log.append(f"value {v}")
    return v


def swaps():
    a, b = 1, 2
    a, b = b, a
    x, y, z = "x", "y", "z"
    x, y, z = y, z, x
    p = [3, 1, 2]
    p[0], p[2] = p[2], p[0]
    i, j = 0, 1
    p[i], p[j] = p[j], p[i]
    i, p[i] = 2, 9  # i is stored before p[i] is evaluated
    return a, b, x, y, z, p, i


print(swaps())

g1, g2 = "first", "second"


def swap_globals():
    global g1, g2
    g1, g2 = g2, g1


swap_globals()
print(g1, g2)


def cells():
    u, w = 1, 2

    def flip():
        nonlocal u, w
        u, w = w, u

    flip()
    return u, w


print(cells())


def floats(n):
    x, y = 0.5, -0.25
    for _ in range(n):
        x, y = 0.9 * x - 0.1 * y + 0.01, 0.1 * x + 0.9 * y
    a, b = x, y
    a, b = b, a
    return x, y, a == y and b == x


print(floats(50))


def order():
    o = Logged("o")
    q = Logged("q")
    o[key(1)], q[key(2)], o.attr = value("a"), q[key(0)], value("c")
    print(log)
    log.clear()
    try:
        o[key(1)], o[key(2)], o[key(3)] = value("ok"), value("boom"), value("never")
    except ValueError as e:
        print("ValueError:", e, o.data)
    print(log)
    log.clear()
    try:
        o[key(5)], o[key(6)] = value(1), 1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, o.data)
    print(log)


order()


def nested_and_lists():
    (a, b), c = (1, 2), 3
    [d, e] = [c, a]
    f, [g, h] = b, (a, c)
    return a, b, c, d, e, f, g, h


print(nested_and_lists())


def unbound_read():
    try:
        m, n = 1, later
    except NameError as e:
        print("NameError:", e)
    later = 2
    try:
        k, q = q, 3
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return later


print(unbound_read())


def tb():
    a, b = 1, 2
    a, b = b, a / 0


tb()
