rows = [(1, "x"), (2, None), (3, "a")]
print(sorted(rows, key=lambda r: r[1]))
