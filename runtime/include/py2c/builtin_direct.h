/* Direct calls of built-in methods (issue #7): `obj.m(args)` where the
 * compiler proved obj is exactly a list, dict, str or set (type inference,
 * src/lower/lw_builtin_call.c) calls py2c_direct_<type>_<method>(obj, args)
 * instead of looking the method up (py2c_method_lookup + py2c_method_call).
 * Each function takes the receiver and the method's positional arguments
 * up to its largest arity, PY2C_NULL for the ones not given (only trailing
 * ones may be absent), all borrowed, and returns what the bound method
 * returns (a new reference) or PY2C_NULL with the exception it raises. A
 * receiver of any other type (not expected: inference is sound) takes the
 * generic method call, so the result is always the method's. */
#ifndef PY2C_BUILTIN_DIRECT_H
#define PY2C_BUILTIN_DIRECT_H

#include "py2c/value.h"

/* list */
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_append(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_extend(Py2cValue self, Py2cValue iterable);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_insert(Py2cValue self, Py2cValue i, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_pop(Py2cValue self, Py2cValue i);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_remove(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_index(Py2cValue self, Py2cValue x, Py2cValue start, Py2cValue stop);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_count(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_copy(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_reverse(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_clear(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_list_sort(Py2cValue self);
/* dict */
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_get(Py2cValue self, Py2cValue key, Py2cValue dflt);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_items(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_keys(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_values(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_setdefault(Py2cValue self, Py2cValue key, Py2cValue dflt);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_pop(Py2cValue self, Py2cValue key, Py2cValue dflt);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_popitem(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_copy(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_clear(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_dict_update(Py2cValue self, Py2cValue other);
/* str */
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_join(Py2cValue self, Py2cValue iterable);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_split(Py2cValue self, Py2cValue sep, Py2cValue maxsplit);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_strip(Py2cValue self, Py2cValue chars);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_lstrip(Py2cValue self, Py2cValue chars);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_rstrip(Py2cValue self, Py2cValue chars);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_startswith(Py2cValue self, Py2cValue prefix, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_endswith(Py2cValue self, Py2cValue suffix, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_replace(Py2cValue self, Py2cValue old, Py2cValue new_, Py2cValue count);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_upper(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_lower(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_find(Py2cValue self, Py2cValue sub, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_rfind(Py2cValue self, Py2cValue sub, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_index(Py2cValue self, Py2cValue sub, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_count(Py2cValue self, Py2cValue sub, Py2cValue start, Py2cValue end);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_rsplit(Py2cValue self, Py2cValue sep, Py2cValue maxsplit);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_splitlines(Py2cValue self, Py2cValue keepends);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_partition(Py2cValue self, Py2cValue sep);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_rpartition(Py2cValue self, Py2cValue sep);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_isdigit(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_isalpha(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_isalnum(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_str_isspace(Py2cValue self);
/* set */
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_add(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_discard(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_remove(Py2cValue self, Py2cValue x);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_pop(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_copy(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_clear(Py2cValue self);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_issubset(Py2cValue self, Py2cValue other);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_issuperset(Py2cValue self, Py2cValue other);
PY2C_WARN_UNUSED Py2cValue py2c_direct_set_isdisjoint(Py2cValue self, Py2cValue other);

#endif
