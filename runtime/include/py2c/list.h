/* list: a mutable sequence of values (CPython's listobject.c). */
#ifndef PY2C_LIST_H
#define PY2C_LIST_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cList {
    Py2cObject ob;
    int64_t size;
    int64_t cap;
    Py2cValue *items; /* owned references, items[0 .. size-1] */
} Py2cList;

extern const Py2cType py2c_list_type;
extern const Py2cType py2c_list_iterator_type;         /* list_iterator */
extern const Py2cType py2c_list_reverseiterator_type;  /* list_reverseiterator */

static inline int py2c_is_list(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_list_type; }
static inline Py2cList *py2c_list_ptr(Py2cValue v) { return (Py2cList *)py2c_obj_ptr(v); }
static inline int64_t py2c_list_size(Py2cValue l) { return py2c_list_ptr(l)->size; }
/* items[i], borrowed; i must be in range. */
static inline Py2cValue py2c_list_item(Py2cValue l, int64_t i) { return py2c_list_ptr(l)->items[i]; }

/* A new empty list with room for reserve items. */
PY2C_WARN_UNUSED Py2cValue py2c_list_new(size_t reserve);
/* l.append(v) (v borrowed): 0 or -1. */
PY2C_WARN_UNUSED int py2c_list_append(Py2cValue l, Py2cValue v);
/* l.extend(iterable): 0 or -1. */
PY2C_WARN_UNUSED int py2c_list_extend(Py2cValue l, Py2cValue iterable);
/* tuple(l). */
PY2C_WARN_UNUSED Py2cValue py2c_list_as_tuple(Py2cValue l);
/* list(iterable): always a new list. */
PY2C_WARN_UNUSED Py2cValue py2c_list_from_iterable(Py2cValue iterable);
/* l.sort(key=key, reverse=reverse): key PY2C_NULL or None for no key. Stable;
 * compares with `<` only, as CPython. 0 or -1. */
PY2C_WARN_UNUSED int py2c_list_sort(Py2cValue l, Py2cValue key, int reverse);
/* l.reverse() (cannot fail). */
void py2c_list_reverse(Py2cValue l);

#endif
