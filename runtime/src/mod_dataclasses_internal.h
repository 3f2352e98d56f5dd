/* Internals of the dataclasses module (mod_dataclasses*.c). Runtime-private. */
#ifndef PY2C_MOD_DATACLASSES_INTERNAL_H
#define PY2C_MOD_DATACLASSES_INTERNAL_H

#include "bltin_internal.h"
#include "container_internal.h"

/* dataclasses.Field: what field() returns and what __dataclass_fields__
 * maps names to. The flags are kept as the values given (CPython stores
 * init=0 as 0). kw_only is MISSING until the class decides it. */
typedef struct DcField {
    Py2cObject ob;
    Py2cValue name, type, default_, default_factory, init, repr, hash, compare, metadata, kw_only;
} DcField;

extern const Py2cType py2c__dc_field_type;
static inline int py2c__dc_is_field(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c__dc_field_type;
}
static inline DcField *py2c__dc_field(Py2cValue v) { return (DcField *)py2c_obj_ptr(v); }

/* The sentinels MISSING, _HAS_DEFAULT_FACTORY and KW_ONLY (immortal). */
extern Py2cObject py2c__dc_missing, py2c__dc_has_factory, py2c__dc_kw_only;
#define DC_MISSING py2c_obj_value(&py2c__dc_missing)
#define DC_HAS_FACTORY py2c_obj_value(&py2c__dc_has_factory)
#define DC_KW_ONLY py2c_obj_value(&py2c__dc_kw_only)

/* A new Field with field()'s defaults (name and type None). */
PY2C_WARN_UNUSED Py2cValue py2c__dc_field_new(void);

/* dataclasses.FrozenInstanceError (a class made at the first import; borrowed). */
Py2cValue py2c__dc_frozen_error(void);

/* The options of @dataclass(...), in this order. */
enum { DC_INIT, DC_REPR, DC_EQ, DC_ORDER, DC_UNSAFE_HASH, DC_FROZEN, DC_MATCH_ARGS, DC_KW_ONLY_OPT, DC_SLOTS,
       DC_WEAKREF_SLOT, DC_NOPTS };

/* _process_class: turns class cls into a dataclass with options opts
 * (borrowed values). The class (a new reference), or PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c__dc_process_class(Py2cValue cls, const Py2cValue *opts);

/* Frees the function descriptions made for generated methods (at exit). */
void py2c__dc_methods_shutdown(void);

#endif
