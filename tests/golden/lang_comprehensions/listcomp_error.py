data = [3, 2, 1, 0]
print([12 // d for d in data])
