/* The collections module: deque (mod_collections_deque.c), defaultdict,
 * Counter, OrderedDict (mod_collections_dict.c) and namedtuple
 * (mod_collections_nt.c). */
#include "mod_collections_internal.h"

PY2C_STDLIB_MODULE("collections", py2c__module_init_collections);

Py2cValue py2c__collections_deepcopy(Py2cValue x, Py2cValue memo) {
    Py2cValue copy = py2c_import("copy");
    if (PY2C_IS_NULL(copy)) return copy;
    Py2cValue name = py2c_str_from_cstr("deepcopy");
    Py2cValue r = PY2C_IS_NULL(name) ? PY2C_NULL : py2c_call_method(copy, name, (Py2cValue[]){x, memo}, 2, PY2C_NULL);
    py2c_decref(name);
    py2c_decref(copy);
    return r;
}

static PY2C_BUILTIN_FUNCTION(namedtuple_obj, "namedtuple", py2c__namedtuple);

Py2cValue py2c__module_init_collections(void) {
    if (py2c__collections_dict_types_ready() < 0) return PY2C_NULL;
    Py2cValue m = py2c_module_new("collections");
    if (PY2C_IS_NULL(m)) return m;
    if (py2c_module_add(m, "deque", py2c_type_value(&py2c__deque_type)) < 0 ||
        py2c_module_add(m, "defaultdict", py2c_type_value(&py2c__defaultdict_type)) < 0 ||
        py2c_module_add(m, "Counter", py2c_type_value(&py2c__counter_type)) < 0 ||
        py2c_module_add(m, "OrderedDict", py2c_type_value(&py2c__ordereddict_type)) < 0 ||
        py2c_module_add(m, "namedtuple", PY2C_BUILTIN_VALUE(namedtuple_obj)) < 0) {
        py2c_decref(m);
        return PY2C_NULL;
    }
    return m;
}
