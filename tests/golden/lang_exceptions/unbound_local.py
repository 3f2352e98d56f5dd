def f(flag):
    if flag:
        value = "set"
    return value

print(f(True))
f(False)
