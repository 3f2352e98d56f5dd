/* Arbitrary-precision ints: magnitude arithmetic on base-2**32 digit arrays
 * and the signed operations on int values built from it.
 *
 * Every operand is first seen through a LongView (small ints and bools are
 * spread into a two-digit buffer), every result is built in a fresh Py2cLong
 * and handed to long_finish, which strips leading zeros and turns values
 * that fit the small range back into immediates: one canonical form. */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "number_internal.h"

/* ---- views and results ----------------------------------------------------- */

typedef struct LongView {
    const Py2cDigit *d;
    size_t n; /* digits, top one non-zero (n == 0 for zero) */
    int neg;
    Py2cDigit buf[2];
} LongView;

static void view_init(LongView *v, Py2cValue x) {
    if (py2c_is_obj(x)) {
        Py2cLong *l = py2c__as_long(x);
        v->neg = l->size < 0;
        v->n = (size_t)(l->size < 0 ? -l->size : l->size);
        v->d = l->d;
        return;
    }
    int64_t i = py2c_is_bool(x) ? (int64_t)py2c_bool_value(x) : py2c_small_int_value(x);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    v->neg = i < 0;
    v->buf[0] = (Py2cDigit)m;
    v->buf[1] = (Py2cDigit)(m >> 32);
    v->n = m == 0 ? 0 : v->buf[1] ? 2 : 1;
    v->d = v->buf;
}

/* Every heap int has room for at least CACHED_DIGITS digits (all values below
 * 2**128, which covers the overflow of 64-bit arithmetic), and each thread
 * keeps up to LONG_CACHE_MAX freed blocks of that size for reuse: a loop whose
 * intermediate results leave the small range allocates one per operation, and
 * malloc/free was most of its time, more so with several threads at once.
 * A _Thread_local is shared by all fibers on WASI; nothing here can switch. */
#define CACHED_DIGITS 4
#define LONG_CACHE_MAX 64

static _Thread_local struct {
    Py2cLong *head; /* the next block is kept in the object's type field */
    int count;
} long_cache;

Py2cLong *py2c__long_alloc(size_t n) {
    if (n <= CACHED_DIGITS && long_cache.head) {
        Py2cLong *l = long_cache.head;
        long_cache.head = (Py2cLong *)(uintptr_t)l->ob.type;
        long_cache.count--;
        l->ob.type = &py2c_int_type;
        l->ob.refcount = 1;
        l->size = 0;
        return l;
    }
    if (n > (SIZE_MAX - sizeof(Py2cLong)) / sizeof(Py2cDigit) / 2) { /* refuse before the size overflows */
        (void)py2c_error_nomemory();
        return NULL;
    }
    /* freed by py2c__long_free only: no other allocator involved */
    Py2cLong *l = malloc(sizeof(Py2cLong) + (n < CACHED_DIGITS ? CACHED_DIGITS : n) * sizeof(Py2cDigit));
    if (!l) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    l->ob.type = &py2c_int_type;
    l->ob.refcount = 1;
    l->size = 0;
    return l;
}

void py2c__long_free(Py2cLong *l) {
    /* a block holding at most CACHED_DIGITS digits may have been allocated
     * larger, never smaller, so it can serve any cached request */
    int64_t n = l->size < 0 ? -l->size : l->size;
    if (n <= CACHED_DIGITS && long_cache.count < LONG_CACHE_MAX) {
        l->ob.type = (const Py2cType *)(uintptr_t)long_cache.head;
        long_cache.head = l;
        long_cache.count++;
        return;
    }
    free(l);
}

void py2c__long_cache_release(void) {
    while (long_cache.head) {
        Py2cLong *l = long_cache.head;
        long_cache.head = (Py2cLong *)(uintptr_t)l->ob.type;
        free(l);
    }
    long_cache.count = 0;
}

static size_t mag_norm(const Py2cDigit *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

/* The canonical value of the n digits in l with sign neg; consumes l. */
static Py2cValue long_finish(Py2cLong *l, size_t n, int neg) {
    n = mag_norm(l->d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? l->d[0] : ((uint64_t)l->d[1] << 32 | l->d[0]);
        if (m <= (uint64_t)PY2C_SMALL_INT_MAX || (neg && m == (uint64_t)PY2C_SMALL_INT_MAX + 1)) {
            py2c__long_free(l); /* never published: its count is still 1 */
            return py2c_int(neg ? -(int64_t)m : (int64_t)m);
        }
    }
    l->size = neg ? -(int64_t)n : (int64_t)n;
    return py2c_obj_value(&l->ob);
}

static Py2cValue long_from_mag(const Py2cDigit *d, size_t n, int neg) {
    n = mag_norm(d, n);
    Py2cLong *l = py2c__long_alloc(n);
    if (!l) return PY2C_NULL;
    if (n) memcpy(l->d, d, n * sizeof *d);
    return long_finish(l, n, neg);
}

#if defined(__SIZEOF_INT128__)
/* Operands below 2**128 (four digits at most) and results that stay there:
 * +, -, *, //, % and >> on one unsigned __int128 magnitude and a sign,
 * without the digit loops (64-bit LCGs and hashes: bench/chaos.py). */
typedef unsigned __int128 Mag128;

static Mag128 view_mag128(const LongView *v) {
    Mag128 m = 0;
    for (size_t i = v->n; i-- > 0;) m = m << 32 | v->d[i];
    return m;
}

static Py2cValue from_mag128(Mag128 m, int neg) {
    if (m <= (Mag128)PY2C_SMALL_INT_MAX) return py2c_int(neg ? -(int64_t)m : (int64_t)m);
    Py2cLong *l = py2c__long_alloc(4);
    if (!l) return PY2C_NULL;
    for (int i = 0; i < 4; i++) l->d[i] = (Py2cDigit)(m >> (32 * i));
    return long_finish(l, 4, neg);
}

/* x op y into *out when that can be done here (1), else 0: the general path. */
static int binary128(Py2cBinaryOp op, const LongView *x, const LongView *y, Py2cValue *out) {
    if (x->n > 4 || y->n > 4) return 0;
    Mag128 a = view_mag128(x), b = view_mag128(y), r;
    int an = x->neg, bn = y->neg;
    switch (op) {
    case PY2C_OP_SUB:
    case PY2C_OP_ADD:
        if (op == PY2C_OP_SUB) bn = b != 0 && !bn;
        if (an == bn) {
            r = a + b;
            if (r < a) return 0; /* past 2**128 */
            *out = from_mag128(r, an);
        } else {
            *out = a >= b ? from_mag128(a - b, an) : from_mag128(b - a, bn);
        }
        return 1;
    case PY2C_OP_MUL:
        if (x->n + y->n > 4) return 0; /* the product could pass 2**128 */
        /* 64-bit where it is enough: wasm32 has no 128-bit multiply or divide
         * (compiler-rt calls), and neither does x86-64 for division. */
        *out = from_mag128(x->n + y->n <= 2 ? (Mag128)((uint64_t)a * (uint64_t)b) : a * b, an != bn);
        return 1;
    case PY2C_OP_FLOORDIV:
    case PY2C_OP_MOD: {
        if (b == 0) return 0; /* ZeroDivisionError on the general path */
        Mag128 q, m;
        if (x->n <= 2 && y->n <= 2) {
            q = (uint64_t)a / (uint64_t)b, m = (uint64_t)a % (uint64_t)b;
        } else if ((b & (b - 1)) == 0) { /* a power of two: % 2**64 of 64-bit LCGs */
            int k = (uint64_t)b ? __builtin_ctzll((uint64_t)b) : 64 + __builtin_ctzll((uint64_t)(b >> 64));
            q = a >> k, m = a & (b - 1);
        } else {
            q = a / b, m = a % b;
        }
        if (an != bn && m != 0) q += 1, m = b - m; /* Python rounds toward minus infinity */
        *out = op == PY2C_OP_FLOORDIV ? from_mag128(q, an != bn) : from_mag128(m, bn);
        return 1;
    }
    case PY2C_OP_RSHIFT: {
        if (bn || y->n > 1) return 0; /* negative or huge counts: the general path */
        if (b >= 128) {
            *out = py2c_int(an ? -1 : 0);
        } else { /* floor division by 2**b: -a >> k == -(((a - 1) >> k) + 1) */
            int k = (int)b;
            *out = an ? from_mag128(((a - 1) >> k) + 1, 1) : from_mag128(a >> k, 0);
        }
        return 1;
    }
    default: return 0;
    }
}
#endif

Py2cValue py2c_int_from_uint64(uint64_t v) {
    if (v <= (uint64_t)PY2C_SMALL_INT_MAX) return py2c_int((int64_t)v);
    Py2cDigit d[2] = {(Py2cDigit)v, (Py2cDigit)(v >> 32)};
    return long_from_mag(d, 2, 0);
}

Py2cValue py2c_int_from_int64(int64_t v) {
    if (v >= PY2C_SMALL_INT_MIN && v <= PY2C_SMALL_INT_MAX) return py2c_int(v);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    Py2cDigit d[2] = {(Py2cDigit)m, (Py2cDigit)(m >> 32)};
    return long_from_mag(d, 2, v < 0);
}

int py2c_int_sign(Py2cValue v) {
    if (py2c_is_obj(v)) return py2c__as_long(v)->size < 0 ? -1 : 1;
    int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
    return (i > 0) - (i < 0);
}

int py2c_int_as_int64(Py2cValue v, int64_t *out) {
    if (!py2c_is_obj(v)) {
        *out = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
        return 0;
    }
    LongView a;
    view_init(&a, v);
    if (a.n <= 2) {
        uint64_t m = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        if (!a.neg && m <= (uint64_t)INT64_MAX) return *out = (int64_t)m, 0;
        if (a.neg && m <= (uint64_t)INT64_MAX + 1) return *out = (int64_t)(0 - m), 0;
    }
    (void)py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int64_t py2c_int_as_int64_clamped(Py2cValue v) {
    int64_t r;
    if (!py2c_is_obj(v)) return py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
    LongView a;
    view_init(&a, v);
    if (a.n <= 2) {
        uint64_t m = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        if (!a.neg && m <= (uint64_t)INT64_MAX) return (int64_t)m;
        if (a.neg && m <= (uint64_t)INT64_MAX) return -(int64_t)m;
    }
    r = a.neg ? INT64_MIN : INT64_MAX;
    return r;
}

/* ---- magnitude arithmetic ---------------------------------------------------- */

static int mag_cmp(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* out[0 .. max(na,nb)] = a + b; returns the digit count. out may alias a. */
static size_t mag_add(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    out[i] = (Py2cDigit)carry;
    return na + 1;
}

/* out = a - b for a >= b; out may alias a. */
static size_t mag_sub(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        borrow = t < 0;
        out[i] = (Py2cDigit)t;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        borrow = t < 0;
        out[i] = (Py2cDigit)t;
    }
    return na;
}

/* out[0 .. na+nb) = a * b (schoolbook); out must not alias. */
static void mag_mul_school(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    memset(out, 0, (na + nb) * sizeof *out);
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += ai * b[j] + out[i + j];
            out[i + j] = (Py2cDigit)carry;
            carry >>= 32;
        }
        out[i + nb] = (Py2cDigit)carry;
    }
}

#define KARATSUBA_CUTOFF 48

/* acc[0 .. nacc) += x[0 .. nx); the carry must fit (it does by construction). */
static void mag_add_into(Py2cDigit *acc, size_t nacc, const Py2cDigit *x, size_t nx) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        carry += (uint64_t)acc[i] + x[i];
        acc[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    for (; carry && i < nacc; i++) {
        carry += acc[i];
        acc[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
}

static void mag_sub_into(Py2cDigit *acc, size_t nacc, const Py2cDigit *x, size_t nx) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        int64_t t = (int64_t)acc[i] - x[i] - borrow;
        borrow = t < 0;
        acc[i] = (Py2cDigit)t;
    }
    for (; borrow && i < nacc; i++) {
        int64_t t = (int64_t)acc[i] - borrow;
        borrow = t < 0;
        acc[i] = (Py2cDigit)t;
    }
}

/* Karatsuba for balanced operands; falls back to schoolbook for small or
 * lopsided ones. Returns -1 on allocation failure. */
static int mag_mul(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mag_mul_school(a, na, b, nb, out);
        return 0;
    }
    if (2 * nb <= na) { /* lopsided: slice a into nb-digit pieces */
        memset(out, 0, (na + nb) * sizeof *out);
        Py2cDigit *tmp = malloc(2 * nb * sizeof *tmp);
        if (!tmp) return -1;
        for (size_t i = 0; i < na; i += nb) {
            size_t k = na - i < nb ? na - i : nb;
            if (mag_mul(a + i, k, b, nb, tmp) < 0) return free(tmp), -1;
            mag_add_into(out + i, na + nb - i, tmp, k + nb);
        }
        free(tmp);
        return 0;
    }
    /* a = a1*B + a0, b = b1*B + b0 with B = 2**(32*h). */
    size_t h = nb / 2;
    const Py2cDigit *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na0 = mag_norm(a0, h), na1 = na - h, nb0 = mag_norm(b0, h), nb1 = nb - h;
    size_t ns = na1 + 1, nt = nb1 + 1;
    Py2cDigit *buf = malloc((ns + nt + (ns + nt)) * sizeof *buf);
    if (!buf) return -1;
    Py2cDigit *s = buf, *t = buf + ns, *st = buf + ns + nt;
    size_t sn = mag_norm(s, mag_add(a1, na1, a0, na0, s));
    size_t tn = mag_norm(t, mag_add(b1, nb1, b0, nb0, t));
    memset(out, 0, (na + nb) * sizeof *out);
    /* z0 = a0*b0 into out[0..2h), z2 = a1*b1 into out[2h..) */
    if (na0 && nb0 && mag_mul(a0, na0, b0, nb0, out) < 0) return free(buf), -1;
    if (mag_mul(a1, na1, b1, nb1, out + 2 * h) < 0) return free(buf), -1;
    /* z1 = s*t - z0 - z2, added at h */
    memset(st, 0, (ns + nt) * sizeof *st);
    if (sn && tn && mag_mul(s, sn, t, tn, st) < 0) return free(buf), -1;
    size_t stn = sn + tn;
    mag_sub_into(st, stn, out, mag_norm(out, 2 * h));                     /* - z0 */
    mag_sub_into(st, stn, out + 2 * h, mag_norm(out + 2 * h, na1 + nb1)); /* - z2 */
    mag_add_into(out + h, na + nb - h, st, mag_norm(st, stn));
    free(buf);
    return 0;
}

/* q = a / d, returns a % d (single digit divisor). q may alias a. */
static Py2cDigit mag_divrem1(const Py2cDigit *a, size_t na, Py2cDigit d, Py2cDigit *q) {
    uint64_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        q[i] = (Py2cDigit)(cur / d);
        rem = cur % d;
    }
    return (Py2cDigit)rem;
}

static int clz32(Py2cDigit x) { return x ? __builtin_clz(x) : 32; }

/* Knuth's algorithm D: q[0 .. na-nb] = a / b, r[0 .. nb) = a % b, for
 * nb >= 2, na >= nb. Returns -1 on allocation failure. */
static int mag_divrem(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *q, Py2cDigit *r) {
    int s = clz32(b[nb - 1]);
    Py2cDigit *u = malloc((na + 1 + nb) * sizeof *u);
    if (!u) return -1;
    Py2cDigit *v = u + na + 1;
    /* normalise: shift both left so that v's top bit is set */
    for (size_t i = nb; i-- > 0;)
        v[i] = (Py2cDigit)((b[i] << s) | (s && i ? b[i - 1] >> (32 - s) : 0));
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na; i-- > 0;)
        u[i] = (Py2cDigit)((a[i] << s) | (s && i ? a[i - 1] >> (32 - s) : 0));
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = (uint64_t)u[j + nb] << 32 | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > 0xFFFFFFFFu || qhat * vnext > (rhat << 32 | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFu) break;
        }
        /* u[j .. j+nb] -= qhat * v */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            carry += qhat * v[i];
            int64_t t = (int64_t)u[i + j] - (int64_t)(Py2cDigit)carry - borrow;
            carry >>= 32;
            borrow = t < 0;
            u[i + j] = (Py2cDigit)t;
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)carry - borrow;
        u[j + nb] = (Py2cDigit)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (Py2cDigit)c;
                c >>= 32;
            }
            u[j + nb] += (Py2cDigit)c;
        }
        q[j] = (Py2cDigit)qhat;
    }
    if (r)
        for (size_t i = 0; i < nb; i++)
            r[i] = (Py2cDigit)((u[i] >> s) | (s ? (uint64_t)u[i + 1] << (32 - s) : 0));
    free(u);
    return 0;
}

/* ---- signed operations --------------------------------------------------------- */

static Py2cValue add_views(const LongView *a, const LongView *b, int negate_b) {
    int bneg = b->neg ^ negate_b;
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    Py2cLong *r = py2c__long_alloc(n);
    if (!r) return PY2C_NULL;
    if (a->neg == bneg) return long_finish(r, mag_add(a->d, a->n, b->d, b->n, r->d), a->neg);
    if (mag_cmp(a->d, a->n, b->d, b->n) >= 0) return long_finish(r, mag_sub(a->d, a->n, b->d, b->n, r->d), a->neg);
    return long_finish(r, mag_sub(b->d, b->n, a->d, a->n, r->d), bneg);
}

static Py2cValue mul_views(const LongView *a, const LongView *b) {
    if (a->n == 0 || b->n == 0) return py2c_int(0);
    Py2cLong *r = py2c__long_alloc(a->n + b->n);
    if (!r) return PY2C_NULL;
    if (mag_mul(a->d, a->n, b->d, b->n, r->d) < 0) {
        free(r);
        return py2c_error_nomemory();
    }
    return long_finish(r, a->n + b->n, a->neg != b->neg);
}

static Py2cValue zero_division(Py2cBinaryOp op) {
    return py2c_error_format(&py2c_exc_ZeroDivisionError, op == PY2C_OP_MOD ? "integer modulo by zero"
                                                          : "integer division or modulo by zero");
}

/* Floor division and modulo with Python's signs. */
static int divmod_views(const LongView *a, const LongView *b, Py2cValue *qo, Py2cValue *ro) {
    size_t qn = a->n >= b->n ? a->n - b->n + 1 : 1;
    Py2cLong *q = py2c__long_alloc(qn + 1), *r = py2c__long_alloc(b->n + 1);
    if (!q || !r) {
        free(q), free(r);
        return -1;
    }
    size_t rn;
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        q->d[0] = 0;
        if (a->n) memcpy(r->d, a->d, a->n * sizeof *a->d);
        rn = a->n;
    } else if (b->n == 1) {
        r->d[0] = mag_divrem1(a->d, a->n, b->d[0], q->d);
        rn = 1;
    } else {
        if (mag_divrem(a->d, a->n, b->d, b->n, q->d, r->d) < 0) {
            free(q), free(r);
            (void)py2c_error_nomemory();
            return -1;
        }
        rn = b->n;
    }
    rn = mag_norm(r->d, rn);
    int rneg = a->neg;
    if (rn != 0 && a->neg != b->neg) {
        /* trunc -> floor: |q| + 1, r = |b| - |r| with b's sign */
        Py2cDigit one = 1;
        qn = mag_add(q->d, qn, &one, 1, q->d); /* q has room: qn digits + no carry out past |a| */
        rn = mag_sub(b->d, b->n, r->d, rn, r->d);
        rneg = b->neg;
    }
    Py2cValue qv = long_finish(q, qn, a->neg != b->neg);
    Py2cValue rv = long_finish(r, rn, rneg);
    if (qo) *qo = qv;
    else py2c_decref(qv);
    if (ro) *ro = rv;
    else py2c_decref(rv);
    return 0;
}

int py2c__long_divmod(Py2cValue a, Py2cValue b, Py2cValue *q, Py2cValue *r) {
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) {
        (void)zero_division(PY2C_OP_DIVMOD);
        return -1;
    }
    return divmod_views(&x, &y, q, r);
}

/* Two's complement of a view into n digits (n > a->n). */
static void to_twos(const LongView *a, Py2cDigit *out, size_t n) {
    memset(out, 0, n * sizeof *out);
    if (a->n) memcpy(out, a->d, a->n * sizeof *out);
    if (!a->neg) return;
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        carry += (Py2cDigit)~out[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
}

static Py2cValue bitop_views(Py2cBinaryOp op, const LongView *a, const LongView *b) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    Py2cLong *r = py2c__long_alloc(n);
    Py2cDigit *y = malloc(n * sizeof *y);
    if (!r || !y) {
        free(r), free(y);
        return py2c_error_nomemory();
    }
    to_twos(a, r->d, n);
    to_twos(b, y, n);
    for (size_t i = 0; i < n; i++)
        r->d[i] = op == PY2C_OP_AND ? r->d[i] & y[i] : op == PY2C_OP_OR ? r->d[i] | y[i] : r->d[i] ^ y[i];
    free(y);
    int neg = (r->d[n - 1] >> 31) != 0;
    if (neg) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (Py2cDigit)~r->d[i];
            r->d[i] = (Py2cDigit)carry;
            carry >>= 32;
        }
    }
    return long_finish(r, n, neg);
}

static Py2cValue lshift_view(const LongView *a, uint64_t k) {
    if (a->n == 0) return py2c_int(0);
    if (k > ((uint64_t)1 << 40)) return py2c_error_nomemory();
    size_t ds = (size_t)(k / 32);
    int bs = (int)(k % 32);
    Py2cLong *r = py2c__long_alloc(a->n + ds + 1);
    if (!r) return PY2C_NULL;
    memset(r->d, 0, ds * sizeof *r->d);
    Py2cDigit carry = 0;
    for (size_t i = 0; i < a->n; i++) {
        r->d[ds + i] = (Py2cDigit)((a->d[i] << bs) | carry);
        carry = bs ? a->d[i] >> (32 - bs) : 0;
    }
    r->d[ds + a->n] = carry;
    return long_finish(r, a->n + ds + 1, a->neg);
}

/* Floor of a / 2**k. */
static Py2cValue rshift_view(const LongView *a, uint64_t k) {
    if ((uint64_t)a->n * 32 <= k) return py2c_int(a->neg && a->n ? -1 : 0);
    size_t ds = (size_t)(k / 32);
    int bs = (int)(k % 32);
    size_t n = a->n - ds;
    Py2cLong *r = py2c__long_alloc(n + 1);
    if (!r) return PY2C_NULL;
    int lost = 0;
    for (size_t i = 0; i < ds; i++) lost |= a->d[i] != 0;
    if (bs) lost |= (a->d[ds] & (((Py2cDigit)1 << bs) - 1)) != 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t hi = ds + i + 1 < a->n ? a->d[ds + i + 1] : 0;
        r->d[i] = (Py2cDigit)(((uint64_t)a->d[ds + i] >> bs) | (bs ? hi << (32 - bs) : 0));
    }
    r->d[n] = 0;
    if (a->neg && lost) { /* round towards minus infinity */
        Py2cDigit one = 1;
        n = mag_add(r->d, n, &one, 1, r->d);
    }
    return long_finish(r, n, a->neg);
}

uint64_t py2c__long_bit_length(Py2cValue v) {
    LongView a;
    view_init(&a, v);
    if (a.n == 0) return 0;
    return (uint64_t)a.n * 32 - (uint64_t)clz32(a.d[a.n - 1]);
}

static Py2cValue pow_views(const LongView *base, Py2cValue basev, uint64_t e) {
    /* left-to-right square and multiply */
    Py2cValue r = py2c_int(1);
    if (e == 0) return r;
    if (base->n == 0) return py2c_int(0);
    if (base->n == 1 && base->d[0] == 1) return py2c_int(base->neg && (e & 1) ? -1 : 1);
    if (base->n * 32.0 * (double)e > 8.0 * 1024 * 1024 * 1024 * 8) return py2c_error_nomemory();
    int top = 63 - __builtin_clzll(e);
    for (int i = top; i >= 0; i--) {
        LongView rv;
        view_init(&rv, r);
        Py2cValue sq = mul_views(&rv, &rv);
        py2c_decref(r);
        if (PY2C_IS_NULL(sq)) return sq;
        r = sq;
        if ((e >> i) & 1) {
            view_init(&rv, r);
            Py2cValue m = mul_views(&rv, base);
            py2c_decref(r);
            if (PY2C_IS_NULL(m)) return m;
            r = m;
        }
    }
    (void)basev;
    return r;
}

int py2c__long_compare(Py2cValue a, Py2cValue b) {
    if (!py2c_is_obj(a) && !py2c_is_obj(b)) {
        int64_t x = py2c_is_bool(a) ? (int64_t)py2c_bool_value(a) : py2c_small_int_value(a);
        int64_t y = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
        return (x > y) - (x < y);
    }
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

static Py2cValue small_or_view_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b);

Py2cValue py2c__long_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b) {
    return small_or_view_binary(op, a, b);
}

static Py2cValue shift_count(Py2cValue b, uint64_t *k, int *neg_huge) {
    *neg_huge = 0;
    if (py2c_int_sign(b) < 0) return py2c_error_format(&py2c_exc_ValueError, "negative shift count");
    int64_t v;
    if (py2c_is_obj(b)) {
        *neg_huge = 1; /* beyond 2**47 */
        *k = UINT64_MAX;
        return py2c_int(0);
    }
    v = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
    *k = (uint64_t)v;
    return py2c_int(0);
}

static Py2cValue pow_value(Py2cValue a, Py2cValue b) {
    if (py2c_int_sign(b) < 0) { /* CPython computes a negative power in float */
        double x, y;
        if (py2c_int_as_double(a, &x) < 0 || py2c_int_as_double(b, &y) < 0) return PY2C_NULL;
        return py2c__float_binary_op(PY2C_OP_POW, x, y);
    }
    LongView x;
    view_init(&x, a);
    if (py2c_is_obj(b)) { /* huge exponent: only trivial bases are representable */
        if (x.n == 0) return py2c_int(0);
        if (x.n == 1 && x.d[0] == 1) {
            LongView e;
            view_init(&e, b);
            return py2c_int(x.neg && (e.d[0] & 1) ? -1 : 1);
        }
        return py2c_error_nomemory();
    }
    int64_t e = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
    return pow_views(&x, a, (uint64_t)e);
}

static Py2cValue small_or_view_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b) {
    LongView x, y;
    uint64_t k;
    int huge;
    Py2cValue q, r;
    view_init(&x, a);
    view_init(&y, b);
#if defined(__SIZEOF_INT128__)
    if (binary128(op, &x, &y, &q)) return q;
#endif
    switch (op) {
    case PY2C_OP_ADD: return add_views(&x, &y, 0);
    case PY2C_OP_SUB: return add_views(&x, &y, 1);
    case PY2C_OP_MUL: return mul_views(&x, &y);
    case PY2C_OP_TRUEDIV: return py2c__long_truediv(a, b);
    case PY2C_OP_FLOORDIV:
    case PY2C_OP_MOD:
    case PY2C_OP_DIVMOD:
        if (y.n == 0) return zero_division(op);
        if (divmod_views(&x, &y, op == PY2C_OP_MOD ? NULL : &q, op == PY2C_OP_FLOORDIV ? NULL : &r) < 0)
            return PY2C_NULL;
        if (op == PY2C_OP_FLOORDIV) return q;
        if (op == PY2C_OP_MOD) return r;
        {
            Py2cValue items[2] = {q, r};
            Py2cValue t = py2c_tuple_pack(2, items);
            py2c_decref(q);
            py2c_decref(r);
            return t;
        }
    case PY2C_OP_POW: return pow_value(a, b);
    case PY2C_OP_LSHIFT:
        if (PY2C_IS_NULL(shift_count(b, &k, &huge))) return PY2C_NULL;
        if (huge && x.n) return py2c_error_format(&py2c_exc_OverflowError, "too many digits in integer");
        return lshift_view(&x, k);
    case PY2C_OP_RSHIFT:
        if (PY2C_IS_NULL(shift_count(b, &k, &huge))) return PY2C_NULL;
        return rshift_view(&x, k);
    case PY2C_OP_AND:
    case PY2C_OP_OR:
    case PY2C_OP_XOR: return bitop_views(op, &x, &y);
    case PY2C_OP_MATMUL:
    case PY2C_BINARY_OP_COUNT: break;
    }
    return PY2C_NOT_IMPLEMENTED;
}

Py2cValue py2c__long_neg(Py2cValue a) {
    LongView x;
    view_init(&x, a);
    return long_from_mag(x.d, x.n, !x.neg);
}

Py2cValue py2c__long_abs(Py2cValue a) {
    LongView x;
    view_init(&x, a);
    return long_from_mag(x.d, x.n, 0);
}

Py2cValue py2c__long_invert(Py2cValue a) { /* ~a == -(a + 1) */
    LongView x, one;
    view_init(&x, a);
    view_init(&one, py2c_int(1));
    Py2cValue s = add_views(&x, &one, 0);
    if (PY2C_IS_NULL(s)) return s;
    Py2cValue r = py2c__long_neg(s);
    py2c_decref(s);
    return r;
}

/* ---- three-argument pow ------------------------------------------------------- */

static Py2cValue mulmod(Py2cValue a, Py2cValue b, Py2cValue m) {
    Py2cValue p = py2c__long_binary(PY2C_OP_MUL, a, b);
    if (PY2C_IS_NULL(p)) return p;
    Py2cValue r = py2c__long_binary(PY2C_OP_MOD, p, m);
    py2c_decref(p);
    return r;
}

/* The inverse of a modulo m (m > 1) by the extended Euclidean algorithm. */
static Py2cValue mod_inverse(Py2cValue a, Py2cValue m) {
    Py2cValue r0, r1, s0 = py2c_int(1), s1 = py2c_int(0);
    r0 = py2c__long_binary(PY2C_OP_MOD, a, m);
    if (PY2C_IS_NULL(r0)) return r0;
    py2c_incref(m);
    r1 = m;
    /* invariant: r0 == s0 * a (mod m), r1 == s1 * a (mod m) */
    while (py2c_int_sign(r1) != 0) {
        Py2cValue q, r;
        if (py2c__long_divmod(r0, r1, &q, &r) < 0) goto fail;
        Py2cValue qs = py2c__long_binary(PY2C_OP_MUL, q, s1);
        py2c_decref(q);
        if (PY2C_IS_NULL(qs)) {
            py2c_decref(r);
            goto fail;
        }
        Py2cValue s2 = py2c__long_binary(PY2C_OP_SUB, s0, qs);
        py2c_decref(qs);
        if (PY2C_IS_NULL(s2)) {
            py2c_decref(r);
            goto fail;
        }
        py2c_decref(r0);
        py2c_decref(s0);
        r0 = r1, s0 = s1;
        r1 = r, s1 = s2;
    }
    py2c_decref(r1);
    py2c_decref(s1);
    if (!(py2c_is_small_int(r0) && py2c_small_int_value(r0) == 1)) {
        py2c_decref(r0);
        py2c_decref(s0);
        return py2c_error_format(&py2c_exc_ValueError, "base is not invertible for the given modulus");
    }
    py2c_decref(r0);
    Py2cValue inv = py2c__long_binary(PY2C_OP_MOD, s0, m);
    py2c_decref(s0);
    return inv;
fail:
    py2c_decref(r0), py2c_decref(r1), py2c_decref(s0), py2c_decref(s1);
    return PY2C_NULL;
}

Py2cValue py2c__long_pow3(Py2cValue a, Py2cValue b, Py2cValue m) {
    int ms = py2c_int_sign(m);
    if (ms == 0) return py2c_error_format(&py2c_exc_ValueError, "pow() 3rd argument cannot be 0");
    /* Work with |m| and fix the sign at the end, as CPython does. */
    Py2cValue mod = py2c__long_abs(m);
    if (PY2C_IS_NULL(mod)) return mod;
    Py2cValue base, exp, result = PY2C_NULL;
    if (py2c_is_small_int(mod) && py2c_small_int_value(mod) == 1) {
        py2c_decref(mod);
        return py2c_int(0);
    }
    if (py2c_int_sign(b) < 0) {
        base = mod_inverse(a, mod);
        if (PY2C_IS_NULL(base)) goto out_mod;
        exp = py2c__long_neg(b);
        if (PY2C_IS_NULL(exp)) {
            py2c_decref(base);
            goto out_mod;
        }
    } else {
        base = py2c__long_binary(PY2C_OP_MOD, a, mod);
        if (PY2C_IS_NULL(base)) goto out_mod;
        exp = b;
        py2c_incref(exp);
    }
    result = py2c_int(1);
    uint64_t nbits = py2c__long_bit_length(exp);
    LongView e;
    view_init(&e, exp);
    for (uint64_t i = nbits; i-- > 0;) {
        Py2cValue t = mulmod(result, result, mod);
        py2c_decref(result);
        result = t;
        if (PY2C_IS_NULL(result)) break;
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            t = mulmod(result, base, mod);
            py2c_decref(result);
            result = t;
            if (PY2C_IS_NULL(result)) break;
        }
    }
    if (!PY2C_IS_NULL(result)) { /* reduce once more (exp == 0 leaves 1) */
        Py2cValue t = py2c__long_binary(PY2C_OP_MOD, result, mod);
        py2c_decref(result);
        result = t;
    }
    if (!PY2C_IS_NULL(result) && ms < 0 && py2c_int_sign(result) != 0) {
        Py2cValue t = py2c__long_binary(PY2C_OP_SUB, result, mod);
        py2c_decref(result);
        result = t;
    }
    py2c_decref(base);
    py2c_decref(exp);
out_mod:
    py2c_decref(mod);
    return result;
}

/* ---- floats -------------------------------------------------------------------- */

void py2c__double_split(double d, int64_t *m, int *e) {
    if (d == 0.0) {
        *m = 0, *e = 0;
        return;
    }
    int ex;
    double f = frexp(d, &ex);                    /* d = f * 2**ex, 0.5 <= |f| < 1 */
    int64_t mant = (int64_t)ldexp(f, 53);         /* exact */
    ex -= 53;
    while ((mant & 1) == 0) mant /= 2, ex++;
    *m = mant, *e = ex;
}

Py2cValue py2c__long_from_double_trunc(double d) {
    int64_t m;
    int e;
    py2c__double_split(d, &m, &e);
    int64_t am = m < 0 ? -m : m;
    if (e >= 0) {
        LongView v;
        v.neg = m < 0;
        v.buf[0] = (Py2cDigit)am;
        v.buf[1] = (Py2cDigit)((uint64_t)am >> 32);
        v.n = am == 0 ? 0 : v.buf[1] ? 2 : 1;
        v.d = v.buf;
        return lshift_view(&v, (uint64_t)e);
    }
    if (e <= -64) return py2c_int(0);
    am >>= -e;
    return py2c_int_from_int64(m < 0 ? -am : am);
}

int py2c_int_as_double(Py2cValue v, double *out) {
    if (!py2c_is_obj(v)) {
        *out = (double)(py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v));
        return 0;
    }
    LongView a;
    view_init(&a, v);
    uint64_t nbits = py2c__long_bit_length(v);
    /* the top 64 bits, with a sticky bit for everything below: one rounding
     * in the conversion to double then rounds the exact value correctly */
    uint64_t top;
    int sticky = 0;
    if (nbits <= 64) {
        top = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        nbits = 64;
    } else {
        uint64_t shift = nbits - 64;
        size_t ds = (size_t)(shift / 32);
        int bs = (int)(shift % 32);
        uint64_t w0 = a.d[ds], w1 = ds + 1 < a.n ? a.d[ds + 1] : 0, w2 = ds + 2 < a.n ? a.d[ds + 2] : 0;
        top = (w0 >> bs) | (w1 << (32 - bs)) | (bs ? w2 << (64 - bs) : 0);
        if (bs == 0) top = w0 | w1 << 32;
        for (size_t i = 0; i < ds && !sticky; i++) sticky = a.d[i] != 0;
        if (bs && (w0 & (((uint64_t)1 << bs) - 1))) sticky = 1;
    }
    if (sticky) top |= 1;
    if (nbits > 1024 + 64) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    double r = ldexp((double)top, (int)(nbits - 64));
    if (isinf(r)) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = a.neg ? -r : r;
    return 0;
}

/* Exact comparison of int a with a non-NaN double d. */
int py2c__long_compare_double(Py2cValue a, double d) {
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (!py2c_is_obj(a)) { /* small ints are exact doubles */
        double x = (double)(py2c_is_bool(a) ? (int64_t)py2c_bool_value(a) : py2c_small_int_value(a));
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    Py2cValue fi = py2c__long_from_double_trunc(fl);
    if (PY2C_IS_NULL(fi)) { /* allocation failure: fall back to rounding */
        py2c_error_clear();
        double x;
        if (py2c_int_as_double(a, &x) < 0) {
            py2c_error_clear();
            return py2c_int_sign(a);
        }
        return (x > d) - (x < d);
    }
    int c = py2c__long_compare(a, fi);
    py2c_decref(fi);
    if (c == 0 && fl != d) c = -1; /* a == floor(d) < d */
    return c;
}

/* a / b correctly rounded: q = a * 2**-shift // b with a sticky bit, keeping
 * DBL_MANT_DIG + 2 significant bits (fewer for subnormal results), rounded
 * half to even by hand, then scaled. */
Py2cValue py2c__long_truediv(Py2cValue a, Py2cValue b) {
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "division by zero");
    int neg = x.neg != y.neg;
    if (x.n == 0) return py2c_float(neg ? -0.0 : 0.0);
    int64_t na = (int64_t)py2c__long_bit_length(a), nb = (int64_t)py2c__long_bit_length(b);
    if (na <= 53 && nb <= 53) { /* both exact in doubles: one IEEE division */
        double dx = 0, dy = 1;
        if (py2c_int_as_double(a, &dx) < 0 || py2c_int_as_double(b, &dy) < 0) return PY2C_NULL;
        return py2c_float(dx / dy);
    }
    int64_t diff = na - nb; /* 2**(diff-1) < |a/b| < 2**(diff+1) */
    if (diff > DBL_MAX_EXP)
        return py2c_error_format(&py2c_exc_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return py2c_float(neg ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    LongView ax = x, ay = y; /* magnitudes */
    ax.neg = 0, ay.neg = 0;
    if (ax.d == x.buf) ax.d = ax.buf;
    if (ay.d == y.buf) ay.d = ay.buf;
    int inexact = 0;
    Py2cValue num;
    if (shift > 0) {
        num = rshift_view(&ax, (uint64_t)shift);
        /* bits shifted out make the quotient inexact */
        uint64_t k = (uint64_t)shift;
        for (size_t i = 0; i < ax.n && (uint64_t)i * 32 < k && !inexact; i++) {
            uint64_t bits_here = k - (uint64_t)i * 32;
            Py2cDigit mask = bits_here >= 32 ? 0xFFFFFFFFu : (((Py2cDigit)1 << bits_here) - 1);
            if (ax.d[i] & mask) inexact = 1;
        }
    } else {
        num = lshift_view(&ax, (uint64_t)-shift);
    }
    if (PY2C_IS_NULL(num)) return num;
    Py2cValue q, r;
    LongView nv;
    view_init(&nv, num);
    int rc = divmod_views(&nv, &ay, &q, &r);
    py2c_decref(num);
    if (rc < 0) return PY2C_NULL;
    if (py2c_int_sign(r) != 0) inexact = 1;
    py2c_decref(r);
    /* q has at most DBL_MANT_DIG + 3 bits: fits in uint64_t */
    LongView qv;
    view_init(&qv, q);
    uint64_t qm = qv.n == 0 ? 0 : (uint64_t)qv.d[0] | (qv.n > 1 ? (uint64_t)qv.d[1] << 32 : 0);
    py2c_decref(q);
    int qbits = qm ? 64 - __builtin_clzll(qm) : 0;
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = ((uint64_t)1 << extra) - 1, half = (uint64_t)1 << (extra - 1);
        uint64_t low = qm & mask;
        qm &= ~mask;
        if (low > half || (low == half && (inexact || (qm >> extra) & 1))) qm += (uint64_t)1 << extra;
    }
    double res = ldexp((double)qm, (int)shift);
    if (isinf(res))
        return py2c_error_format(&py2c_exc_OverflowError, "integer division result too large for a float");
    return py2c_float(neg ? -res : res);
}
