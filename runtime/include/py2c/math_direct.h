/* Direct calls of the math module's functions (issue #7): `math.f(x)` where
 * the compiler proves `math` is the imported math module (src/lower/
 * lw_math_call.c) calls these instead of looking f up and calling the
 * builtin function object. py2c_math_<f>(x) takes the argument boxed (any
 * value: converted as math.f converts it), py2c_math_<f>_d(x) a double (an
 * argument proven a float); both return exactly what math.f returns (a new
 * reference) or PY2C_NULL with its exception (runtime/src/mod_math.c). */
#ifndef PY2C_MATH_DIRECT_H
#define PY2C_MATH_DIRECT_H

#include <math.h>

#include "py2c/int.h"
#include "py2c/value.h"

/* The one-argument functions of mod_math.c's math_1 rules. */
#define PY2C_MATH_DIRECT1(X)                                                                    \
    X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cbrt) X(cos) X(cosh) X(erf) X(erfc)     \
    X(exp) X(exp2) X(expm1) X(fabs) X(gamma) X(lgamma) X(log1p) X(sin) X(sinh) X(sqrt) X(tan)    \
    X(tanh) X(degrees) X(radians)

#define PY2C_MATH_DECL(name)                                                                    \
    PY2C_WARN_UNUSED Py2cValue py2c_math_##name(Py2cValue x);                                   \
    PY2C_WARN_UNUSED Py2cValue py2c_math_##name##_d(double x);
PY2C_MATH_DIRECT1(PY2C_MATH_DECL)
PY2C_MATH_DECL(log)
PY2C_MATH_DECL(floor)
PY2C_MATH_DECL(ceil)
PY2C_MATH_DECL(trunc)
#undef PY2C_MATH_DECL

/* ValueError "math domain error". */
Py2cValue py2c__math_domain_error(void);

/* sqrt on a double, inline: IEEE sqrt is correctly rounded everywhere and
 * sets errno only where it returns NaN for a non-NaN argument. */
static inline Py2cValue py2c_math_sqrt_i(double x) {
    double r = sqrt(x);
    if (isnan(r) && !isnan(x)) return py2c__math_domain_error();
    return py2c_float(r);
}

/* Builtins on proven argument types (src/lower/lw_builtin_fn.c): int(x) of
 * a float (boxed, or its double: py2c_int_from_double), float(x) of an int
 * or bool, abs(x) of a float's double. */
static inline Py2cValue py2c_math_int_of_float(Py2cValue x) { return py2c_int_from_double(py2c_float_value(x)); }
static inline Py2cValue py2c_math_float_of_int(Py2cValue x) {
    double d;
    if (py2c_int_as_double(x, &d) < 0) return PY2C_NULL;
    return py2c_float(d);
}
static inline Py2cValue py2c_math_abs_d(double x) { return py2c_float(fabs(x)); }

#endif
