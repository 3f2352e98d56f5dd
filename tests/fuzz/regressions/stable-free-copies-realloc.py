# py2c-test: reference-cycles
# Backtracking puzzles: N-queens, sudoku, subset sum, permutations.
def queens(n):
    solutions = []
    cols = []

    def safe(c):
        r = len(cols)
        for pr, pc in enumerate(cols):
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True

    def place():
        if len(cols) == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if safe(c):
                cols.append(c)
                place()
                cols.pop()

    place()
    return solutions


def show_board(sol):
    for c in sol:
        print("  " + " ".join("Q" if i == c else "." for i in range(len(sol))))


GRID = [
    "53..7....", "6..195...", ".98....6.",
    "8...6...3", "4..8.3..1", "7...2...6",
    ".6....28.", "...419..5", "....8..79",
]


def solve(board):
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                for v in range(1, 10):
                    if ok(board, r, c, v):
                        board[r][c] = v
                        if solve(board):
                            return True
                        board[r][c] = 0
                return False
    return True


def ok(board, r, c, v):
    if v in board[r]:
        return False
    if any(board[i][c] == v for i in range(9)):
        return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            if board[i][j] == v:
                return False
    return True


def subset_sum(nums, target):
    def go(i, remaining, chosen):
        if remaining == 0:
            return chosen
        if i == len(nums) or remaining < 0:
            return None
        found = go(i + 1, remaining - nums[i], chosen + [nums[i]])
        if found is not None:
            return found
        return go(i + 1, remaining, chosen)
    return go(0, target, [])


def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def find_first(pred, seq):
    for i, x in enumerate(seq):
        if pred(x):
            return i, x
        note = [i, x]
    return None


for n in range(1, 9):
    print(n, len(queens(n)))
show_board(queens(6)[0])
board = [[int(ch) if ch != "." else 0 for ch in row] for row in GRID]
print("solved:", solve(board))
for i, row in enumerate(board):
    print(" ".join(str(v) for v in row[:3]), "|", " ".join(map(str, row[3:6])), "|", *row[6:])
    if i in (2, 5):
        print("-" * 21)
print(all(sorted(row) == list(range(1, 10)) for row in board))
print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([3, 34, 4], 100))
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list("abcde"))))
print(find_first(lambda x: x > 10, [1, 5, 11, 20]), find_first(lambda x: x < 0, [1, 2]))
