# Float/point-object workload: a polyline of 2-D points with operator methods
# (__add__, __sub__, __mul__), repeatedly smoothed, rotated and measured.
import math
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
ROUNDS = 150


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def rotated(self, c, s):
        return Point(self.x * c - self.y * s, self.x * s + self.y * c)


def make_points(n):
    pts = []
    for i in range(n):
        t = i * 0.01
        pts.append(Point(math.cos(t) * (1.0 + 0.3 * math.sin(7.0 * t)), math.sin(t) * (1.0 + 0.2 * math.cos(5.0 * t))))
    return pts


def smooth(pts):
    n = len(pts)
    out = [pts[0]]
    for i in range(1, n - 1):
        out.append((pts[i - 1] + pts[i] * 2.0 + pts[i + 1]) * 0.25)
    out.append(pts[n - 1])
    return out


def perimeter(pts):
    total = 0.0
    for i in range(1, len(pts)):
        total += (pts[i] - pts[i - 1]).length()
    return total


def main():
    pts = make_points(N)
    c = math.cos(0.01)
    s = math.sin(0.01)
    acc = 0.0
    for _ in range(ROUNDS):
        pts = smooth(pts)
        pts = [p.rotated(c, s) for p in pts]
        acc += perimeter(pts)
    cx = sum(p.x for p in pts) / len(pts)
    cy = sum(p.y for p in pts) / len(pts)
    print("points", N, "perimeter sum %.9f" % acc, "centroid %.9f %.9f" % (cx, cy))


main()
