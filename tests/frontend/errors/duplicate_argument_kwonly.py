def f(*args, a, a=1):
    pass
