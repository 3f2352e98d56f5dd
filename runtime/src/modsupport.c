/* Helpers shared by the standard-library modules (modsupport.h). */
#include "modsupport.h"

int py2c__ns_put_stolen(Py2cValue ns, const char *name, Py2cValue value) {
    if (PY2C_IS_NULL(value)) return -1;
    Py2cValue k = py2c_str_from_cstr(name);
    int rc = PY2C_IS_NULL(k) ? -1 : py2c_dict_setitem(ns, k, value);
    py2c_decref(k);
    py2c_decref(value);
    return rc;
}

int py2c__module_add_stolen(Py2cValue module, const char *name, Py2cValue value) {
    if (PY2C_IS_NULL(value)) return -1;
    int rc = py2c_module_add(module, name, value);
    py2c_decref(value);
    return rc;
}

int py2c__module_add_str(Py2cValue module, const char *name, const char *text) {
    return py2c__module_add_stolen(module, name, py2c_str_from_cstr(text));
}

Py2cValue py2c__kwdefaults_new(const char *const *names, const Py2cValue *values, int n) {
    Py2cValue d = py2c_dict_new();
    for (int i = 0; i < n && !PY2C_IS_NULL(d); i++) {
        py2c_incref(values[i]);
        if (py2c__ns_put_stolen(d, names[i], values[i]) < 0) PY2C_CLEAR(d);
    }
    return d;
}

Py2cValue py2c__function_with_defaults(const Py2cFuncInfo *info, Py2cValue defaults, const Py2cValue *kwdefs) {
    Py2cValue kw = PY2C_NULL;
    if (kwdefs && info->nkwonly > 0) {
        /* the keyword-only names follow the positional ones and *args */
        int first = info->npos + ((info->flags & PY2C_FUNC_VARARGS) != 0);
        kw = py2c__kwdefaults_new(info->params + first, kwdefs, info->nkwonly);
        if (PY2C_IS_NULL(kw)) return kw;
    }
    Py2cValue f = py2c_function_new(info, defaults, kw, PY2C_NULL);
    py2c_decref(kw);
    return f;
}

int py2c__ns_put_function(Py2cValue ns, const Py2cFuncInfo *info, Py2cValue defaults, const Py2cValue *kwdefs) {
    return py2c__ns_put_stolen(ns, info->name, py2c__function_with_defaults(info, defaults, kwdefs));
}

int py2c__module_add_function(Py2cValue module, const Py2cFuncInfo *info, Py2cValue defaults,
                              const Py2cValue *kwdefs) {
    return py2c__module_add_stolen(module, info->name, py2c__function_with_defaults(info, defaults, kwdefs));
}

int py2c__ns_put_property(Py2cValue ns, const Py2cFuncInfo *get, const Py2cFuncInfo *set) {
    Py2cValue f[2] = {py2c_function_new(get, PY2C_NULL, PY2C_NULL, PY2C_NULL), PY2C_NULL};
    if (set && !PY2C_IS_NULL(f[0])) f[1] = py2c_function_new(set, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue prop = PY2C_IS_NULL(f[0]) || (set && PY2C_IS_NULL(f[1]))
                         ? PY2C_NULL
                         : py2c_call(py2c_type_value(&py2c_property_type), f, set ? 2 : 1, PY2C_NULL);
    py2c_decref(f[0]);
    py2c_decref(f[1]);
    return py2c__ns_put_stolen(ns, get->name, prop);
}

Py2cValue py2c__class_make(const Py2cType *meta, const char *name, const char *module, Py2cValue base, Py2cValue ns) {
    if (PY2C_IS_NULL(ns)) return ns;
    Py2cValue bases = PY2C_IS_NULL(base) ? base : py2c_tuple_pack(1, &base);
    Py2cValue cls = PY2C_NULL;
    if (PY2C_IS_NULL(base) || !PY2C_IS_NULL(bases))
        cls = meta ? py2c_class_new_meta(meta, name, name, module, bases, ns)
                   : py2c_class_new(name, name, module, bases, ns);
    py2c_decref(bases);
    py2c_decref(ns);
    return cls;
}

Py2cValue py2c__class_make_empty(const char *name, const char *module, Py2cValue base) {
    return py2c__class_make(NULL, name, module, base, py2c_dict_new());
}
