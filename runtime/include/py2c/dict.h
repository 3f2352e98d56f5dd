/* dict: insertion-ordered hash map (CPython's dictobject.c: a compact table
 * of entries in insertion order plus an index table). */
#ifndef PY2C_DICT_H
#define PY2C_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cDictEntry {
    Py2cHash hash;
    Py2cValue key;   /* PY2C_NULL for a deleted entry */
    Py2cValue value;
} Py2cDictEntry;

typedef struct Py2cDict {
    Py2cObject ob;
    int64_t used;       /* live entries */
    int64_t nentries;   /* entries[0 .. nentries-1] used so far (deleted included) */
    int64_t capacity;   /* room in entries */
    int64_t mask;       /* index table size - 1 */
    int64_t *indices;   /* -1 empty, -2 deleted, else entry number */
    Py2cDictEntry *entries;
    uint64_t version;   /* bumped by every change of the keys (iteration checks) */
} Py2cDict;

extern const Py2cType py2c_dict_type;
extern const Py2cType py2c_dict_keys_type;   /* dict_keys */
extern const Py2cType py2c_dict_values_type; /* dict_values */
extern const Py2cType py2c_dict_items_type;  /* dict_items */
extern const Py2cType py2c_dict_keyiterator_type, py2c_dict_valueiterator_type, py2c_dict_itemiterator_type;
extern const Py2cType py2c_dict_reversekeyiterator_type, py2c_dict_reversevalueiterator_type,
    py2c_dict_reverseitemiterator_type;

static inline int py2c_is_dict(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_dict_type; }
static inline Py2cDict *py2c_dict_ptr(Py2cValue v) { return (Py2cDict *)py2c_obj_ptr(v); }
static inline int64_t py2c_dict_size(Py2cValue d) { return py2c_dict_ptr(d)->used; }

PY2C_WARN_UNUSED Py2cValue py2c_dict_new(void);
/* d[k] = v (both borrowed): 0 or -1 (unhashable key...). */
PY2C_WARN_UNUSED int py2c_dict_setitem(Py2cValue d, Py2cValue k, Py2cValue v);
/* d[k] with KeyError(k) when missing. */
PY2C_WARN_UNUSED Py2cValue py2c_dict_getitem(Py2cValue d, Py2cValue k);
/* d.get(k): a new reference, or PY2C_NULL WITHOUT an exception when missing
 * (with one on error: check py2c_error_occurred()). */
PY2C_WARN_UNUSED Py2cValue py2c_dict_get_opt(Py2cValue d, Py2cValue k);
/* The same with a C-string key (for keyword lookups); borrowed result. */
Py2cValue py2c_dict_get_cstr(Py2cValue d, const char *key);
/* del d[k] with KeyError(k): 0 or -1. */
PY2C_WARN_UNUSED int py2c_dict_delitem(Py2cValue d, Py2cValue k);
/* k in d: 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_dict_contains(Py2cValue d, Py2cValue k);
/* d.update(mapping) / {**mapping}: mapping is a dict or has keys() and
 * __getitem__. 0 or -1. */
PY2C_WARN_UNUSED int py2c_dict_update(Py2cValue d, Py2cValue mapping);
/* f(**mapping) into the kwargs dict d: keys must be str ("keywords must be
 * strings") and new ("f() got multiple values for keyword argument 'x'",
 * func names f; func may be PY2C_NULL). 0 or -1. */
PY2C_WARN_UNUSED int py2c_dict_merge_kwargs(Py2cValue d, Py2cValue mapping, Py2cValue func);
/* d.copy() */
PY2C_WARN_UNUSED Py2cValue py2c_dict_copy(Py2cValue d);
/* Iteration over live entries in order, borrowed:
 *   int64_t pos = 0; Py2cValue k, v; while (py2c_dict_next(d, &pos, &k, &v)) ...
 * The dict must not change during the loop. k or v may be NULL pointers. */
int py2c_dict_next(Py2cValue d, int64_t *pos, Py2cValue *key, Py2cValue *value);

#endif
