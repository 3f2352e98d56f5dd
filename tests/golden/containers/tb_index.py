def last_but(seq, n):
    return seq[len(seq) - n]


print(last_but([1, 2, 3], 1))
matrix = [[1, 2], [3, 4]]
matrix[1][2] = 5
