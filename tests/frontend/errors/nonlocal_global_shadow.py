def g():
    x = 1
    def h():
        global x
        def f():
            nonlocal x
