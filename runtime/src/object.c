/* The object header and the root types: object, type, NoneType,
 * NotImplementedType; allocation, deallocation, type_of, attribute lookup
 * through a type's bases, and the type object's own protocols. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

int py2c_type_is_subtype(const Py2cType *t, const Py2cType *base) { return py2c__is_subtype(t, base); }

const Py2cType *py2c_type_of(Py2cValue v) {
    if (py2c_is_float(v)) return &py2c_float_type;
    switch (py2c__tag(v)) {
    case PY2C__TAG_OBJ: return py2c_obj_ptr(v)->type;
    case PY2C__TAG_INT: return &py2c_int_type;
    case PY2C__TAG_BOOL: return &py2c_bool_type;
    default: return &py2c_none_type;
    }
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

const char *py2c__type_qualname(const Py2cType *t) {
    if (py2c__is_heaptype(t)) return ((const Py2cHeapType *)t)->qualname;
    return t->name;
}

int py2c__str_eq_cstr(Py2cValue s, const char *name) {
    if (!py2c_is_str(s)) return 0;
    Py2cStr *p = py2c__as_str(s);
    size_t n = strlen(name);
    return (size_t)p->len == n && memcmp(p->data, name, n) == 0;
}

/* ---- lookup through the bases ----------------------------------------- */

Py2cValue py2c__heap_lookup(const Py2cType *t, const char *name) {
    for (; t && py2c__is_heaptype(t); t = t->base) {
        Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
        if (PY2C_IS_NULL(key)) {
            py2c_error_clear();
            return PY2C_NULL;
        }
        Py2cValue v = py2c__dict_get(((const Py2cHeapType *)t)->ns, key);
        py2c_decref(key);
        if (!PY2C_IS_NULL(v)) {
            py2c_decref(v); /* the namespace keeps it alive */
            return v;
        }
        if (py2c_error_occurred()) py2c_error_clear();
    }
    return PY2C_NULL;
}

int py2c__is_classmethod(const Py2cType *owner, const Py2cMethodDef *m) {
    if (!owner || !owner->classmethods) return 0;
    for (const Py2cMethodDef *c = owner->classmethods; c->name; c++)
        if (c == m) return 1;
    return 0;
}

int py2c__type_lookup(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **method,
                      const Py2cGetSetDef **getset, const Py2cType **owner) {
    *found = PY2C_NULL;
    *method = NULL;
    *getset = NULL;
    for (; t; t = t->base) {
        if (owner) *owner = t;
        if (py2c__is_heaptype(t)) {
            Py2cValue v = py2c__dict_get(((const Py2cHeapType *)t)->ns, name);
            if (!PY2C_IS_NULL(v)) {
                py2c_decref(v);
                *found = v;
                return 1;
            }
            if (py2c_error_occurred()) py2c_error_clear();
            continue;
        }
        if (t->getset)
            for (const Py2cGetSetDef *g = t->getset; g->name; g++)
                if (py2c__str_eq_cstr(name, g->name)) {
                    *getset = g;
                    return 1;
                }
        if (t->methods)
            for (const Py2cMethodDef *m = t->methods; m->name; m++)
                if (py2c__str_eq_cstr(name, m->name)) {
                    *method = m;
                    return 1;
                }
        if (t->classmethods)
            for (const Py2cMethodDef *m = t->classmethods; m->name; m++)
                if (py2c__str_eq_cstr(name, m->name)) {
                    *method = m;
                    return 1;
                }
    }
    return 0;
}

/* ---- object ------------------------------------------------------------ */

Py2cHash py2c_object_hash(Py2cValue self) {
    /* CPython's _Py_HashPointer: the address rotated by 4 bits (the low
     * bits are always zero). */
    uint64_t p = (uint64_t)(uintptr_t)py2c_obj_ptr(self);
    if (!py2c_is_obj(self)) p = self.bits;
    uint64_t h = (p >> 4) | (p << 60);
    Py2cHash r = (Py2cHash)h;
    return r == -1 ? -2 : r;
}

Py2cValue py2c_object_default_repr(Py2cValue self) {
    const Py2cType *t = py2c_type_of(self);
    const char *mod = t->module;
    char buf[400];
    int n;
    void *addr = py2c_is_obj(self) ? (void *)py2c_obj_ptr(self) : NULL;
    if (mod && strcmp(mod, "builtins") != 0)
        n = snprintf(buf, sizeof buf, "<%.100s.%.200s object at %p>", mod, py2c__type_qualname(t), addr);
    else
        n = snprintf(buf, sizeof buf, "<%.200s object at %p>", py2c__type_qualname(t), addr);
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue object_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(self);
    if (nargs || !PY2C_IS_NULL(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "object() takes no arguments");
    Py2cObject *o = py2c__object_new(t, sizeof(Py2cObject));
    return o ? py2c_obj_value(o) : PY2C_NULL;
}

static Py2cValue object_m_repr(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (nargs || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 0 arguments, got %zu", nargs);
    return py2c_object_default_repr(self);
}

static Py2cValue object_m_str(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (nargs || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 0 arguments, got %zu", nargs);
    return py2c_repr(self);
}

static Py2cValue object_m_init(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return PY2C_NONE;
}

static Py2cValue object_m_format(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 1 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "__format__() takes exactly one argument (%zu given)", nargs);
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "__format__() argument must be str, not %s",
                                 py2c_type_name(args[0]));
    if (py2c__as_str(args[0])->len != 0)
        return py2c_error_format(&py2c_exc_TypeError, "unsupported format string passed to %s.__format__",
                                 py2c_type_of(self)->name);
    return py2c_str(self);
}

static Py2cValue object_get_class(Py2cValue self) {
    Py2cValue t = py2c_type_value(py2c_type_of(self));
    py2c_incref(t);
    return t;
}

static Py2cValue object_get_dict(Py2cValue self) {
    const Py2cType *t = py2c_type_of(self);
    if (!py2c_is_obj(self) || !t->dictoffset)
        return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
    Py2cValue *slot = py2c__dict_slot(self);
    if (PY2C_IS_NULL(*slot)) {
        *slot = py2c_dict_new();
        if (PY2C_IS_NULL(*slot)) return PY2C_NULL;
    }
    py2c_incref(*slot);
    return *slot;
}

static const Py2cMethodDef object_methods[] = {
    {"__repr__", object_m_repr},
    {"__str__", object_m_str},
    {"__init__", object_m_init},
    {"__format__", object_m_format},
    {NULL, NULL},
};

static const Py2cGetSetDef object_getset[] = {
    {"__class__", object_get_class, NULL},
    {"__dict__", object_get_dict, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c_object_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "object",
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cObject),
    .new_ = object_new,
    .repr = py2c_object_default_repr,
    .hash = py2c_object_hash,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- NoneType and NotImplementedType ----------------------------------- */

static Py2cValue none_repr(Py2cValue self) {
    (void)self;
    return py2c_str_from_utf8("None", 4);
}

static int none_is_true(Py2cValue self) {
    (void)self;
    return 0;
}

static Py2cHash none_hash(Py2cValue self) {
    (void)self;
    return 0xFCA86420; /* 3.12 made None's hash constant; any constant is right */
}

static Py2cValue none_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args;
    if (nargs || !PY2C_IS_NULL(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "NoneType takes no arguments");
    return PY2C_NONE;
}

const Py2cType py2c_none_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "NoneType",
    .base = &py2c_object_type,
    .new_ = none_new,
    .repr = none_repr,
    .hash = none_hash,
    .is_true = none_is_true,
};

static Py2cValue notimpl_repr(Py2cValue self) {
    (void)self;
    return py2c_str_from_utf8("NotImplemented", 14);
}

const Py2cType py2c_notimplemented_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "NotImplementedType",
    .base = &py2c_object_type,
    .repr = notimpl_repr,
    .hash = py2c_object_hash,
};

Py2cObject py2c__not_implemented = PY2C_STATIC_HEADER(&py2c_notimplemented_type);

/* ---- type ---------------------------------------------------------------- */

static const Py2cType *as_type(Py2cValue v) { return (const Py2cType *)py2c_obj_ptr(v); }

static Py2cValue type_repr(Py2cValue self) {
    const Py2cType *t = as_type(self);
    char buf[400];
    int n;
    if (t->module && strcmp(t->module, "builtins") != 0)
        n = snprintf(buf, sizeof buf, "<class '%.100s.%.200s'>", t->module, py2c__type_qualname(t));
    else
        n = snprintf(buf, sizeof buf, "<class '%.200s'>", t->name);
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue type_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = as_type(self);
    if (t == &py2c_type_type) {
        if (nargs == 1 && PY2C_IS_NULL(kwnames)) {
            Py2cValue r = py2c_type_value(py2c_type_of(args[0]));
            py2c_incref(r);
            return r;
        }
        return py2c_error_format(&py2c_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_) return py2c_error_format(&py2c_exc_TypeError, "cannot create '%s' instances", t->name);
    return t->new_(self, args, nargs, kwnames);
}

static Py2cValue str_of(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

static Py2cValue type_get_name(Py2cValue self) { return str_of(as_type(self)->name); }
static Py2cValue type_get_qualname(Py2cValue self) { return str_of(py2c__type_qualname(as_type(self))); }
static Py2cValue type_get_module(Py2cValue self) {
    const char *m = as_type(self)->module;
    return str_of(m ? m : "builtins");
}
static Py2cValue type_get_base(Py2cValue self) {
    const Py2cType *b = as_type(self)->base;
    if (!b) return PY2C_NONE;
    py2c_incref(py2c_type_value(b));
    return py2c_type_value(b);
}
static Py2cValue type_get_mro(Py2cValue self) {
    Py2cValue items[64];
    size_t n = 0;
    for (const Py2cType *t = as_type(self); t && n < 64; t = t->base) items[n++] = py2c_type_value(t);
    return py2c_tuple_pack(n, items);
}
static Py2cValue type_get_bases(Py2cValue self) {
    const Py2cType *t = as_type(self);
    if (py2c__is_heaptype(t)) {
        Py2cValue b = ((const Py2cHeapType *)t)->bases;
        py2c_incref(b);
        return b;
    }
    Py2cValue b = t->base ? py2c_type_value(t->base) : PY2C_NULL;
    return py2c_tuple_pack(t->base ? 1 : 0, &b);
}
static Py2cValue type_get_doc(Py2cValue self) {
    const Py2cType *t = as_type(self);
    if (py2c__is_heaptype(t)) {
        Py2cValue d = py2c__heap_lookup(t, "__doc__");
        if (!PY2C_IS_NULL(d)) {
            py2c_incref(d);
            return d;
        }
    }
    return PY2C_NONE;
}

static const Py2cGetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, NULL},
    {"__module__", type_get_module, NULL},
    {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* Method descriptors: a built-in type's method looked up on the type
 * (str.upper); calling it takes the instance as first argument. */
typedef struct MethodDescr {
    Py2cObject ob;
    const Py2cMethodDef *def;
    const Py2cType *owner;
} MethodDescr;

static Py2cValue descr_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    MethodDescr *d = (MethodDescr *)py2c_obj_ptr(self);
    if (nargs < 1)
        return py2c_error_format(&py2c_exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                                 d->def->name);
    if (!py2c__is_subtype(py2c_type_of(args[0]), d->owner))
        return py2c_error_format(&py2c_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                 d->def->name, d->owner->name, py2c_type_name(args[0]));
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Py2cValue descr_repr(Py2cValue self) {
    MethodDescr *d = (MethodDescr *)py2c_obj_ptr(self);
    char buf[300];
    int n = snprintf(buf, sizeof buf, "<method '%.100s' of '%.100s' objects>", d->def->name, d->owner->name);
    return py2c_str_from_utf8(buf, n);
}

const Py2cType py2c_method_descriptor_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "method_descriptor",
    .base = &py2c_object_type,
    .basicsize = sizeof(MethodDescr),
    .repr = descr_repr,
    .hash = py2c_object_hash,
    .call = descr_call,
};

/* A type's attribute: the metatype's data attributes (__name__, ...) first,
 * then the type's own namespace and tables along its bases. */
static Py2cValue type_getattr(Py2cValue self, Py2cValue name) {
    const Py2cType *t = as_type(self);
    for (const Py2cGetSetDef *g = type_getset; g->name; g++)
        if (py2c__str_eq_cstr(name, g->name)) return g->get(self);
    Py2cValue found;
    const Py2cMethodDef *m;
    const Py2cGetSetDef *gs;
    const Py2cType *owner = NULL;
    if (py2c__type_lookup(t, name, &found, &m, &gs, &owner)) {
        if (!PY2C_IS_NULL(found)) {
            py2c_incref(found);
            return found;
        }
        if (m && py2c__is_classmethod(owner, m)) return py2c__bind_builtin(m, self);
        if (m) {
            MethodDescr *d = (MethodDescr *)py2c__object_new(&py2c_method_descriptor_type, sizeof *d);
            if (!d) return PY2C_NULL;
            d->def = m;
            d->owner = owner;
            return py2c_obj_value(&d->ob);
        }
    }
    return PY2C_NULL; /* generic AttributeError from the caller */
}

static int type_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    const Py2cType *t = as_type(self);
    if (!py2c__is_heaptype(t)) {
        if (PY2C_IS_NULL(value))
            return (void)py2c_error_format(&py2c_exc_TypeError,
                                           "cannot set '%s' attribute of immutable type '%s'",
                                           py2c_is_str(name) ? py2c__as_str(name)->data : "?", t->name), -1;
        (void)py2c_error_format(&py2c_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                                py2c_is_str(name) ? py2c__as_str(name)->data : "?", t->name);
        return -1;
    }
    Py2cValue ns = ((const Py2cHeapType *)t)->ns;
    if (PY2C_IS_NULL(value)) {
        Py2cValue old = py2c__dict_get(ns, name);
        if (PY2C_IS_NULL(old)) {
            if (py2c_error_occurred()) return -1;
            (void)py2c_error_format(&py2c_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                                    py2c_is_str(name) ? py2c__as_str(name)->data : "?");
            return -1;
        }
        py2c_decref(old);
        return py2c_delitem(ns, name);
    }
    return py2c_dict_setitem(ns, name, value);
}

static void type_dealloc(Py2cObject *o) {
    Py2cHeapType *h = (Py2cHeapType *)o;
    py2c_decref(h->ns);
    py2c_decref(h->bases);
    if (h->type.base && py2c__is_heaptype(h->type.base)) py2c_decref(py2c_type_value(h->type.base));
    free((char *)h->type.name);
    free((char *)h->type.module);
    free(h->qualname);
    free(h);
}

const Py2cType py2c_type_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "type",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cHeapType),
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = py2c_object_hash,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
};

/* ---- compatibility entry points (pre-abstract.h names) ------------------- */

Py2cValue py2c_object_str(Py2cValue v) { return py2c_str(v); }
Py2cValue py2c_object_repr(Py2cValue v) { return py2c_repr(v); }
int py2c_object_is_true(Py2cValue v) { return py2c_is_true(v); }
