/* The stable sort behind list.sort() and sorted(): CPython's timsort run
 * structure (count_run, minrun, binary insertion sort of short runs), so
 * that lists under 64 items see exactly CPython's sequence of comparisons,
 * with plain stable merges of the runs (no galloping; for any consistent
 * order the result is the same). Only `<` is used, as CPython. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"

typedef struct Sorter {
    Py2cValue *keys;  /* what is compared */
    Py2cValue *vals;  /* moved along with keys, or NULL */
    Py2cValue *tmpk, *tmpv;
} Sorter;

/* 1 if a < b, 0 if not, -1 on error */
static int lt(Py2cValue a, Py2cValue b) { return py2c_compare_bool(a, b, PY2C_LT); }

static void reverse_range(Sorter *s, int64_t lo, int64_t hi) {
    for (int64_t i = lo, j = hi - 1; i < j; i++, j--) {
        Py2cValue t = s->keys[i];
        s->keys[i] = s->keys[j];
        s->keys[j] = t;
        if (s->vals) {
            t = s->vals[i];
            s->vals[i] = s->vals[j];
            s->vals[j] = t;
        }
    }
}

/* Length of the run starting at lo (strictly descending runs are reversed). */
static int64_t count_run(Sorter *s, int64_t lo, int64_t hi) {
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    int c = lt(s->keys[lo + 1], s->keys[lo]);
    if (c < 0) return -1;
    if (c) {
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            c = lt(s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(s, lo, lo + n);
    } else {
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            c = lt(s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return n;
}

/* [lo, start) is sorted; inserts [start, hi) one by one (binary search). */
static int binarysort(Sorter *s, int64_t lo, int64_t hi, int64_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        Py2cValue pk = s->keys[start], pv = s->vals ? s->vals[start] : PY2C_NULL;
        int64_t l = lo, r = start;
        do {
            int64_t p = l + ((r - l) >> 1);
            int c = lt(pk, s->keys[p]);
            if (c < 0) return -1;
            if (c) r = p;
            else l = p + 1;
        } while (l < r);
        memmove(s->keys + l + 1, s->keys + l, (size_t)(start - l) * sizeof(Py2cValue));
        s->keys[l] = pk;
        if (s->vals) {
            memmove(s->vals + l + 1, s->vals + l, (size_t)(start - l) * sizeof(Py2cValue));
            s->vals[l] = pv;
        }
    }
    return 0;
}

/* Merges the adjacent sorted runs [a, b) and [b, c). On a comparison error
 * the data stays a permutation of the input. */
static int merge(Sorter *s, int64_t a, int64_t b, int64_t c) {
    int64_t na = b - a;
    memcpy(s->tmpk, s->keys + a, (size_t)na * sizeof(Py2cValue));
    if (s->vals) memcpy(s->tmpv, s->vals + a, (size_t)na * sizeof(Py2cValue));
    int64_t i = 0, j = b, k = a;
    int rc = 0;
    while (i < na && j < c) {
        int lt_ = lt(s->keys[j], s->tmpk[i]);
        if (lt_ < 0) {
            rc = -1;
            break;
        }
        if (lt_) {
            s->keys[k] = s->keys[j];
            if (s->vals) s->vals[k] = s->vals[j];
            j++;
        } else {
            s->keys[k] = s->tmpk[i];
            if (s->vals) s->vals[k] = s->tmpv[i];
            i++;
        }
        k++;
    }
    /* the rest of A goes before what remains of B (which is already in place) */
    memcpy(s->keys + k, s->tmpk + i, (size_t)(na - i) * sizeof(Py2cValue));
    if (s->vals) memcpy(s->vals + k, s->tmpv + i, (size_t)(na - i) * sizeof(Py2cValue));
    return rc;
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

typedef struct Run {
    int64_t base, len;
} Run;

static int merge_at(Sorter *s, Run *runs, int64_t *nruns, int64_t i) {
    int rc = merge(s, runs[i].base, runs[i + 1].base, runs[i + 1].base + runs[i + 1].len);
    runs[i].len += runs[i + 1].len;
    for (int64_t k = i + 1; k + 1 < *nruns; k++) runs[k] = runs[k + 1];
    (*nruns)--;
    return rc;
}

/* Timsort's classic invariants on the run stack. */
static int merge_collapse(Sorter *s, Run *runs, int64_t *nruns) {
    while (*nruns > 1) {
        int64_t n = *nruns - 2;
        if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
            (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
            if (runs[n - 1].len < runs[n + 1].len) n--;
        } else if (runs[n].len > runs[n + 1].len) {
            break;
        }
        if (merge_at(s, runs, nruns, n) < 0) return -1;
    }
    return 0;
}

int py2c__sort(Py2cValue *items, Py2cValue *keys, int64_t n) {
    if (n < 2) return 0;
    Sorter s = {keys ? keys : items, keys ? items : NULL, NULL, NULL};
    Run runs[128];
    int64_t nruns = 0;
    int rc = -1;
    s.tmpk = malloc((size_t)n * sizeof(Py2cValue));
    s.tmpv = keys ? malloc((size_t)n * sizeof(Py2cValue)) : NULL;
    if (!s.tmpk || (keys && !s.tmpv)) {
        (void)py2c_error_nomemory();
        goto done;
    }
    int64_t minrun = compute_minrun(n), lo = 0, remaining = n;
    while (remaining > 0) {
        int64_t len = count_run(&s, lo, lo + remaining);
        if (len < 0) goto done;
        if (len < minrun) {
            int64_t force = remaining < minrun ? remaining : minrun;
            if (binarysort(&s, lo, lo + force, lo + len) < 0) goto done;
            len = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = len;
        nruns++;
        if (merge_collapse(&s, runs, &nruns) < 0) goto done;
        lo += len;
        remaining -= len;
    }
    while (nruns > 1) {
        int64_t i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
        if (merge_at(&s, runs, &nruns, i) < 0) goto done;
    }
    rc = 0;
done:
    free(s.tmpk);
    free(s.tmpv);
    return rc;
}
