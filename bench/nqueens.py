# Counts the placements of N non-attacking queens by backtracking over
# column / diagonal occupancy lists; also sums the column of the first queen
# over all solutions.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 12


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = [0] * n
    counts = [0, 0]

    def place(row):
        if row == n:
            counts[0] += 1
            counts[1] += placed[0] * n + placed[n - 1]
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if cols[c] or diag1[d1] or diag2[d2]:
                continue
            cols[c] = diag1[d1] = diag2[d2] = True
            placed[row] = c
            place(row + 1)
            cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return counts[0], counts[1]


def main():
    total = 0
    check = 0
    last = 0
    for n in range(4, N + 1):
        last, c = solve(n)
        total += last
        check = (check * 31 + last * 7 + c) % 1000000007
    print("n", N, "solutions", last, "all", total, "checksum", check)


main()
