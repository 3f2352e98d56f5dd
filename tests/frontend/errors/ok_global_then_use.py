def f():
    global x
    x = 1
    return x


global y
y: int = 2
