/* range: an immutable arithmetic sequence (CPython's rangeobject.c), with
 * bounds that fit in 64 bits. */
#ifndef PY2C_RANGE_H
#define PY2C_RANGE_H

#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cRange {
    Py2cObject ob;
    int64_t start, stop, step, len;
} Py2cRange;

extern const Py2cType py2c_range_type;
extern const Py2cType py2c_range_iterator_type; /* range_iterator */

static inline int py2c_is_range(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_range_type; }

/* range(start, stop, step); ValueError "range() arg 3 must not be zero". */
PY2C_WARN_UNUSED Py2cValue py2c_range_new(int64_t start, int64_t stop, int64_t step);

#endif
