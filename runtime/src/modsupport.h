/* Helpers shared by the standard-library modules (mod_*.c): filling a module
 * or a class namespace with values, Python-style functions with C bodies and
 * properties, and making the modules' small classes. Every `value` argument
 * named "stolen" is consumed even on failure; PY2C_NULL there means the
 * caller's constructor failed (the exception is set) and makes the helper
 * return -1 / PY2C_NULL, so calls can be written
 * `rc = py2c__ns_put_stolen(ns, "x", py2c_str_from_cstr("y"))`. */
#ifndef PY2C_MODSUPPORT_H
#define PY2C_MODSUPPORT_H

#include "internal.h"

/* ns[name] = value (ns a dict; value stolen). 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c__ns_put_stolen(Py2cValue ns, const char *name, Py2cValue value);
/* module.name = value (value stolen). 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c__module_add_stolen(Py2cValue module, const char *name, Py2cValue value);
/* module.name = str(text). */
PY2C_WARN_UNUSED int py2c__module_add_str(Py2cValue module, const char *name, const char *text);

/* A new dict {names[i]: values[i] for i < n} (values borrowed): the
 * keyword-only defaults of a function. */
PY2C_WARN_UNUSED Py2cValue py2c__kwdefaults_new(const char *const *names, const Py2cValue *values, int n);
/* A function object for info: defaults (borrowed tuple, or PY2C_NULL) for its
 * last positional parameters and, when kwdefs is not NULL, kwdefs[i] (borrowed)
 * as the default of its i-th keyword-only parameter. A new reference. */
PY2C_WARN_UNUSED Py2cValue py2c__function_with_defaults(const Py2cFuncInfo *info, Py2cValue defaults,
                                                         const Py2cValue *kwdefs);
/* ns[info->name] = py2c__function_with_defaults(info, defaults, kwdefs). */
PY2C_WARN_UNUSED int py2c__ns_put_function(Py2cValue ns, const Py2cFuncInfo *info, Py2cValue defaults,
                                           const Py2cValue *kwdefs);
/* module.<info->name> = py2c__function_with_defaults(info, defaults, kwdefs). */
PY2C_WARN_UNUSED int py2c__module_add_function(Py2cValue module, const Py2cFuncInfo *info, Py2cValue defaults,
                                               const Py2cValue *kwdefs);
/* ns[get->name] = property(function(get)[, function(set)]); set may be NULL. */
PY2C_WARN_UNUSED int py2c__ns_put_property(Py2cValue ns, const Py2cFuncInfo *get, const Py2cFuncInfo *set);

/* `class name(base): ns` in module `module` (qualname = name): base borrowed
 * (PY2C_NULL: object), ns stolen; meta NULL: the metatype of base (as
 * py2c_class_new), else that metatype. A new reference. */
PY2C_WARN_UNUSED Py2cValue py2c__class_make(const Py2cType *meta, const char *name, const char *module, Py2cValue base,
                                            Py2cValue ns);
/* `class name(base): pass`, e.g. a module's own exception class. */
PY2C_WARN_UNUSED Py2cValue py2c__class_make_empty(const char *name, const char *module, Py2cValue base);

#endif
