/* py2c runtime: the one header generated code includes.
 *
 * Conventions (see docs/runtime.md):
 *   - every Python value is one Py2cValue word (py2c/value.h);
 *   - arguments are borrowed, results are new references;
 *   - a fallible function returns PY2C_NULL (or -1) and sets the current
 *     exception of the calling thread (py2c/error.h). */
#ifndef PY2C_H
#define PY2C_H

#include "py2c/value.h"
#include "py2c/object.h"
#include "py2c/type.h"
#include "py2c/error.h"
#include "py2c/str.h"
#include "py2c/number.h"
#include "py2c/builtins.h"
#include "py2c/main.h"

#endif
