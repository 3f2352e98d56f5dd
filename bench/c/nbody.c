/* The C reference for bench/nbody.py: the same system, the same operations in
 * the same order (including pow(d2, 1.5) for `d2 ** 1.5`), so it prints the
 * same energies. Built -O2 by tools/bench.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NBODIES 5
#define DT 0.005
#define G 1.0

typedef struct Body {
    double x, y, z, vx, vy, vz, m;
} Body;

static void make_system(Body *b)
{
    b[0] = (Body){0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0};
    for (int k = 0; k < 4; k++) {
        double r = 3.0 + 2.5 * k;
        double ang = 0.9 * k + 0.3;
        double v = sqrt(G * b[0].m / r);
        double m = 0.02 + 0.01 * k;
        b[k + 1] = (Body){r * cos(ang), r * sin(ang), 0.05 * k,
                          -v * sin(ang), v * cos(ang), 0.01 * (k - 1.5), m};
    }
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        px += b[i].vx * b[i].m;
        py += b[i].vy * b[i].m;
        pz += b[i].vz * b[i].m;
    }
    b[0].vx -= px / b[0].m;
    b[0].vy -= py / b[0].m;
    b[0].vz -= pz / b[0].m;
}

static double energy(const Body *b)
{
    double e = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        const Body *a = &b[i];
        e += 0.5 * a->m * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < NBODIES; j++) {
            const Body *c = &b[j];
            double dx = a->x - c->x;
            double dy = a->y - c->y;
            double dz = a->z - c->z;
            e -= G * a->m * c->m / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(Body *b, long steps, double dt)
{
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < NBODIES; i++) {
            Body *a = &b[i];
            for (int j = i + 1; j < NBODIES; j++) {
                Body *c = &b[j];
                double dx = a->x - c->x;
                double dy = a->y - c->y;
                double dz = a->z - c->z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / pow(d2, 1.5);
                double bm = c->m * mag;
                double am = a->m * mag;
                a->vx -= dx * bm;
                a->vy -= dy * bm;
                a->vz -= dz * bm;
                c->vx += dx * am;
                c->vy += dy * am;
                c->vz += dz * am;
            }
        }
        for (int i = 0; i < NBODIES; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
}

int main(int argc, char **argv)
{
    long steps = argc > 1 ? atol(argv[1]) : 200000;
    Body bodies[NBODIES];
    make_system(bodies);
    printf("%.9f\n", energy(bodies));
    advance(bodies, steps, DT);
    printf("%.9f\n", energy(bodies));
    return 0;
}
