/* Internals shared by the itertools files (mod_itertools.c: the module and
 * the simple iterators; mod_itertools_comb.c: product, permutations,
 * combinations, groupby, tee). Runtime-private. */
#ifndef PY2C_MOD_ITERTOOLS_INTERNAL_H
#define PY2C_MOD_ITERTOOLS_INTERNAL_H

#include "bltin_internal.h"

/* The iter slot of every itertools iterator: the iterator itself. */
PY2C_WARN_UNUSED Py2cValue py2c__itertools_self(Py2cValue self);
/* Positional-only arity check with Argument Clinic's message ("cycle
 * expected 1 argument, got 0"); keywords refused ("cycle() takes no keyword
 * arguments"). 0 or -1. */
PY2C_WARN_UNUSED int py2c__itertools_nargs(const char *f, size_t nargs, Py2cValue kwnames, size_t min, size_t max);
/* An index-like argument (r, n, repeat) as int64: 0 or -1. */
PY2C_WARN_UNUSED int py2c__itertools_int(Py2cValue v, int64_t *out);

/* A static itertools type: its instances are iterators freed with free(). */
#define PY2C__ITERTOOLS_TYPE(sym, pyname, st, dealloc_fn, new_fn, next_fn) \
    const Py2cType sym = {                                                 \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type),                         \
        .name = pyname,                                                    \
        .module = "itertools",                                             \
        .base = &py2c_object_type,                                         \
        .basicsize = sizeof(st),                                           \
        .dealloc = dealloc_fn,                                             \
        .new_ = new_fn,                                                    \
        .hash = py2c_object_hash,                                          \
        .iter = py2c__itertools_self,                                      \
        .iternext = next_fn,                                               \
    }

extern const Py2cType py2c__itertools_product_type, py2c__itertools_permutations_type,
    py2c__itertools_combinations_type, py2c__itertools_cwr_type, py2c__itertools_groupby_type,
    py2c__itertools_grouper_type, py2c__itertools_tee_type, py2c__itertools_teedata_type;
/* itertools.tee (a builtin function object). */
extern Py2cBuiltinFunction py2c__itertools_tee_fn;

#endif
