/* CPython's numeric hash: hash(x) is x reduced modulo P = 2**61 - 1 (with
 * the sign of x, and -1 mapped to -2), for ints and for floats alike, so
 * numbers that compare equal hash equal. Since 2**61 == 1 (mod P),
 * multiplying by 2**k modulo P is a rotation of the 61-bit value by k. */
#include "number_internal.h"

#define P PY2C__HASH_MODULUS

static uint64_t rotate(uint64_t x, unsigned k) { /* x * 2**k mod P, x < P, k < 61 */
    k %= PY2C__HASH_BITS;
    if (k == 0) return x;
    return ((x << k) & P) | (x >> (PY2C__HASH_BITS - k));
}

static Py2cHash finish(uint64_t h, int neg) {
    int64_t r = neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

Py2cHash py2c__hash_double(double x) {
    if (isnan(x)) return 0;
    if (isinf(x)) return x > 0 ? PY2C__HASH_INF : -PY2C__HASH_INF;
    int64_t m;
    int e;
    py2c__double_split(x, &m, &e); /* x = m * 2**e, |m| < 2**53 < P */
    int neg = m < 0;
    uint64_t h = (uint64_t)(neg ? -m : m);
    /* 2**e for negative e is 2**(e mod 61): 2**61 == 1 */
    int k = e % PY2C__HASH_BITS;
    if (k < 0) k += PY2C__HASH_BITS;
    h = rotate(h, (unsigned)k);
    return finish(h, neg);
}

Py2cHash py2c__hash_int(Py2cValue v) {
    if (!py2c_is_obj(v)) {
        int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
        return i == -1 ? -2 : i; /* |i| < 2**47 < P */
    }
    Py2cLong *l = py2c__as_long(v);
    int neg = l->size < 0;
    size_t n = (size_t)(neg ? -l->size : l->size);
    uint64_t h = 0;
    for (size_t i = n; i-- > 0;) {
        h = rotate(h, PY2C__DIGIT_BITS) + l->d[i];
        if (h >= P) h -= P;
    }
    return finish(h, neg);
}
