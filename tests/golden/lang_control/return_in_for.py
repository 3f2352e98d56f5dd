# A return inside a for loop must not lose the loop iterator on the other paths.
def f(n):
    for i in range(n):
        if i > 5:
            return 0
        x = [i, i + 1]
    return x
print(f(3))
