/* Instances of user classes: their layout (that of the solid base: object's
 * with a __dict__, an exception's, or type's for metaclasses), allocation
 * (object.__new__), and construction: __new__ then __init__, as CPython's
 * type_call. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void instance_dealloc(Py2cObject *o) {
    Py2cInstance *i = (Py2cInstance *)o;
    const Py2cType *t = o->type;
    py2c_decref(i->dict);
    free(i);
    py2c_decref(py2c_type_value(t));
}

void py2c__instance_layout(Py2cType *t, const Py2cType *solid) {
    t->new_ = py2c__heap_new;
    if (solid == &py2c_object_type) {
        t->basicsize = sizeof(Py2cInstance);
        t->dictoffset = offsetof(Py2cInstance, dict);
        t->dealloc = instance_dealloc;
    }
}

Py2cValue py2c__instance_alloc(const Py2cType *t, const Py2cValue *args, size_t nargs) {
    const Py2cType *solid = py2c__solid_base(t);
    if (solid->flags & PY2C_TPFLAG_EXCEPTION) return py2c__exc_alloc(t, args, nargs);
    if (solid == &py2c_type_type) return py2c__type_new3(t, args, nargs);
    Py2cInstance *i = (Py2cInstance *)py2c__object_new(t, sizeof *i);
    if (!i) return PY2C_NULL;
    i->dict = PY2C_NULL;
    py2c_incref(py2c_type_value(t));
    return py2c_obj_value(&i->ob);
}

/* f(first, *args, **kwargs) where args/kwnames are a call's arguments. */
static Py2cValue call_with_first(Py2cValue f, Py2cValue first, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    size_t total = 1 + nargs + (size_t)nkw;
    Py2cValue small[16];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * total);
    if (!buf) return py2c_error_nomemory();
    buf[0] = first;
    if (total > 1) memcpy(buf + 1, args, sizeof *buf * (total - 1));
    Py2cValue r = py2c_call(f, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
    return r;
}

Py2cValue py2c__heap_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    const Py2cType *solid = py2c__solid_base(t);
    Py2cValue newf = py2c__heap_lookup(t, "__new__");
    Py2cValue init = py2c__heap_lookup(t, "__init__");
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    Py2cValue inst;
    if (!PY2C_IS_NULL(newf)) {
        if (py2c_is_obj(newf) && py2c_obj_ptr(newf)->type == &py2c_staticmethod_type)
            newf = py2c__staticmethod_func(newf);
        inst = call_with_first(newf, cls, args, nargs, kwnames);
        /* __init__ runs only on an instance of the class (CPython's type_call) */
        if (PY2C_IS_NULL(inst) || PY2C_IS_NULL(init) || !py2c__is_subtype(py2c_type_of(inst), t)) return inst;
    } else {
        if (PY2C_IS_NULL(init)) {
            int is_exc = (solid->flags & PY2C_TPFLAG_EXCEPTION) != 0;
            if (is_exc && nkw > 0)
                return py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", t->name);
            if (solid == &py2c_object_type && (nargs > 0 || nkw > 0))
                return py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments", t->name);
        }
        inst = py2c__instance_alloc(t, args, nargs);
        if (PY2C_IS_NULL(inst) || PY2C_IS_NULL(init)) return inst;
    }
    Py2cValue r = call_with_first(init, inst, args, nargs, kwnames);
    if (PY2C_IS_NULL(r)) {
        py2c_decref(inst);
        return r;
    }
    if (!py2c_is_none(r)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "__init__() should return None, not '%s'", py2c_type_name(r));
        py2c_decref(r);
        py2c_decref(inst);
        return PY2C_NULL;
    }
    return inst;
}
