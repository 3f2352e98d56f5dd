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

/* Whether type t derives from dict (t itself not being dict); out of line. */
int py2c__dict_type_check(const Py2cType *t);
/* Whether v is a dict or an instance of a dict subtype (defaultdict,
 * Counter, OrderedDict, user subclasses): CPython's PyDict_Check. Every
 * py2c_dict_* function accepts such values (their layout starts with a
 * Py2cDict). */
static inline int py2c_is_dict(Py2cValue v) {
    if (!py2c_is_obj(v)) return 0;
    const Py2cType *t = py2c_obj_ptr(v)->type;
    return t == &py2c_dict_type || py2c__dict_type_check(t);
}
/* Whether v is exactly a dict (CPython's PyDict_CheckExact). */
static inline int py2c_is_dict_exact(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_dict_type;
}
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

#ifdef PY2C_BUILDING_RUNTIME
/* ---- runtime-internal: dict subtypes (collections' defaultdict, Counter,
 * OrderedDict) ---------------------------------------------------------- */
/* A new empty dict-layout object of type t (a dict subtype), size bytes
 * (>= sizeof(Py2cDict); the bytes after the Py2cDict are zeroed). */
PY2C_WARN_UNUSED Py2cValue py2c__dict_alloc(const Py2cType *t, size_t size);
/* Releases the entries and tables of d (it stays a valid empty dict): for
 * the dealloc of subtypes, which then free the object. */
void py2c__dict_clear(Py2cDict *d);
/* The copy of d's entries into the (empty or not) dict dst: 0 or -1. */
PY2C_WARN_UNUSED int py2c__dict_merge(Py2cValue dst, Py2cValue src);
/* d.update(arg) as dict.update does it (a mapping, or pairs). 0 or -1. */
PY2C_WARN_UNUSED int py2c__dict_update_arg(Py2cValue d, Py2cValue arg);
/* Removes and returns (key, value) of the last (last != 0) or first entry,
 * or PY2C_NULL WITHOUT exception when d is empty. */
PY2C_WARN_UNUSED Py2cValue py2c__dict_popitem(Py2cValue d, int last);
/* Moves key's entry to the end (last != 0) or the start of d's order:
 * 1 when done, 0 when key is absent (no exception), -1 on error. */
PY2C_WARN_UNUSED int py2c__dict_move_to_end(Py2cValue d, Py2cValue key, int last);
/* dict's repr of d's items ("{'a': 1}"), whatever d's type. */
PY2C_WARN_UNUSED Py2cValue py2c__dict_repr_plain(Py2cValue d);
/* Whether d's slots are dict's own iteration (no override of __iter__):
 * then its entries can be read directly, in their order. */
int py2c__dict_iter_is_plain(Py2cValue d);
#endif

#endif
