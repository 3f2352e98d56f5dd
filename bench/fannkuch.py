# Pancake flipping over every permutation of 0..N-1 (in lexicographic order):
# flip the prefix whose length is given by the first element + 1 until 0 comes
# first; reports the maximum number of flips and a signed checksum.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def next_permutation(p):
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(p) - 1
    while p[j] <= p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    lo = i + 1
    hi = len(p) - 1
    while lo < hi:
        p[lo], p[hi] = p[hi], p[lo]
        lo += 1
        hi -= 1
    return True


def count_flips(perm, work):
    for k in range(len(perm)):
        work[k] = perm[k]
    flips = 0
    first = work[0]
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            t = work[lo]
            work[lo] = work[hi]
            work[hi] = t
            lo += 1
            hi -= 1
        flips += 1
        first = work[0]
    return flips


def main():
    perm = list(range(N))
    work = [0] * N
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        f = count_flips(perm, work)
        if f > max_flips:
            max_flips = f
        checksum += f if index % 2 == 0 else -f
        index += 1
        if not next_permutation(perm):
            break
    print("n", N, "perms", index, "max flips", max_flips, "checksum", checksum)


main()
