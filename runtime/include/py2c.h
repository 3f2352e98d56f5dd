/* py2c runtime: the one header generated code includes.
 *
 * Conventions (see docs/runtime.md):
 *   - every Python value is one Py2cValue word (py2c/value.h);
 *   - arguments are borrowed, results are new references;
 *   - a fallible function returns PY2C_NULL (or -1) and sets the current
 *     exception of the calling thread (py2c/error.h). */
#ifndef PY2C_H
#define PY2C_H

/* core: values, objects, types, the abstract protocol, errors, functions */
#include "py2c/value.h"
#include "py2c/object.h"
#include "py2c/type.h"
#include "py2c/error.h"
#include "py2c/abstract.h"
#include "py2c/layout.h"
#include "py2c/function.h"
#include "py2c/main.h"
#include "py2c/generator.h"
/* numbers */
#include "py2c/number.h"
#include "py2c/int.h"
#include "py2c/float.h"
/* text */
#include "py2c/str.h"
#include "py2c/bytes.h"
/* containers and iteration */
#include "py2c/tuple.h"
#include "py2c/list.h"
#include "py2c/dict.h"
#include "py2c/set.h"
#include "py2c/range.h"
#include "py2c/iter.h"
/* builtins, files, sys */
#include "py2c/builtins.h"
#include "py2c/builtin_direct.h"
#include "py2c/math_direct.h"
#include "py2c/io.h"
#include "py2c/sys.h"
#include "py2c/module.h"
#include "py2c/concurrency.h"
#include "py2c/safepoint.h"

#endif
