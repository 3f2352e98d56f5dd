# Matrix and vector toolkit using lists of lists.
def zeros(r, c):
    return [[0.0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1.0
    return m


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def dot(u, v):
    return sum(x * y for x, y in zip(u, v, strict=True))


def norm(v):
    return dot(v, v) ** 0.5


def det(m):
    n = len(m)
    a = [row[:] for row in m]
    sign = 1.0
    result = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            result = 0.0
            break
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            sign = -sign
        result *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for k in range(col, n):
                a[r][k] -= f * a[col][k]
    return sign * result


def inverse(m):
    n = len(m)
    aug = [row[:] + ident for row, ident in zip(m, identity(n))]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(name, m, prec=3):
    print(f"{name} ({len(m)}x{len(m[0])}):")
    for row in m:
        print("  [" + " ".join(f"{x:{prec + 6}.{prec}f}" for x in row) + "]")


A = [[2.0, 1.0, 1.0], [1.0, 3.0, 2.0], [1.0, 0.0, 0.0]]
B = [[1, 2], [3, 4], [5, 6]]
show("A", A)
show("A^T", transpose(A))
show("A@B", matmul(A, B), 1)
print("det(A) =", det(A), round(det(A), 10))
inv = inverse(A)
show("inv(A)", inv, 4)
check = matmul(A, inv)
print("A@inv(A) == I:", all(abs(check[i][j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
print([[round(x, 12) + 0.0 for x in row] for row in check])
u, v = [1.0, 2.0, 2.0], [3, -4, 0]
print("u.v =", dot(u, v), "|u| =", norm(u), "|v| =", norm(v))
print("angle cos =", dot(u, v) / (norm(u) * norm(v)))
print("scaled:", [x / 3 for x in u], [x * 0.1 for x in v])
try:
    matmul(B, B)
except ValueError as e:
    print("error:", e)
try:
    dot([1, 2], [1, 2, 3])
except ValueError as e:
    print("error:", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("error:", e)
H = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
show("Hilbert", H, 5)
print("det(H4) = %.6e" % det(H))
print(repr(H[3][3]), str(1 / 3), 0.1 + 0.2, 1e16, 1.5e-7, 2.0 ** 0.5, -0.0, 1e300 * 1e10)
print(sum([0.1] * 10), round(2.675, 2), round(0.5), round(1.5), round(-2.5), f"{1234567.891:,.2f}")
power = identity(2)
fibm = [[1, 1], [1, 0]]
for _ in range(30):
    power = matmul(power, fibm)
print("fib via matrix:", power[0][1], int(power[0][1]))
