/* Operators on any values, with Python semantics: int (bool included) and
 * float arithmetic with mixing, floor division and modulo, str + and *.
 * Each returns a new reference, or PY2C_NULL with TypeError,
 * ZeroDivisionError, OverflowError, ... set. Operands are borrowed. */
#ifndef PY2C_NUMBER_H
#define PY2C_NUMBER_H

#include "py2c/value.h"

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

/* Comparisons (one operator; the result is a bool value). */
PY2C_WARN_UNUSED Py2cValue py2c_object_eq(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_ne(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_lt(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_le(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_gt(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_object_ge(Py2cValue a, Py2cValue b);

#endif
