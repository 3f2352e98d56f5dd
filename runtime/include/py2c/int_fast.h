/* Fused small-int arithmetic for generated code (issue #7).
 *
 * Where type inference says an expression of several + - * // % is an int,
 * the compiler computes it on C int64_t values (src/lower/lw_int_fused.c):
 * each name is read once as a small int (py2c_ii_of), each operation runs
 * on int64_t, and only the result is boxed. Every function says 1 when it
 * computed exactly what Python computes, or 0 when the boxed path must run
 * instead: an operand that is not a small int, a division by zero (the
 * boxed path raises the error), or a value outside +-2**62 (the boxed path
 * makes the big int). Intermediate values may exceed the small-int range,
 * so `(x * 1103515245 + 12345) % 2**31` allocates nothing. Keeping every
 * value within +-2**62 means + and - cannot overflow int64_t. Included by
 * generated files that use it (after py2c.h). */
#ifndef PY2C_INT_FAST_H
#define PY2C_INT_FAST_H

#include <stdint.h>

#include "py2c/abstract.h"
#include "py2c/value.h"

#define PY2C__II_LIMIT ((int64_t)1 << 62)

static inline int py2c__ii_in(int64_t r) { return r > -PY2C__II_LIMIT && r < PY2C__II_LIMIT; }

/* *out = v's value when v is a small int. */
static inline int py2c_ii_of(Py2cValue v, int64_t *out) {
    if (!py2c_is_small_int(v)) return 0;
    *out = py2c_small_int_value(v);
    return 1;
}

static inline int py2c_ii_add(int64_t a, int64_t b, int64_t *out) {
    *out = a + b;
    return py2c__ii_in(*out);
}

static inline int py2c_ii_sub(int64_t a, int64_t b, int64_t *out) {
    *out = a - b;
    return py2c__ii_in(*out);
}

static inline int py2c_ii_mul(int64_t a, int64_t b, int64_t *out) {
    return !PY2C__MUL_OVERFLOW(a, b, out) && py2c__ii_in(*out);
}

/* Python's a // b: the floor of the quotient. */
static inline int py2c_ii_floordiv(int64_t a, int64_t b, int64_t *out) {
    if (b == 0) return 0;
    int64_t q = a / b;
    if (a % b != 0 && (a < 0) != (b < 0)) q--;
    *out = q;
    return 1;
}

/* Python's a % b: the sign of the divisor. */
static inline int py2c_ii_mod(int64_t a, int64_t b, int64_t *out) {
    if (b == 0) return 0;
    int64_t r = a % b;
    if (r != 0 && (r < 0) != (b < 0)) r += b;
    *out = r;
    return 1;
}

/* Whether r can be boxed as a small int (py2c_int). */
static inline int py2c_ii_fits(int64_t r) { return py2c__small_fits(r); }

#endif
