/* Unpacking and the iterators of the containers. */
#ifndef PY2C_ITER_H
#define PY2C_ITER_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

/* a, b, c = iterable: out[0..n-1] receive new references (nothing on error).
 * CPython's errors: "cannot unpack non-iterable int object", "not enough
 * values to unpack (expected 3, got 2)", "too many values to unpack
 * (expected 2)". 0 or -1. */
PY2C_WARN_UNUSED int py2c_unpack(Py2cValue iterable, size_t n, Py2cValue *out);
/* a, *b, c = iterable: out has before + 1 + after slots; out[before] is a new
 * list. "not enough values to unpack (expected at least 2, got 1)". */
PY2C_WARN_UNUSED int py2c_unpack_ex(Py2cValue iterable, size_t before, size_t after, Py2cValue *out);

#endif
