def ratios(values):
    return list(100 / v for v in values)

print(ratios([1, 2, 4]))
print(ratios([5, 0]))
