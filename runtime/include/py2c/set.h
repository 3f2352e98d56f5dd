/* set and frozenset: CPython's setobject.c hash table, reproduced exactly
 * (same table sizes, probing, growth and dummies) so that iteration order is
 * CPython's for values with CPython's hashes. */
#ifndef PY2C_SET_H
#define PY2C_SET_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cSetEntry {
    Py2cValue key; /* PY2C_NULL: never used; py2c__set_dummy: deleted */
    Py2cHash hash;
} Py2cSetEntry;

#define PY2C_SET_MINSIZE 8

typedef struct Py2cSet {
    Py2cObject ob;
    int64_t fill;   /* active + dummy entries */
    int64_t used;   /* active entries */
    int64_t mask;   /* table size - 1 */
    Py2cSetEntry *table; /* smalltable or a heap block */
    Py2cHash hash;  /* frozenset only: -1 until computed */
    int64_t finger; /* where pop() resumes */
    Py2cSetEntry smalltable[PY2C_SET_MINSIZE];
} Py2cSet;

extern const Py2cType py2c_set_type;
extern const Py2cType py2c_frozenset_type;
extern const Py2cType py2c_set_iterator_type; /* set_iterator */

static inline int py2c_is_anyset(Py2cValue v) {
    return py2c_is_obj(v) && (py2c_obj_ptr(v)->type == &py2c_set_type || py2c_obj_ptr(v)->type == &py2c_frozenset_type);
}
static inline Py2cSet *py2c_set_ptr(Py2cValue v) { return (Py2cSet *)py2c_obj_ptr(v); }
static inline int64_t py2c_set_size(Py2cValue s) { return py2c_set_ptr(s)->used; }

/* A new empty set. */
PY2C_WARN_UNUSED Py2cValue py2c_set_new(void);
/* s.add(v) (borrowed): 0 or -1 (unhashable...). */
PY2C_WARN_UNUSED int py2c_set_add(Py2cValue s, Py2cValue v);
/* set(iterable) / frozenset(iterable) (iterable may be PY2C_NULL: empty). */
PY2C_WARN_UNUSED Py2cValue py2c_set_from_iterable(Py2cValue iterable);
PY2C_WARN_UNUSED Py2cValue py2c_frozenset_from_iterable(Py2cValue iterable);
/* The frozenset constant CPython 3.11 compiles a set display of constants
 * into (items borrowed, added twice as CPython's compiler does: see set.c).
 * The compiler needs it where CPython folds a set display whose elements
 * are all constants (after CPython's AST constant folding, starred not
 * allowed):
 *   - a display of more than 2 elements: BUILD_SET 0 + SET_UPDATE, i.e.
 *     py2c_set_from_iterable(py2c_frozenset_const(n, items));
 *   - the iterable of a for loop or comprehension (any size): iterate
 *     py2c_frozenset_const(n, items) itself.
 * Adding the items one by one gives a different iteration order when they
 * collide or the table grows. */
PY2C_WARN_UNUSED Py2cValue py2c_frozenset_const(size_t n, const Py2cValue *items);
/* v in s: 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_set_contains(Py2cValue s, Py2cValue v);
/* s.discard(v): 1 removed, 0 absent, -1 error. */
PY2C_WARN_UNUSED int py2c_set_discard(Py2cValue s, Py2cValue v);
/* Iteration over entries in table order, borrowed (same shape as
 * py2c_dict_next). */
int py2c_set_next(Py2cValue s, int64_t *pos, Py2cValue *key);

#endif
