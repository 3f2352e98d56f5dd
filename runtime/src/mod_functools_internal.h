/* Internals shared by the functools files (mod_functools.c: the module,
 * reduce, partial, cmp_to_key, wraps, total_ordering; mod_functools_lru.c:
 * lru_cache and cache). Runtime-private. */
#ifndef PY2C_MOD_FUNCTOOLS_INTERNAL_H
#define PY2C_MOD_FUNCTOOLS_INTERNAL_H

#include "bltin_internal.h"

/* update_wrapper(wrapper, wrapped) with the default assigned/updated names:
 * 0 or -1. */
PY2C_WARN_UNUSED int py2c__functools_update_wrapper(Py2cValue wrapper, Py2cValue wrapped);

/* lru_cache and cache (mod_functools_lru.c), and the types the module shows. */
extern Py2cBuiltinFunction py2c__functools_lru_cache_fn, py2c__functools_cache_fn;
extern const Py2cType py2c__functools_lru_wrapper_type, py2c__functools_cacheinfo_type;

#endif
