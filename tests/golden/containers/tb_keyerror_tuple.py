grid = {(0, 0): "origin", (1, 0): "east"}


def at(x, y):
    return grid[x, y]


print(at(1, 0))
print(at(0, 1))
