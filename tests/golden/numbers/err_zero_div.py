def mean(xs):
    return sum(xs) / len(xs)

print(mean([1, 2, 3, 4]))
print(mean([]))
