/* The C reference for bench/spectral_norm.py: the same loops over the same
 * matrix entries, so it prints the same value. Built -O2 by tools/bench.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double entry(long i, long j)
{
    long s = i + j;
    return 1.0 / (double)(s * (s + 1) / 2 + i + 1);
}

static void times(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double acc = 0.0;
        for (long j = 0; j < n; j++)
            acc += entry(i, j) * v[j];
        out[i] = acc;
    }
}

static void times_transposed(const double *v, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double acc = 0.0;
        for (long j = 0; j < n; j++)
            acc += entry(j, i) * v[j];
        out[i] = acc;
    }
}

static void ata_times(const double *v, double *out, double *tmp, long n)
{
    times(v, tmp, n);
    times_transposed(tmp, out, n);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 350;
    double *u = malloc(sizeof(double) * (size_t)n);
    double *v = malloc(sizeof(double) * (size_t)n);
    double *tmp = malloc(sizeof(double) * (size_t)n);
    if (u == NULL || v == NULL || tmp == NULL)
        return 1;
    for (long i = 0; i < n; i++) {
        u[i] = 1.0;
        v[i] = 0.0;
        tmp[i] = 0.0;
    }
    for (int k = 0; k < 10; k++) {
        ata_times(u, v, tmp, n);
        ata_times(v, u, tmp, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(vbv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
