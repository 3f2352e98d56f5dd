# Class-heavy simulation: objects with attributes, methods, small floats.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Particle:
    def __init__(self, i):
        self.pos = Vec(float(i % 17), float(i % 23))
        self.vel = Vec((i % 7 - 3) * 0.5, (i % 5 - 2) * 0.25)
        self.hits = 0

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0.0 or self.pos.x > 100.0:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if self.pos.y < 0.0 or self.pos.y > 100.0:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1


def main():
    ps = [Particle(i) for i in range(500)]
    for _ in range(4000):
        for p in ps:
            p.step(0.7)
    hits = sum(p.hits for p in ps)
    sx = sum(p.pos.x for p in ps)
    sy = sum(p.pos.y for p in ps)
    print("hits", hits, "checksum", round(sx, 6), round(sy, 6))


main()
