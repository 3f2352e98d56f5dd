def f(w):
    [y := 1 for z in w]
    def g():
        nonlocal y
    return g
