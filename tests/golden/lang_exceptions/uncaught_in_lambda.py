values = [3, 0]
inverse = lambda x: 1 / x
print(list(map(inverse, values)))
