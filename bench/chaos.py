# Iterated function system, chaos game: four affine maps (a fern-like set)
# chosen by weight with the program's own linear congruential generator; the
# visited points are binned into a grid; prints the occupancy and a checksum.
import sys

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
GRID = 200

# (weight out of 100, a, b, c, d, e, f): x' = a x + b y + e, y' = c x + d y + f
MAPS = [
    (2, 0.0, 0.0, 0.0, 0.17, 0.0, 0.0),
    (84, 0.84, 0.05, -0.05, 0.84, 0.0, 1.5),
    (7, 0.21, -0.27, 0.24, 0.21, 0.0, 1.5),
    (7, -0.16, 0.27, 0.25, 0.23, 0.0, 0.4),
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % bound


def main():
    rng = Lcg(2024)
    cum = []
    total = 0
    for m in MAPS:
        total += m[0]
        cum.append(total)
    grid = [0] * (GRID * GRID)
    x = 0.0
    y = 0.0
    for _ in range(STEPS):
        r = rng.next(100)
        k = 0
        while r >= cum[k]:
            k += 1
        _, a, b, c, d, e, f = MAPS[k]
        x, y = a * x + b * y + e, c * x + d * y + f
        gx = int((x + 3.0) / 6.0 * GRID)
        gy = int(y / 11.0 * GRID)
        if 0 <= gx < GRID and 0 <= gy < GRID:
            grid[gy * GRID + gx] += 1
    occupied = 0
    checksum = 0
    for i in range(GRID * GRID):
        if grid[i]:
            occupied += 1
            checksum = (checksum * 31 + i * grid[i]) % 1000000007
    print("steps", STEPS, "occupied", occupied, "checksum", checksum, "end %.6f %.6f" % (x, y))


main()
