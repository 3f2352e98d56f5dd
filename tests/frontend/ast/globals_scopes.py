counter = 0

def inc():
    global counter
    counter += 1

def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a

def uses_both():
    global g
    g = 1
