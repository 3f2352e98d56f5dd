/* Internals of the enum module (mod_enum*.c). Runtime-private. */
#ifndef PY2C_MOD_ENUM_INTERNAL_H
#define PY2C_MOD_ENUM_INTERNAL_H

#include "bltin_internal.h"
#include "container_internal.h"

/* EnumType (EnumMeta): the metatype of enum classes. */
extern const Py2cType py2c__enum_meta_type;

/* Whether v is an enum class / a member of one (an Enum instance). */
int py2c__enum_is_enum_class(Py2cValue v);
int py2c__enum_is_member(Py2cValue v);
/* member._value_ (new reference). */
PY2C_WARN_UNUSED Py2cValue py2c__enum_member_value(Py2cValue member);

/* The class namespace of Enum (is_int 0) or IntEnum (1): a new dict of
 * their methods (mod_enum_methods.c). */
PY2C_WARN_UNUSED Py2cValue py2c__enum_namespace(int is_int);

/* The functional API: cls(name, names, module=, qualname=, start=) makes a
 * new enum class deriving from cls (absent arguments PY2C_NULL). */
PY2C_WARN_UNUSED Py2cValue py2c__enum_functional(Py2cValue cls, Py2cValue name, Py2cValue names, Py2cValue module,
                                                 Py2cValue qualname, Py2cValue start);

#endif
