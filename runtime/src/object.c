/* The object header: allocation, deallocation, and the generic protocols
 * (str, repr, truth) over every kind of value. */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

const Py2cType py2c_type_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "type",
                                  .base = &py2c_object_type, .flags = PY2C_TPFLAG_BASETYPE};
const Py2cType py2c_object_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "object",
                                    .flags = PY2C_TPFLAG_BASETYPE};
Py2cObject py2c__not_implemented = PY2C_STATIC_HEADER(NULL); /* its type comes with the core types */

void *py2c__alloc(size_t size) { return malloc(size ? size : 1); }

Py2cObject *py2c__object_new(const Py2cType *type, size_t size) {
    Py2cObject *o = py2c__alloc(size);
    if (!o) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    o->type = type;
    o->refcount = 1;
    return o;
}

void py2c__dealloc(Py2cObject *o) {
    if (o->type->dealloc) o->type->dealloc(o);
    else free(o);
}

int py2c__is_subtype(const Py2cType *t, const Py2cType *base) {
    for (; t; t = t->base)
        if (t == base) return 1;
    return 0;
}

const char *py2c_type_name(Py2cValue v) {
    if (py2c_is_float(v)) return "float";
    switch (py2c__tag(v)) {
    case PY2C__TAG_OBJ: return py2c_obj_ptr(v)->type->name;
    case PY2C__TAG_INT: return "int";
    case PY2C__TAG_BOOL: return "bool";
    case PY2C__TAG_NONE: return "NoneType";
    default: return "<NULL>";
    }
}

/* str() and repr() agree for every immediate value. */
static Py2cValue immediate_text(Py2cValue v) {
    char buf[40];
    int n;
    if (py2c_is_float(v)) {
        n = py2c__float_repr(py2c_float_value(v), buf);
        return py2c_str_from_utf8(buf, n);
    }
    switch (py2c__tag(v)) {
    case PY2C__TAG_INT:
        n = py2c__int_format(py2c_small_int_value(v), buf);
        return py2c_str_from_utf8(buf, n);
    case PY2C__TAG_BOOL: return py2c_bool_value(v) ? py2c_str_from_utf8("True", 4) : py2c_str_from_utf8("False", 5);
    case PY2C__TAG_NONE: return py2c_str_from_utf8("None", 4);
    default: return py2c_error_format(&py2c_exc_RuntimeError, "py2c: str() of a NULL value");
    }
}

Py2cValue py2c_object_str(Py2cValue v) {
    if (!py2c_is_obj(v)) return immediate_text(v);
    Py2cObject *o = py2c_obj_ptr(v);
    if (o->type->str) return o->type->str(v);
    return py2c_object_repr(v);
}

Py2cValue py2c_object_repr(Py2cValue v) {
    if (!py2c_is_obj(v)) return immediate_text(v);
    Py2cObject *o = py2c_obj_ptr(v);
    if (o->type->repr) return o->type->repr(v);
    char buf[80];
    int n = snprintf(buf, sizeof buf, "<%s object>", o->type->name);
    return py2c_str_from_utf8(buf, n);
}

int py2c_object_is_true(Py2cValue v) {
    if (py2c_is_float(v)) return py2c_float_value(v) != 0.0;
    switch (py2c__tag(v)) {
    case PY2C__TAG_INT: return py2c_small_int_value(v) != 0;
    case PY2C__TAG_BOOL: return py2c_bool_value(v);
    case PY2C__TAG_NONE: return 0;
    case PY2C__TAG_OBJ:
        if (py2c_is_str(v)) return py2c__as_str(v)->len != 0;
        return 1;
    default: (void)py2c_error_format(&py2c_exc_RuntimeError, "py2c: truth of a NULL value"); return -1;
    }
}
