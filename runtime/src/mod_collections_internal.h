/* collections (mod_collections*.c): the types each file defines and the
 * module's init reads. Runtime-private. */
#ifndef PY2C_MOD_COLLECTIONS_INTERNAL_H
#define PY2C_MOD_COLLECTIONS_INTERNAL_H

#include "bltin_internal.h"
#include "container_internal.h"

/* copy.deepcopy(x, memo): a new reference (for the types' __deepcopy__). */
PY2C_WARN_UNUSED Py2cValue py2c__collections_deepcopy(Py2cValue x, Py2cValue memo);

/* mod_collections_deque.c */
extern const Py2cType py2c__deque_type;

/* mod_collections_dict.c: dict subtypes. Their slots start as dict's, so
 * they are completed at the module's first import (0, or -1). */
extern Py2cType py2c__defaultdict_type, py2c__counter_type, py2c__ordereddict_type;
PY2C_WARN_UNUSED int py2c__collections_dict_types_ready(void);

/* mod_collections_nt.c: namedtuple(typename, field_names, *, rename=False,
 * defaults=None, module=None). */
PY2C_WARN_UNUSED Py2cValue py2c__namedtuple(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

#endif
