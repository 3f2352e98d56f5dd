/* range: an immutable arithmetic sequence (CPython's rangeobject.c). Bounds
 * that fit in 64 bits (with a length that does too) take the int64 fast
 * path; anything larger is kept as int values (the slow path). */
#ifndef PY2C_RANGE_H
#define PY2C_RANGE_H

#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cRange {
    Py2cObject ob;
    /* The fast path: valid when big is 0. */
    int64_t start, stop, step, len;
    /* The slow path (big == 1): the same four as int values (owned). */
    int big;
    Py2cValue bstart, bstop, bstep, blen;
} Py2cRange;

extern const Py2cType py2c_range_type;
extern const Py2cType py2c_range_iterator_type;     /* range_iterator */
extern const Py2cType py2c_longrange_iterator_type; /* longrange_iterator: ranges beyond 64 bits */

static inline int py2c_is_range(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_range_type; }

/* range(start, stop, step); ValueError "range() arg 3 must not be zero". */
PY2C_WARN_UNUSED Py2cValue py2c_range_new(int64_t start, int64_t stop, int64_t step);

#endif
