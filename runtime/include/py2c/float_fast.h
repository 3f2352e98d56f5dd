/* Unboxed float operations for generated code (issue #7).
 *
 * Where whole-program type inference proves that both operands of an
 * arithmetic operation or comparison are floats (or small int constants,
 * exact as doubles), the compiler emits these on C doubles instead of the
 * boxed py2c_fast_binary_op. Each does exactly what Python's float type
 * does: IEEE binary64 with round-to-nearest (one operation per function, so
 * no C compiler contracts a*b+c into an fma), -0.0, inf and nan kept; NaN
 * compares unequal and unordered, as in C. The one error is the division by
 * zero: py2c_ff_div_check raises ZeroDivisionError first. A power (py2c_ff_pow)
 * runs CPython's float_pow case by case, errors included. Included by
 * generated files that use it (after py2c.h). */
#ifndef PY2C_FLOAT_FAST_H
#define PY2C_FLOAT_FAST_H

#include "py2c/error.h"
#include "py2c/int.h"
#include "py2c/value.h"

static inline double py2c_ff_copy(double x) { return x; }
static inline double py2c_ff_add(double x, double y) { return x + y; }
static inline double py2c_ff_sub(double x, double y) { return x - y; }
static inline double py2c_ff_mul(double x, double y) { return x * y; }
/* y must not be zero (py2c_ff_div_check). */
static inline double py2c_ff_div(double x, double y) { return x / y; }
static inline double py2c_ff_neg(double x) { return -x; }

/* 0, or -1 with ZeroDivisionError when y is zero (either sign), as float
 * division says it. */
static inline PY2C_WARN_UNUSED int py2c_ff_div_check(double y) {
    if (y != 0.0) return 0;
    (void)py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
    return -1;
}

/* An int or bool operand of float arithmetic as the double float's
 * operators convert it to (correctly rounded): 0, or -1 with OverflowError
 * "int too large to convert to float". Small ints are exact doubles. */
static inline PY2C_WARN_UNUSED int py2c_ff_of_int(Py2cValue v, double *out) {
    if (py2c_is_small_int(v)) {
        *out = (double)py2c_small_int_value(v);
        return 0;
    }
    return py2c_int_as_double(v, out);
}

/* x ** y as float's operator computes it: 0 with *out, or -1 with the
 * exception (ZeroDivisionError for 0.0 to a negative power, OverflowError
 * when the result is too large). A negative x to a fractional power is a
 * complex in Python: callers use this only where inference proves the
 * result is a float. */
PY2C_WARN_UNUSED int py2c_ff_pow(double x, double y, double *out);

/* Comparisons: 1 or 0. */
static inline int py2c_ff_lt(double x, double y) { return x < y; }
static inline int py2c_ff_le(double x, double y) { return x <= y; }
static inline int py2c_ff_eq(double x, double y) { return x == y; }
static inline int py2c_ff_ne(double x, double y) { return x != y; }
static inline int py2c_ff_gt(double x, double y) { return x > y; }
static inline int py2c_ff_ge(double x, double y) { return x >= y; }

#endif
