# n-body: a central star and four planets on roughly circular orbits, integrated
# with a symplectic Euler step; prints the total energy before and after.
# bench/c/nbody.c is the same computation in C (same pow call).
import math
import sys

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
DT = 0.005
G = 1.0


class Body:
    def __init__(self, x, y, z, vx, vy, vz, m):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.m = m


def make_system():
    star = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0)
    bodies = [star]
    for k in range(4):
        r = 3.0 + 2.5 * k
        ang = 0.9 * k + 0.3
        v = math.sqrt(G * star.m / r)
        m = 0.02 + 0.01 * k
        bodies.append(Body(r * math.cos(ang), r * math.sin(ang), 0.05 * k,
                           -v * math.sin(ang), v * math.cos(ang), 0.01 * (k - 1.5), m))
    # Zero the total momentum by moving the star.
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.m
        py += b.vy * b.m
        pz += b.vz * b.m
    star.vx -= px / star.m
    star.vy -= py / star.m
    star.vz -= pz / star.m
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a.m * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= G * a.m * b.m / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, steps, dt):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            a = bodies[i]
            for j in range(i + 1, n):
                b = bodies[j]
                dx = a.x - b.x
                dy = a.y - b.y
                dz = a.z - b.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 ** 1.5)
                bm = b.m * mag
                am = a.m * mag
                a.vx -= dx * bm
                a.vy -= dy * bm
                a.vz -= dz * bm
                b.vx += dx * am
                b.vy += dy * am
                b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    bodies = make_system()
    print("%.9f" % energy(bodies))
    advance(bodies, STEPS, DT)
    print("%.9f" % energy(bodies))


main()
