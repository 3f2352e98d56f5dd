/* int: arithmetic on small ints (48-bit immediates) with Python semantics.
 * Intermediate results are computed in int64_t, so only * ** << can overflow
 * it; every result is checked against the small range. Big ints are not
 * implemented yet: results beyond it raise OverflowError. */
#include <stdio.h>

#include "internal.h"

Py2cValue py2c__int_checked(int64_t v) {
    if (v < PY2C_SMALL_INT_MIN || v > PY2C_SMALL_INT_MAX)
        return py2c_error_format(&py2c_exc_OverflowError,
                                 "integer too large for py2c yet (ints are limited to -2**47 .. 2**47-1)");
    return py2c_int(v);
}

static Py2cValue too_large(void) { return py2c__int_checked(INT64_MAX); }

int py2c__int_format(int64_t v, char *buf) { return snprintf(buf, 24, "%lld", (long long)v); }

/* Python's floor division and modulo: the quotient rounds towards minus
 * infinity and the remainder takes the divisor's sign. y != 0. */
static int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

static Py2cValue int_pow(int64_t base, int64_t exp) {
    if (exp < 0) /* CPython computes a negative power in float */
        return py2c__float_binary(PY2C__OP_POW, (double)base, (double)exp);
    int64_t result = 1;
    /* |base| >= 2 makes every partial product no larger than the result, so
     * an int64_t overflow means the result is too large too. */
    while (exp > 0) {
        if (exp & 1)
            if (__builtin_mul_overflow(result, base, &result)) return too_large();
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return too_large();
    }
    return py2c__int_checked(result);
}

Py2cValue py2c__int_binary(int op, int64_t x, int64_t y) {
    int64_t r;
    switch (op) {
    case PY2C__OP_ADD: return py2c__int_checked(x + y);
    case PY2C__OP_SUB: return py2c__int_checked(x - y);
    case PY2C__OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return too_large();
        return py2c__int_checked(r);
    case PY2C__OP_TRUEDIV:
        if (y == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "division by zero");
        /* Small ints are exact in a double, so this is correctly rounded. */
        return py2c_float((double)x / (double)y);
    case PY2C__OP_FLOORDIV:
        if (y == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "integer division or modulo by zero");
        return py2c__int_checked(floor_div(x, y));
    case PY2C__OP_MOD:
        if (y == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "integer modulo by zero");
        return py2c_int(floor_mod(x, y));
    case PY2C__OP_POW: return int_pow(x, y);
    case PY2C__OP_LSHIFT:
        if (y < 0) return py2c_error_format(&py2c_exc_ValueError, "negative shift count");
        if (x == 0) return py2c_int(0);
        if (y >= 48) return too_large();
        if (__builtin_mul_overflow(x, (int64_t)1 << y, &r)) return too_large();
        return py2c__int_checked(r);
    case PY2C__OP_RSHIFT:
        if (y < 0) return py2c_error_format(&py2c_exc_ValueError, "negative shift count");
        if (y > 62) return py2c_int(x < 0 ? -1 : 0);
        return py2c_int(x >> y); /* arithmetic shift: floor, as Python */
    case PY2C__OP_AND: return py2c_int(x & y);
    case PY2C__OP_OR: return py2c_int(x | y);
    case PY2C__OP_XOR: return py2c_int(x ^ y);
    }
    return py2c_error_format(&py2c_exc_RuntimeError, "py2c: bad int operator %d", op);
}
