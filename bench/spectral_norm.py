# Spectral norm of the infinite matrix a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
# truncated to N x N, by ten rounds of power iteration on A^T A.
# bench/c/spectral_norm.c is the same computation in C.
import math
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 350


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, out, n):
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out[i] = acc


def times_transposed(v, out, n):
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out[i] = acc


def ata_times(v, out, tmp, n):
    times(v, tmp, n)
    times_transposed(tmp, out, n)


def main():
    n = N
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        ata_times(u, v, tmp, n)
        ata_times(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
