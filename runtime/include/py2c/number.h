/* Numbers across types (int, bool, float): formatting (format() and %),
 * rounding, conversions, and the older direct operator entry points.
 * Each returns a new reference, or PY2C_NULL with an exception set.
 * Operands are borrowed. */
#ifndef PY2C_NUMBER_H
#define PY2C_NUMBER_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/value.h"

/* format(num, spec) for an int, bool or float, exactly as CPython's
 * int.__format__ / float.__format__: spec is len bytes of UTF-8 holding
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type] with types
 * b c d o x X n e E f F g G % and none. Empty spec: str(num). Errors are
 * CPython's ValueError texts ("Unknown format code 'q' for object of type
 * 'int'", ...). Returns PY2C_NOT_IMPLEMENTED (no exception) when num is
 * not a number, so callers can try other types. */
PY2C_WARN_UNUSED Py2cValue py2c_number_format(Py2cValue num, const char *spec, size_t len);
/* printf-style `%` formatting of numbers is the str side's (str_format.c),
 * which calls format(int, "d"/"x"/"o"/"X") for big ints. */

/* round(x) and round(x, ndigits): ndigits PY2C_NULL or None means absent
 * (the result is then an int; banker's rounding). Floats round correctly
 * (to the double nearest the exactly rounded decimal), ints stay ints. */
PY2C_WARN_UNUSED Py2cValue py2c_number_round(Py2cValue x, Py2cValue ndigits);
/* int(x) and float(x) for one argument of any type (str included), with
 * CPython's errors. */
PY2C_WARN_UNUSED Py2cValue py2c_number_int(Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_number_float(Py2cValue x);
/* operator.index(x): x itself for ints (bool -> 0/1 int), else TypeError
 * "'float' object cannot be interpreted as an integer". */
PY2C_WARN_UNUSED Py2cValue py2c_number_index(Py2cValue x);
/* bin(x), oct(x), hex(x) for an int (via index). */
PY2C_WARN_UNUSED Py2cValue py2c_number_bin(Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_number_oct(Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_number_hex(Py2cValue x);

/* Older entry points (the compiler may still emit them): the same as
 * py2c_binary_op / py2c_compare in py2c/abstract.h. */
PY2C_WARN_UNUSED Py2cValue py2c_object_add(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_sub(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_mul(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_truediv(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_floordiv(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_mod(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_pow(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_lshift(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_rshift(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_and(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_or(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_xor(Py2cValue a, Py2cValue b);

PY2C_WARN_UNUSED Py2cValue py2c_object_neg(Py2cValue a);
PY2C_WARN_UNUSED Py2cValue py2c_object_pos(Py2cValue a);
PY2C_WARN_UNUSED Py2cValue py2c_object_invert(Py2cValue a);
PY2C_WARN_UNUSED Py2cValue py2c_object_not(Py2cValue a);

PY2C_WARN_UNUSED Py2cValue py2c_object_eq(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_ne(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_lt(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_le(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_gt(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_ge(Py2cValue a, Py2cValue b);

#endif
