# A small ray tracer: spheres over a checkered plane, one point light, diffuse
# shading, hard shadows and one level of reflection; W x H pixels quantized to
# 0..255, summarized by a checksum and a coarse histogram.
import math
import sys

W = int(sys.argv[1]) if len(sys.argv) > 1 else 360
H = W * 3 // 4


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def mul(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.mul(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        r = math.sqrt(disc)
        t = -b - r
        if t > 1e-6:
            return t
        t = -b + r
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return p.sub(self.center).norm()


class Plane:
    def __init__(self, height):
        self.height = height
        self.mirror = 0.2

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return V(0.0, 1.0, 0.0)

    def color_at(self, p):
        if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2 == 0:
            return V(0.9, 0.9, 0.9)
        return V(0.2, 0.2, 0.25)


SCENE = [
    Sphere(V(0.0, 1.0, 6.0), 1.0, V(0.9, 0.2, 0.2), 0.3),
    Sphere(V(-2.2, 0.7, 7.5), 0.7, V(0.2, 0.8, 0.3), 0.0),
    Sphere(V(2.0, 1.5, 8.0), 1.5, V(0.3, 0.4, 0.9), 0.5),
]
FLOOR = Plane(0.0)
LIGHT = V(-4.0, 8.0, 1.0)


def closest(origin, direction):
    best = 1e30
    obj = None
    for s in SCENE:
        t = s.hit(origin, direction)
        if 0.0 < t < best:
            best = t
            obj = s
    t = FLOOR.hit(origin, direction)
    if 0.0 < t < best:
        best = t
        obj = FLOOR
    return obj, best


def trace(origin, direction, depth):
    obj, t = closest(origin, direction)
    if obj is None:
        k = 0.5 + 0.5 * direction.y
        return V(0.4 * k, 0.6 * k, 1.0 * k)
    p = origin.add(direction.mul(t))
    n = obj.normal(p)
    base = FLOOR.color_at(p) if obj is FLOOR else obj.color
    to_light = LIGHT.sub(p)
    dist = math.sqrt(to_light.dot(to_light))
    l = to_light.mul(1.0 / dist)
    shade = 0.1
    diff = n.dot(l)
    if diff > 0.0:
        blocker, bt = closest(p, l)
        if blocker is None or bt > dist:
            shade += 0.9 * diff
    col = base.mul(shade)
    if depth < 2 and obj.mirror > 0.0:
        r = direction.sub(n.mul(2.0 * direction.dot(n)))
        col = col.mul(1.0 - obj.mirror).add(trace(p, r, depth + 1).mul(obj.mirror))
    return col


def quantize(v):
    q = int(v * 255.0)
    return 0 if q < 0 else (255 if q > 255 else q)


def main():
    eye = V(0.0, 1.5, 0.0)
    checksum = 0
    hist = [0, 0, 0, 0]
    for j in range(H):
        for i in range(W):
            x = (i - W / 2.0) / W * 1.6
            y = (H / 2.0 - j) / W * 1.6
            d = V(x, y - 0.1, 1.0).norm()
            c = trace(eye, d, 0)
            r = quantize(c.x)
            g = quantize(c.y)
            b = quantize(c.z)
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 1000000007
            hist[(r + g + b) // 192] += 1
    print("image", W, "x", H, "checksum", checksum, "histogram", hist)


main()
