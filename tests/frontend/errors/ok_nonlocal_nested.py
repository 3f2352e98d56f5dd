def f():
    x = 1
    def g():
        nonlocal x
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
    g()
    return x
