/* Built-in functions. */
#ifndef PY2C_BUILTINS_H
#define PY2C_BUILTINS_H

#include <stdint.h>

#include "py2c/value.h"

/* print(*args, sep=sep, end=end) to stdout. sep and end may be PY2C_NULL
 * (not given) or None (default), otherwise must be str. Returns None, or
 * PY2C_NULL with TypeError set. */
PY2C_WARN_UNUSED Py2cValue py2c_builtin_print(int64_t nargs, const Py2cValue *args, Py2cValue sep,
                                              Py2cValue end);

#endif
