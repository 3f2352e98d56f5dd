def f(x):
    global x
    for i in y:
        pass
    else:
        continue


await g()
*a, *b = c
