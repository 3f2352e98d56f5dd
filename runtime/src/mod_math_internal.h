/* The math module's files (mod_math.c: floating-point functions and the
 * module; mod_math_int.c: the integer functions). Private to the runtime. */
#ifndef PY2C_MOD_MATH_INTERNAL_H
#define PY2C_MOD_MATH_INTERNAL_H

#include "bltin_internal.h"
#include "number_internal.h"

/* Adds factorial, gcd, lcm, comb, perm, isqrt and prod to module m:
 * 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c__math_add_int_functions(Py2cValue m);

/* The product lo * (lo+1) * ... * (lo+count-1) of ints (1 when count is 0):
 * a new int, or PY2C_NULL with an exception. lo is borrowed. */
PY2C_WARN_UNUSED Py2cValue py2c__math_range_product(Py2cValue lo, uint64_t count);

#endif
