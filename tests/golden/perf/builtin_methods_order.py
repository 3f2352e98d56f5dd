# Direct built-in method calls (lower/lw_builtin_call.c) evaluate the receiver
# before the arguments, as CPython's LOAD_METHOD: arguments that rebind the
# receiver's variable (global, cell, walrus) do not change the object called.
g = [1]


def f():
    global g
    g = [2]
    return 0


g.append(f())
print(g)


def h():
    a = [1]
    first = a

    def k():
        nonlocal a
        a = []
        return 5

    a.append(k())
    print(a, first)
    b = [0]
    b.append((b := [9]))
    print(b)
    s = "x"
    print(s.join([s, (s := "y"), s]))
    d = {"k": "v"}
    print(d.get("k", (d := {})), d)


h()
