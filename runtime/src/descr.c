/* Descriptors: staticmethod, classmethod and property (CPython's
 * Objects/funcobject.c and descrobject.c), and the binding rule every
 * class attribute lookup uses (py2c__descr_bind). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

Py2cValue py2c__descr_bind(Py2cValue found, Py2cValue obj, const Py2cType *t) {
    const Py2cType *dt = py2c_type_of(found);
    if (dt->descr_get) return dt->descr_get(found, obj, py2c_type_value(t));
    py2c_incref(found);
    return found;
}

/* One positional argument, no keywords (staticmethod(f), classmethod(f)). */
static int one_arg(const char *what, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames) && py2c__tuple_size(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", what);
        return -1;
    }
    if (nargs == 1) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s expected 1 argument, got %zu", what, nargs);
    return -1;
}

/* ---- staticmethod and classmethod: a wrapped callable --------------------------------- */

typedef struct Wrapper {
    Py2cObject ob;
    Py2cValue func;
    Py2cValue dict; /* __dict__ (PY2C_NULL until used): __wrapped__, __doc__ copies */
} Wrapper;

static Wrapper *as_wrapper(Py2cValue v) { return (Wrapper *)py2c_obj_ptr(v); }

static void wrapper_dealloc(Py2cObject *o) {
    py2c_decref(((Wrapper *)o)->func);
    py2c_decref(((Wrapper *)o)->dict);
    free(o);
}

static Py2cValue wrapper_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    if (one_arg(t->name, nargs, kwnames) < 0) return PY2C_NULL;
    Wrapper *w = (Wrapper *)py2c__object_new(t, sizeof *w);
    if (!w) return PY2C_NULL;
    py2c_incref(args[0]);
    w->func = args[0];
    w->dict = PY2C_NULL;
    return py2c_obj_value(&w->ob);
}

Py2cValue py2c__staticmethod_func(Py2cValue sm) { return as_wrapper(sm)->func; }

static Py2cValue wrapper_repr(Py2cValue self) {
    Py2cValue inner = py2c_repr(as_wrapper(self)->func);
    if (PY2C_IS_NULL(inner)) return inner;
    size_t cap = (size_t)py2c__as_str(inner)->len + 32;
    char *buf = py2c__alloc(cap);
    Py2cValue r = PY2C_NULL;
    if (!buf) (void)py2c_error_nomemory();
    else {
        int n = snprintf(buf, cap, "<%s(%s)>", py2c_type_name(self), py2c__as_str(inner)->data);
        r = py2c_str_from_utf8(buf, n);
        free(buf);
    }
    py2c_decref(inner);
    return r;
}

static Py2cValue wrapper_get_func(Py2cValue self) {
    Py2cValue f = as_wrapper(self)->func;
    py2c_incref(f);
    return f;
}

/* __name__, __doc__ & co. come from the wrapped function (as 3.10+). */
static Py2cValue wrapper_getattr(Py2cValue self, Py2cValue name) { return py2c_getattr_opt(as_wrapper(self)->func, name); }

static const Py2cGetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

static Py2cValue staticmethod_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)obj, (void)type;
    return wrapper_get_func(self);
}

/* staticmethod objects are callable since 3.10 */
static Py2cValue staticmethod_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return py2c_call(as_wrapper(self)->func, args, nargs, kwnames);
}

static Py2cValue classmethod_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    if (PY2C_IS_NULL(type) || py2c_is_none(type)) type = py2c_type_value_of(obj);
    return py2c_method_new(as_wrapper(self)->func, type);
}

const Py2cType py2c_staticmethod_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "staticmethod",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Wrapper),
    .dealloc = wrapper_dealloc,
    .new_ = wrapper_new,
    .repr = wrapper_repr,
    .hash = py2c_object_hash,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .getset = wrapper_getset,
    .dictoffset = offsetof(Wrapper, dict),
    .descr_get = staticmethod_get,
};

const Py2cType py2c_classmethod_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "classmethod",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Wrapper),
    .dealloc = wrapper_dealloc,
    .new_ = wrapper_new,
    .repr = wrapper_repr,
    .hash = py2c_object_hash,
    .getattr = wrapper_getattr,
    .getset = wrapper_getset,
    .dictoffset = offsetof(Wrapper, dict),
    .descr_get = classmethod_get,
};

/* ---- property ------------------------------------------------------------------------ */

typedef struct Property {
    Py2cObject ob;
    Py2cValue fget, fset, fdel, doc; /* None when absent */
    Py2cValue name;                  /* set by __set_name__ (a str), or PY2C_NULL */
} Property;

static Property *as_prop(Py2cValue v) { return (Property *)py2c_obj_ptr(v); }

static void property_dealloc(Py2cObject *o) {
    Property *p = (Property *)o;
    py2c_decref(p->fget);
    py2c_decref(p->fset);
    py2c_decref(p->fdel);
    py2c_decref(p->doc);
    py2c_decref(p->name);
    free(o);
}

/* A new property; the arguments are borrowed, PY2C_NULL meaning None. */
static Py2cValue property_make(const Py2cType *t, Py2cValue fget, Py2cValue fset, Py2cValue fdel, Py2cValue doc,
                               Py2cValue name) {
    Property *p = (Property *)py2c__object_new(t, sizeof *p);
    if (!p) return PY2C_NULL;
    Py2cValue *fields[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    Py2cValue values[] = {fget, fset, fdel, doc};
    for (int i = 0; i < 4; i++) {
        *fields[i] = PY2C_IS_NULL(values[i]) ? PY2C_NONE : values[i];
        py2c_incref(*fields[i]);
    }
    /* property(fget) takes fget's docstring when no doc is given */
    if (py2c_is_none(p->doc) && !py2c_is_none(p->fget)) {
        static Py2cStr s_doc = PY2C_STR_STATIC("__doc__", 7, 7);
        Py2cValue d = py2c_getattr_opt(p->fget, py2c_obj_value(&s_doc.ob));
        if (!PY2C_IS_NULL(d)) p->doc = d;
        else py2c_error_clear();
    }
    py2c_incref(name);
    p->name = name;
    return py2c_obj_value(&p->ob);
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static Py2cValue property_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Py2cValue v[4] = {PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL};
    if (nargs > 4)
        return py2c_error_format(&py2c_exc_TypeError, "property() takes at most 4 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++) v[i] = args[i];
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        Py2cValue key = py2c__tuple_item(kwnames, k);
        int j = -1;
        for (int i = 0; i < 4; i++)
            if (py2c__str_eq_cstr(key, names[i])) j = i;
        if (j < 0)
            return py2c_error_format(&py2c_exc_TypeError, "property() got an unexpected keyword argument '%s'",
                                     py2c_is_str(key) ? py2c__as_str(key)->data : "?");
        if ((size_t)j < nargs)
            return py2c_error_format(&py2c_exc_TypeError, "argument for property() given by name ('%s') and position (%d)",
                                     names[j], j + 1);
        v[j] = args[nargs + (size_t)k];
    }
    for (int i = 0; i < 4; i++)
        if (!PY2C_IS_NULL(v[i]) && py2c_is_none(v[i])) v[i] = PY2C_NULL;
    return property_make((const Py2cType *)py2c_obj_ptr(cls), v[0], v[1], v[2], v[3], PY2C_NULL);
}

/* "property 'x' of 'C' object has no setter" (without the name when the
 * property was not created in a class body). */
static void property_error(Py2cValue self, Py2cValue obj, const char *what) {
    Property *p = as_prop(self);
    if (py2c_is_str(p->name))
        (void)py2c_error_format(&py2c_exc_AttributeError, "property '%s' of '%s' object has no %s",
                                py2c__as_str(p->name)->data, py2c_type_name(obj), what);
    else
        (void)py2c_error_format(&py2c_exc_AttributeError, "property of '%s' object has no %s", py2c_type_name(obj), what);
}

static Py2cValue property_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)type;
    Property *p = as_prop(self);
    if (PY2C_IS_NULL(obj)) {
        py2c_incref(self);
        return self;
    }
    if (py2c_is_none(p->fget)) {
        property_error(self, obj, "getter");
        return PY2C_NULL;
    }
    return py2c_call(p->fget, &obj, 1, PY2C_NULL);
}

static int property_set(Py2cValue self, Py2cValue obj, Py2cValue value) {
    Property *p = as_prop(self);
    Py2cValue f = PY2C_IS_NULL(value) ? p->fdel : p->fset;
    if (py2c_is_none(f)) {
        property_error(self, obj, PY2C_IS_NULL(value) ? "deleter" : "setter");
        return -1;
    }
    Py2cValue args[2] = {obj, value};
    Py2cValue r = py2c_call(f, args, PY2C_IS_NULL(value) ? 1 : 2, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* p.getter(f) / p.setter(f) / p.deleter(f): a copy with one accessor replaced. */
static Py2cValue property_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames, int which,
                               const char *what) {
    if (one_arg(what, nargs, kwnames) < 0) return PY2C_NULL;
    Property *p = as_prop(self);
    Py2cValue v[3] = {p->fget, p->fset, p->fdel};
    v[which] = args[0];
    for (int i = 0; i < 3; i++)
        if (py2c_is_none(v[i])) v[i] = PY2C_NULL;
    /* the doc came from the old getter: take the new one's */
    Py2cValue doc = which == 0 ? PY2C_NULL : p->doc;
    return property_make(py2c_obj_ptr(self)->type, v[0], v[1], v[2], doc, p->name);
}

static Py2cValue prop_m_getter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return property_copy(self, args, nargs, kwnames, 0, "getter");
}
static Py2cValue prop_m_setter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return property_copy(self, args, nargs, kwnames, 1, "setter");
}
static Py2cValue prop_m_deleter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return property_copy(self, args, nargs, kwnames, 2, "deleter");
}

static Py2cValue prop_m_set_name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 2 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "__set_name__() takes 2 positional arguments but %zu were given",
                                 nargs);
    Property *p = as_prop(self);
    py2c_incref(args[1]);
    py2c_decref(p->name);
    p->name = args[1];
    return PY2C_NONE;
}

static const Py2cMethodDef property_methods[] = {
    {"getter", prop_m_getter},
    {"setter", prop_m_setter},
    {"deleter", prop_m_deleter},
    {"__set_name__", prop_m_set_name},
    {NULL, NULL},
};

#define PROP_FIELD(fname, field)                 \
    static Py2cValue fname(Py2cValue self) {    \
        Py2cValue v = as_prop(self)->field;      \
        py2c_incref(v);                          \
        return v;                                \
    }
PROP_FIELD(prop_get_fget, fget)
PROP_FIELD(prop_get_fset, fset)
PROP_FIELD(prop_get_fdel, fdel)
PROP_FIELD(prop_get_doc, doc)

static const Py2cGetSetDef property_getset[] = {
    {"fget", prop_get_fget, NULL},
    {"fset", prop_get_fset, NULL},
    {"fdel", prop_get_fdel, NULL},
    {"__doc__", prop_get_doc, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c_property_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "property",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Property),
    .dealloc = property_dealloc,
    .new_ = property_new,
    .hash = py2c_object_hash,
    .methods = property_methods,
    .getset = property_getset,
    .descr_get = property_get,
    .descr_set = property_set,
};
