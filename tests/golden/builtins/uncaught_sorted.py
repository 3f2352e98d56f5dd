mixed = [3, "three", 1.5]
print(max([1, 2.5, True]))
print(sorted(mixed, key=lambda x: x))
