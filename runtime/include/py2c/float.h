/* float: IEEE doubles, stored unboxed in the value word (py2c/value.h). */
#ifndef PY2C_FLOAT_H
#define PY2C_FLOAT_H

#include <stddef.h>

#include "py2c/type.h"

extern const Py2cType py2c_float_type;

/* float(text) with CPython's syntax (whitespace, sign, underscores between
 * digits, inf/infinity/nan in any case) and its ValueError
 * "could not convert string to float: '...'". text is len bytes of UTF-8. */
PY2C_WARN_UNUSED Py2cValue py2c_float_from_string(const char *text, size_t len);
/* A float, int or bool as a double (ints correctly rounded): 0, or -1 with
 * OverflowError for too large ints or TypeError
 * "must be real number, not str" for other types. */
PY2C_WARN_UNUSED int py2c_float_as_double(Py2cValue v, double *out);
/* repr(x) exactly as CPython (shortest round-tripping digits) into buf (at
 * least 32 bytes); returns the length. */
int py2c_float_repr_buf(double x, char *buf);

#endif
