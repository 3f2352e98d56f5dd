/* tuple: an immutable sequence of values (CPython's tupleobject.c).
 *
 * The items live inline after the header. Items are owned by the tuple. */
#ifndef PY2C_TUPLE_H
#define PY2C_TUPLE_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cTuple {
    Py2cObject ob;
    int64_t size;
    Py2cValue items[];
} Py2cTuple;

extern const Py2cType py2c_tuple_type;
extern const Py2cType py2c_tuple_iterator_type; /* tuple_iterator */

/* Whether v is a tuple (exactly; subclasses come with user classes). */
static inline int py2c_is_tuple(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_tuple_type; }
static inline Py2cTuple *py2c_tuple_ptr(Py2cValue v) { return (Py2cTuple *)py2c_obj_ptr(v); }
static inline int64_t py2c_tuple_size(Py2cValue t) { return py2c_tuple_ptr(t)->size; }
/* items[i], borrowed; i must be in range. */
static inline Py2cValue py2c_tuple_item(Py2cValue t, int64_t i) { return py2c_tuple_ptr(t)->items[i]; }

/* A tuple of n items (borrowed: each is increfed). */
PY2C_WARN_UNUSED Py2cValue py2c_tuple_pack(size_t n, const Py2cValue *items);
/* A tuple of n PY2C_NULL items that the caller fills (stealing references)
 * through py2c_tuple_ptr(t)->items before the tuple is used. */
PY2C_WARN_UNUSED Py2cValue py2c_tuple_new(size_t n);
/* tuple(iterable): the argument itself for a tuple. */
PY2C_WARN_UNUSED Py2cValue py2c_tuple_from_iterable(Py2cValue iterable);
/* t[lo:hi] for 0 <= lo <= hi <= len(t). */
PY2C_WARN_UNUSED Py2cValue py2c_tuple_slice(Py2cValue t, int64_t lo, int64_t hi);

#endif
