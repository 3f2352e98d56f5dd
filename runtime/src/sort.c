/* The stable sort behind list.sort() and sorted(): CPython's timsort run
 * structure (count_run, minrun, binary insertion sort of short runs), so
 * that lists under 64 items see exactly CPython's sequence of comparisons,
 * with plain stable merges of the runs (no galloping; for any consistent
 * order the result is the same). Only `<` is used, as CPython.
 *
 * Like CPython 3.11's list.sort, a pre-sort scan of the keys picks a
 * specialised `<` when every key has the same exact type and that type's
 * `<` calls no Python code: ints (small, bool, or big), floats, strs, or
 * tuples whose first items are all of one such kind. Each gives exactly the
 * result of the generic comparison (py2c_compare_bool), only faster;
 * anything else (mixed types, subclasses, user classes) takes the generic
 * path. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "number_internal.h"

/* What the keys are (the pre-sort scan); also the kind of one key. */
typedef enum KeyKind {
    KEY_GENERIC, /* anything: py2c_compare_bool */
    KEY_SMALL,   /* immediate ints and bools */
    KEY_INT,     /* ints and bools, some of them big */
    KEY_FLOAT,
    KEY_STR,   /* exact str */
    KEY_TUPLE, /* exact non-empty tuples whose first items are of kind Sorter.first */
} KeyKind;

typedef struct Sorter {
    Py2cValue *keys; /* what is compared */
    Py2cValue *vals; /* moved along with keys, or NULL */
    Py2cValue *tmpk, *tmpv;
    KeyKind kind;  /* of every key */
    KeyKind first; /* KEY_TUPLE: of every key's first item (never KEY_TUPLE or KEY_GENERIC) */
} Sorter;

/* ---- the pre-sort scan ------------------------------------------------------ */

/* The kind of one value: its exact type (a subclass is KEY_GENERIC, since
 * it may override __lt__). Tuples are KEY_TUPLE whatever their items. */
static KeyKind kind_of(Py2cValue v) {
    if (py2c_is_small_int(v) || py2c_is_bool(v)) return KEY_SMALL;
    if (py2c_is_float(v)) return KEY_FLOAT;
    if (!py2c_is_obj(v)) return KEY_GENERIC; /* None */
    const Py2cType *t = py2c_obj_ptr(v)->type;
    if (t == &py2c_int_type) return KEY_INT;
    if (t == &py2c_str_type) return KEY_STR;
    if (t == &py2c_tuple_type) return KEY_TUPLE;
    return KEY_GENERIC;
}

/* The kind shared by a and b (ints of both representations meet in KEY_INT). */
static KeyKind kind_join(KeyKind a, KeyKind b) {
    if (a == b) return a;
    if ((a == KEY_SMALL || a == KEY_INT) && (b == KEY_SMALL || b == KEY_INT)) return KEY_INT;
    return KEY_GENERIC;
}

static void scan_keys(Sorter *s, int64_t n) {
    KeyKind k = kind_of(s->keys[0]);
    for (int64_t i = 1; i < n && k != KEY_GENERIC; i++) k = kind_join(k, kind_of(s->keys[i]));
    s->kind = k;
    if (k != KEY_TUPLE) return;
    KeyKind f = KEY_GENERIC;
    for (int64_t i = 0; i < n; i++) {
        if (py2c_tuple_size(s->keys[i]) == 0) {
            f = KEY_GENERIC;
            break;
        }
        KeyKind fi = kind_of(py2c_tuple_item(s->keys[i], 0));
        f = i == 0 ? fi : kind_join(f, fi);
        if (f == KEY_GENERIC || f == KEY_TUPLE) break;
    }
    if (f == KEY_GENERIC || f == KEY_TUPLE) s->kind = KEY_GENERIC;
    else s->first = f;
}

/* ---- comparisons --------------------------------------------------------------- */

/* An immediate int's or bool's value (a bool's payload is 0 or 1). */
static inline int64_t imm_value(Py2cValue v) { return py2c_small_int_value(v); }

/* memcmp-then-length, as str's richcompare: UTF-8 byte order is code point order. */
static inline int str_cmp(Py2cValue a, Py2cValue b) {
    const Py2cStr *x = (const Py2cStr *)py2c_obj_ptr(a), *y = (const Py2cStr *)py2c_obj_ptr(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
    return c;
}

static inline int int_cmp(Py2cValue a, Py2cValue b) {
    if (!py2c_is_obj(a) && !py2c_is_obj(b)) {
        int64_t x = imm_value(a), y = imm_value(b);
        return (x > y) - (x < y);
    }
    return py2c__long_compare(a, b);
}

/* Tuples, as the generic comparison (py2c__seq_richcompare) does it: find
 * the first index whose items are not equal (identity, then ==), compare
 * the lengths if there is none, else return the items' `<`. The first
 * items take the specialised compare of their kind; the later ones the
 * inline fast paths of any comparison. As CPython's sort, the tuples
 * themselves do not enter the recursion guard (their items still do, if
 * they are containers). */
static int tuple_lt(const Sorter *s, Py2cValue a, Py2cValue b) {
    const Py2cTuple *ta = py2c_tuple_ptr(a), *tb = py2c_tuple_ptr(b);
    Py2cValue x = ta->items[0], y = tb->items[0];
    if (x.bits != y.bits) {
        switch (s->first) {
        case KEY_SMALL: {
            int64_t i = imm_value(x), j = imm_value(y);
            if (i != j) return i < j;
            break; /* 1 and True */
        }
        case KEY_INT: {
            int c = int_cmp(x, y);
            if (c) return c < 0;
            break;
        }
        case KEY_FLOAT: {
            double d = py2c_float_value(x), e = py2c_float_value(y);
            if (d != e) return d < e; /* a nan is unequal to everything: d < e is then false */
            break;                    /* 0.0 and -0.0 */
        }
        case KEY_STR: {
            int c = str_cmp(x, y);
            if (c) return c < 0;
            break;
        }
        case KEY_GENERIC:
        case KEY_TUPLE: return py2c_compare_bool(a, b, PY2C_LT); /* not reached: scan_keys */
        }
    }
    int64_t na = ta->size, nb = tb->size, i = 1;
    for (; i < na && i < nb; i++) {
        x = ta->items[i];
        y = tb->items[i];
        if (x.bits == y.bits) continue;
        int eq = py2c_fast_compare_bool(x, y, PY2C_EQ);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= na || i >= nb) return na < nb;
    return py2c_fast_compare_bool(x, y, PY2C_LT);
}

/* The timsort below is compiled once per key kind (py2c__sort's switch), with
 * kind a constant in each copy, so that each comparison is inline code. */
#if defined(__GNUC__) || defined(__clang__)
#define SORT_INLINE static inline __attribute__((always_inline))
#else
#define SORT_INLINE static inline
#endif

/* 1 if a < b, 0 if not, -1 on error; kind is s->kind. */
SORT_INLINE int lt(const Sorter *s, KeyKind kind, Py2cValue a, Py2cValue b) {
    switch (kind) {
    case KEY_SMALL: return imm_value(a) < imm_value(b);
    case KEY_INT: return int_cmp(a, b) < 0;
    case KEY_FLOAT: return py2c_float_value(a) < py2c_float_value(b);
    case KEY_STR: return str_cmp(a, b) < 0;
    case KEY_TUPLE: return tuple_lt(s, a, b);
    case KEY_GENERIC: break;
    }
    return py2c_compare_bool(a, b, PY2C_LT);
}

/* ---- timsort ----------------------------------------------------------------------- */

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
SORT_INLINE int64_t count_run(Sorter *s, KeyKind kind, int64_t lo, int64_t hi) {
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    int c = lt(s, kind, s->keys[lo + 1], s->keys[lo]);
    if (c < 0) return -1;
    if (c) {
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            c = lt(s, kind, s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(s, lo, lo + n);
    } else {
        for (int64_t i = lo + 2; i < hi; i++, n++) {
            c = lt(s, kind, s->keys[i], s->keys[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return n;
}

/* [lo, start) is sorted; inserts [start, hi) one by one (binary search). */
SORT_INLINE int binarysort(Sorter *s, KeyKind kind, int64_t lo, int64_t hi, int64_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        Py2cValue pk = s->keys[start], pv = s->vals ? s->vals[start] : PY2C_NULL;
        int64_t l = lo, r = start;
        do {
            int64_t p = l + ((r - l) >> 1);
            int c = lt(s, kind, pk, s->keys[p]);
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
SORT_INLINE int merge(Sorter *s, KeyKind kind, int64_t a, int64_t b, int64_t c) {
    int64_t na = b - a;
    memcpy(s->tmpk, s->keys + a, (size_t)na * sizeof(Py2cValue));
    if (s->vals) memcpy(s->tmpv, s->vals + a, (size_t)na * sizeof(Py2cValue));
    int64_t i = 0, j = b, k = a;
    int rc = 0;
    while (i < na && j < c) {
        int lt_ = lt(s, kind, s->keys[j], s->tmpk[i]);
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

SORT_INLINE int merge_at(Sorter *s, KeyKind kind, Run *runs, int64_t *nruns, int64_t i) {
    int rc = merge(s, kind, runs[i].base, runs[i + 1].base, runs[i + 1].base + runs[i + 1].len);
    runs[i].len += runs[i + 1].len;
    for (int64_t k = i + 1; k + 1 < *nruns; k++) runs[k] = runs[k + 1];
    (*nruns)--;
    return rc;
}

/* Timsort's classic invariants on the run stack. */
SORT_INLINE int merge_collapse(Sorter *s, KeyKind kind, Run *runs, int64_t *nruns) {
    while (*nruns > 1) {
        int64_t n = *nruns - 2;
        if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
            (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
            if (runs[n - 1].len < runs[n + 1].len) n--;
        } else if (runs[n].len > runs[n + 1].len) {
            break;
        }
        if (merge_at(s, kind, runs, nruns, n) < 0) return -1;
    }
    return 0;
}

/* Sorts s->keys (and s->vals along), s->tmpk and s->tmpv allocated: 0 or -1. */
SORT_INLINE int sort_with(Sorter *s, KeyKind kind, int64_t n) {
    Run runs[128];
    int64_t nruns = 0;
    int64_t minrun = compute_minrun(n), lo = 0, remaining = n;
    while (remaining > 0) {
        int64_t len = count_run(s, kind, lo, lo + remaining);
        if (len < 0) return -1;
        if (len < minrun) {
            int64_t force = remaining < minrun ? remaining : minrun;
            if (binarysort(s, kind, lo, lo + force, lo + len) < 0) return -1;
            len = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = len;
        nruns++;
        if (merge_collapse(s, kind, runs, &nruns) < 0) return -1;
        lo += len;
        remaining -= len;
    }
    while (nruns > 1) {
        int64_t i = nruns - 2;
        if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
        if (merge_at(s, kind, runs, &nruns, i) < 0) return -1;
    }
    return 0;
}

int py2c__sort(Py2cValue *items, Py2cValue *keys, int64_t n) {
    if (n < 2) return 0;
    Sorter s = {keys ? keys : items, keys ? items : NULL, NULL, NULL, KEY_GENERIC, KEY_GENERIC};
    int rc = -1;
    s.tmpk = malloc((size_t)n * sizeof(Py2cValue));
    s.tmpv = keys ? malloc((size_t)n * sizeof(Py2cValue)) : NULL;
    if (!s.tmpk || (keys && !s.tmpv)) {
        (void)py2c_error_nomemory();
        goto done;
    }
    scan_keys(&s, n);
    switch (s.kind) {
    case KEY_GENERIC: rc = sort_with(&s, KEY_GENERIC, n); break;
    case KEY_SMALL: rc = sort_with(&s, KEY_SMALL, n); break;
    case KEY_INT: rc = sort_with(&s, KEY_INT, n); break;
    case KEY_FLOAT: rc = sort_with(&s, KEY_FLOAT, n); break;
    case KEY_STR: rc = sort_with(&s, KEY_STR, n); break;
    case KEY_TUPLE: rc = sort_with(&s, KEY_TUPLE, n); break;
    }
done:
    free(s.tmpk);
    free(s.tmpv);
    return rc;
}
