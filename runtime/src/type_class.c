/* User classes (minimal, for issue 3): heap types with a namespace dict,
 * single inheritance from object or an exception type, instances with a
 * __dict__, __init__ on construction, and the dunder methods that map onto
 * slots (__repr__, __str__, __eq__ & co., __hash__, __len__, __bool__,
 * __call__, __iter__, __next__, __getitem__, __setitem__, __delitem__,
 * __contains__, __format__). Full classes (C3 MRO, operators, descriptors)
 * come with issue 4. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const Py2cType *type_of_obj(Py2cValue v) { return py2c_type_of(v); }

/* self.<name>(*args) for a dunder found in the user classes of self's type;
 * PY2C_NULL without exception if none. */
static Py2cValue call_dunder(Py2cValue self, const char *name, const Py2cValue *args, size_t nargs, int *found) {
    Py2cValue f = py2c__heap_lookup(type_of_obj(self), name);
    *found = !PY2C_IS_NULL(f);
    if (!*found) return PY2C_NULL;
    if (py2c_is_none(f)) {
        *found = 0;
        return PY2C_NULL;
    }
    Py2cValue buf[4];
    buf[0] = self;
    for (size_t i = 0; i < nargs && i < 3; i++) buf[i + 1] = args[i];
    return py2c_call(f, buf, nargs + 1, PY2C_NULL);
}

static Py2cValue must_call(Py2cValue self, const char *name, const Py2cValue *args, size_t nargs) {
    int found;
    Py2cValue r = call_dunder(self, name, args, nargs, &found);
    if (!found && !py2c_error_occurred())
        return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c_type_name(self), name);
    return r;
}

static Py2cValue heap_repr(Py2cValue self) { return must_call(self, "__repr__", NULL, 0); }
static Py2cValue heap_str(Py2cValue self) { return must_call(self, "__str__", NULL, 0); }
static Py2cValue heap_format(Py2cValue self, Py2cValue spec) { return must_call(self, "__format__", &spec, 1); }

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Py2cValue heap_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    int found;
    Py2cValue r = call_dunder(a, cmp_names[op], &b, 1, &found);
    if (found || py2c_error_occurred()) return r;
    if (op == PY2C_NE) { /* object.__ne__: the inverse of __eq__ */
        r = call_dunder(a, "__eq__", &b, 1, &found);
        if (!found || PY2C_IS_NULL(r) || PY2C_IS_NOT_IMPLEMENTED(r)) return found ? r : PY2C_NOT_IMPLEMENTED;
        int t = py2c_is_true(r);
        py2c_decref(r);
        return t < 0 ? PY2C_NULL : py2c_bool(!t);
    }
    if (op == PY2C_EQ && py2c_is(a, b)) return PY2C_TRUE;
    return PY2C_NOT_IMPLEMENTED;
}

static Py2cHash heap_hash(Py2cValue self) {
    Py2cValue r = must_call(self, "__hash__", NULL, 0);
    if (PY2C_IS_NULL(r)) return -1;
    if (!py2c_is_small_int(r) && !py2c_is_bool(r)) {
        Py2cHash h = py2c_type_of(r) == &py2c_int_type ? py2c_hash(r) : -1;
        if (h == -1 && !py2c_error_occurred())
            (void)py2c_error_format(&py2c_exc_TypeError, "__hash__ method should return an integer");
        py2c_decref(r);
        return h;
    }
    Py2cHash h = py2c_hash(r);
    return h == -1 ? -2 : h;
}

static int64_t heap_len(Py2cValue self) {
    Py2cValue r = must_call(self, "__len__", NULL, 0);
    if (PY2C_IS_NULL(r)) return -1;
    int64_t n;
    int rc = py2c__as_index(r, PY2C_INDEX_REQUIRED, &n);
    py2c_decref(r);
    if (rc != 0) return -1;
    if (n < 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int heap_is_true(Py2cValue self) {
    int found;
    Py2cValue r = call_dunder(self, "__bool__", NULL, 0, &found);
    if (!found) {
        if (py2c_error_occurred()) return -1;
        const Py2cType *t = type_of_obj(self);
        if (!PY2C_IS_NULL(py2c__heap_lookup(t, "__len__"))) {
            int64_t n = heap_len(self);
            return n < 0 ? -1 : n != 0;
        }
        return 1;
    }
    if (PY2C_IS_NULL(r)) return -1;
    if (!py2c_is_bool(r)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "__bool__ should return bool, returned %s", py2c_type_name(r));
        py2c_decref(r);
        return -1;
    }
    return py2c_bool_value(r);
}

static Py2cValue heap_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue f = py2c__heap_lookup(type_of_obj(self), "__call__");
    if (PY2C_IS_NULL(f))
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not callable", py2c_type_name(self));
    Py2cValue m = py2c_method_new(f, self);
    if (PY2C_IS_NULL(m)) return m;
    Py2cValue r = py2c_call(m, args, nargs, kwnames);
    py2c_decref(m);
    return r;
}

static Py2cValue heap_iter(Py2cValue self) { return must_call(self, "__iter__", NULL, 0); }

static Py2cValue heap_iternext(Py2cValue self) {
    Py2cValue r = must_call(self, "__next__", NULL, 0);
    if (PY2C_IS_NULL(r) && py2c_error_matches(&py2c_exc_StopIteration)) py2c_error_clear();
    return r;
}

static Py2cValue heap_getitem(Py2cValue self, Py2cValue key) { return must_call(self, "__getitem__", &key, 1); }

static int heap_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    Py2cValue r;
    if (PY2C_IS_NULL(value)) r = must_call(self, "__delitem__", &key, 1);
    else r = must_call(self, "__setitem__", (Py2cValue[]){key, value}, 2);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

static int heap_contains(Py2cValue self, Py2cValue item) {
    Py2cValue r = must_call(self, "__contains__", &item, 1);
    if (PY2C_IS_NULL(r)) return -1;
    int t = py2c_is_true(r);
    py2c_decref(r);
    return t;
}

/* ---- instances ------------------------------------------------------------------ */

static void instance_dealloc(Py2cObject *o) {
    Py2cInstance *i = (Py2cInstance *)o;
    const Py2cType *t = o->type;
    py2c_decref(i->dict);
    free(i);
    py2c_decref(py2c_type_value(t));
}

static const Py2cType *solid_base(const Py2cType *t) {
    while (py2c__is_heaptype(t)) t = t->base;
    return t;
}

static Py2cValue heap_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(self);
    const Py2cType *solid = solid_base(t);
    int is_exc = (solid->flags & PY2C_TPFLAG_EXCEPTION) != 0;
    Py2cValue inst;
    if (is_exc) {
        inst = py2c__exc_alloc(t, args, nargs);
        if (PY2C_IS_NULL(inst)) return inst;
    } else {
        Py2cInstance *i = (Py2cInstance *)py2c__object_new(t, sizeof *i);
        if (!i) return PY2C_NULL;
        i->dict = PY2C_NULL;
        py2c_incref(self);
        inst = py2c_obj_value(&i->ob);
    }
    Py2cValue init = py2c__heap_lookup(t, "__init__");
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    if (PY2C_IS_NULL(init)) {
        if (is_exc && nkw > 0) {
            py2c_decref(inst);
            return py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", t->name);
        }
        if (!is_exc && (nargs > 0 || nkw > 0)) {
            py2c_decref(inst);
            return py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments", t->name);
        }
        return inst;
    }
    size_t total = 1 + nargs + (size_t)nkw;
    Py2cValue small[16];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * total);
    if (!buf) {
        py2c_decref(inst);
        return py2c_error_nomemory();
    }
    buf[0] = inst;
    if (total > 1) memcpy(buf + 1, args, sizeof *buf * (total - 1));
    Py2cValue r = py2c_call(init, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
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

/* ---- class creation ---------------------------------------------------------------- */

static char *dup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static int ns_has(Py2cValue ns, const char *name) {
    Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(key)) return -1;
    int r = py2c_obj_ptr(ns)->type->contains(ns, key);
    py2c_decref(key);
    return r;
}

/* ns[name] = str(value) (None when value is NULL) unless name is bound. */
static int set_default_attr(Py2cValue ns, const char *name, const char *value) {
    Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(key)) return -1;
    int has = py2c_dict_contains(ns, key);
    if (has == 0) {
        Py2cValue v = value ? py2c_str_from_utf8(value, (int64_t)strlen(value)) : PY2C_NONE;
        has = PY2C_IS_NULL(v) ? -1 : py2c_dict_setitem(ns, key, v);
        py2c_decref(v);
    }
    py2c_decref(key);
    return has < 0 ? -1 : 0;
}

Py2cValue py2c_class_new(const char *name, const char *qualname, const char *module, Py2cValue bases_tuple,
                         Py2cValue ns_dict) {
    int64_t nbases = PY2C_IS_NULL(bases_tuple) ? 0 : py2c__tuple_size(bases_tuple);
    const Py2cType *base = &py2c_object_type;
    if (nbases > 1)
        return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: multiple inheritance is not supported yet");
    if (nbases == 1) {
        Py2cValue b = py2c__tuple_item(bases_tuple, 0);
        if (!py2c_is_obj(b) || !py2c__is_subtype(py2c_obj_ptr(b)->type, &py2c_type_type))
            return py2c_error_format(&py2c_exc_TypeError, "bases must be types");
        base = (const Py2cType *)py2c_obj_ptr(b);
        if (!(base->flags & PY2C_TPFLAG_BASETYPE))
            return py2c_error_format(&py2c_exc_TypeError, "type '%s' is not an acceptable base type", base->name);
    }
    const Py2cType *solid = solid_base(base);
    if (solid != &py2c_object_type && !(solid->flags & PY2C_TPFLAG_EXCEPTION))
        return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: subclassing '%s' is not supported yet",
                                 solid->name);

    Py2cHeapType *h = calloc(1, sizeof *h);
    if (!h) return py2c_error_nomemory();
    Py2cType *t = &h->type;
    memcpy(t, base, sizeof *t);
    t->ob.type = &py2c_type_type;
    t->ob.refcount = 1;
    h->ns = py2c_dict_new();
    h->bases = PY2C_NULL;
    t->name = dup(name);
    t->module = dup(module ? module : "__main__");
    h->qualname = dup(qualname ? qualname : name);
    t->base = base;
    if (py2c__is_heaptype(base)) py2c_incref(py2c_type_value(base));
    if (!t->name || !t->module || !h->qualname || PY2C_IS_NULL(h->ns)) goto nomem;
    if (!PY2C_IS_NULL(ns_dict) && py2c_dict_update(h->ns, ns_dict) < 0) goto fail;
    /* as CPython: the class body binds __module__, type() adds __doc__ = None
     * when the body has no docstring (instances find both through the class) */
    if (set_default_attr(h->ns, "__module__", t->module) < 0 || set_default_attr(h->ns, "__doc__", NULL) < 0) goto fail;
    if (nbases == 1) {
        py2c_incref(bases_tuple);
        h->bases = bases_tuple;
    } else {
        Py2cValue ob = py2c_type_value(&py2c_object_type);
        h->bases = py2c_tuple_pack(1, &ob);
        if (PY2C_IS_NULL(h->bases)) goto fail;
    }
    t->flags |= PY2C_TPFLAG_HEAPTYPE | PY2C_TPFLAG_BASETYPE;
    t->new_ = heap_new;
    t->methods = NULL;
    t->getset = NULL;
    t->getattr = base == &py2c_object_type ? NULL : base->getattr;
    if (solid == &py2c_object_type) {
        t->basicsize = sizeof(Py2cInstance);
        t->dictoffset = offsetof(Py2cInstance, dict);
        t->dealloc = instance_dealloc;
    }

    struct {
        const char *name;
        int has;
    } d[] = {{"__repr__", 0}, {"__str__", 0},     {"__eq__", 0},      {"__hash__", 0},     {"__len__", 0},
             {"__bool__", 0}, {"__call__", 0},    {"__iter__", 0},    {"__next__", 0},     {"__getitem__", 0},
             {"__setitem__", 0}, {"__delitem__", 0}, {"__contains__", 0}, {"__format__", 0}, {"__lt__", 0},
             {"__le__", 0},   {"__gt__", 0},      {"__ge__", 0},      {"__ne__", 0}};
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
        d[i].has = ns_has(h->ns, d[i].name);
        if (d[i].has < 0) goto fail;
    }
    if (d[0].has) t->repr = heap_repr;
    if (d[1].has) t->str = heap_str;
    if (d[2].has || d[14].has || d[15].has || d[16].has || d[17].has || d[18].has) t->richcompare = heap_richcompare;
    if (d[3].has) {
        Py2cValue key = py2c_str_from_utf8("__hash__", 8);
        Py2cValue v = PY2C_IS_NULL(key) ? PY2C_NULL : py2c__dict_get(h->ns, key);
        py2c_decref(key);
        if (PY2C_IS_NULL(v) && py2c_error_occurred()) goto fail;
        t->hash = py2c_is_none(v) ? NULL : heap_hash;
        py2c_decref(v);
    } else if (d[2].has) {
        t->hash = NULL; /* __eq__ without __hash__: unhashable, as CPython */
    }
    if (d[4].has) t->len = heap_len;
    if (d[5].has || d[4].has) t->is_true = heap_is_true;
    if (d[6].has) t->call = heap_call;
    if (d[7].has) t->iter = heap_iter;
    if (d[8].has) t->iternext = heap_iternext;
    if (d[9].has) t->getitem = heap_getitem;
    if (d[10].has || d[11].has) t->setitem = heap_setitem;
    if (d[12].has) t->contains = heap_contains;
    if (d[13].has) t->format = heap_format;
    return py2c_obj_value(&t->ob);
nomem:
    (void)py2c_error_nomemory();
fail:
    py2c_decref(py2c_obj_value(&t->ob));
    return PY2C_NULL;
}
