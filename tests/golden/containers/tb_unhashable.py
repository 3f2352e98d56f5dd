seen = set()
for point in [(1, 2), [3, 4]]:
    seen.add(point)
    print(len(seen))
