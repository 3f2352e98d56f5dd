/* int (and bool, its subclass): arbitrary-precision integers.
 *
 * One Python type, two representations, one canonical form: a value in
 * [PY2C_SMALL_INT_MIN, PY2C_SMALL_INT_MAX] is always the immediate
 * py2c_int(v); anything beyond is a heap object of type py2c_int_type (a
 * "big int"). Every operation returns the canonical form, so `x is y`-style
 * bit equality holds for equal small ints, and a heap int never equals an
 * immediate one. bool values are the immediates PY2C_TRUE / PY2C_FALSE. */
#ifndef PY2C_INT_H
#define PY2C_INT_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

extern const Py2cType py2c_int_type;
extern const Py2cType py2c_bool_type;

/* Whether v is an int (small or big) or a bool. */
static inline int py2c_is_big_int(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_int_type;
}
static inline int py2c_is_int(Py2cValue v) {
    return py2c_is_small_int(v) || py2c_is_bool(v) || py2c_is_big_int(v);
}

/* Any int64_t / uint64_t as a canonical int value (new reference, or
 * PY2C_NULL with MemoryError). */
PY2C_WARN_UNUSED Py2cValue py2c_int_from_int64(int64_t v);
PY2C_WARN_UNUSED Py2cValue py2c_int_from_uint64(uint64_t v);
/* A big literal: digits is a NUL-terminated string of decimal digits with an
 * optional leading '-' (no underscores, no limit on the length: literals in
 * source are not subject to the 4300-digit limit of int(str)). */
PY2C_WARN_UNUSED Py2cValue py2c_int_from_decimal(const char *digits);
/* int(text, base) with CPython's rules (base 0 or 2..36, sign, prefixes,
 * underscores, surrounding whitespace) and ValueError messages; text is
 * len bytes of UTF-8. */
PY2C_WARN_UNUSED Py2cValue py2c_int_from_string(const char *text, size_t len, int base);
/* int(x) for a double: truncation; OverflowError for inf, ValueError for nan. */
PY2C_WARN_UNUSED Py2cValue py2c_int_from_double(double d);

/* v (int or bool) as int64_t: 0 on success, -1 with OverflowError
 * "Python int too large to convert to C long" (CPython's text; long is 64
 * bits on the supported platforms) when it does not fit. */
PY2C_WARN_UNUSED int py2c_int_as_int64(Py2cValue v, int64_t *out);
/* The same, saturating instead of failing (for clamping indices). */
int64_t py2c_int_as_int64_clamped(Py2cValue v);
/* v (int or bool) as a correctly rounded double; -1 with OverflowError
 * "int too large to convert to float". */
PY2C_WARN_UNUSED int py2c_int_as_double(Py2cValue v, double *out);
/* Sign of an int or bool: -1, 0, 1. */
int py2c_int_sign(Py2cValue v);

/* str(v) / repr(v) for ints, bin/oct/hex (prefix "0b", "0o", "0x", sign
 * first: -0x1f), and int.__format__ helpers live in py2c/number.h. base is
 * 2, 8, 10 or 16 here. */
PY2C_WARN_UNUSED Py2cValue py2c_int_to_str(Py2cValue v, int base, int with_prefix);

#endif
