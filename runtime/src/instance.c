/* Instances of user classes: their layout (that of the solid base: object's
 * with a __dict__, an exception's, type's for metaclasses, or a tuple's for
 * classes deriving from tuple or a namedtuple), allocation
 * (object.__new__), and construction: __new__ then __init__, as CPython's
 * type_call. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "freelist.h"
#include "internal.h"

static Py2cStr slots_name = PY2C_STR_STATIC("__slots__", 9, 9);

/* Freed instance blocks are kept for reuse on per-thread lists, one per
 * number of layout slots below PY2C_FL_INSTANCE_SIZES (freelist.h): the
 * block of an instance with n slots serves only another with n slots. */
static void instance_dealloc(Py2cObject *o) {
    Py2cInstance *i = (Py2cInstance *)o;
    const Py2cType *t = o->type;
    int n = t->nslots;
    py2c_decref(i->dict);
    for (int j = 0; j < n; j++) py2c_decref(i->slots[j]);
    if (n < PY2C_FL_INSTANCE_SIZES) py2c__freelist_push(PY2C_FL_INSTANCE + n, i);
    else free(i);
    py2c_decref(py2c_type_value(t));
}

/* A new instance of t (count 1) in SLOT mode with no attribute. */
static Py2cInstance *instance_new(const Py2cType *t) {
    int n = t->nslots;
    Py2cInstance *i = n < PY2C_FL_INSTANCE_SIZES ? py2c__freelist_pop(PY2C_FL_INSTANCE + n) : NULL;
    if (i) {
        i->ob.type = t;
        /* not yet visible to another thread: a plain store */
        atomic_store_explicit(&i->ob.refcount, 1, memory_order_relaxed);
    } else {
        i = (Py2cInstance *)py2c__object_new(t, py2c__instance_size(t));
        if (!i) return NULL;
    }
    i->dict = PY2C_NULL;
    for (int j = 0; j < n; j++) i->slots[j] = PY2C_NULL;
    return i;
}

/* ---- instances of tuple subclasses ---------------------------------------------------- */
/* They are tuples (Py2cTuple, so every tuple slot and method applies) whose
 * type is the class; each holds a reference to its class. They have no
 * __dict__: CPython gives them one unless the class says __slots__ = (),
 * which is the common idiom (see tuple_instance_setattr). */

static int is_tuple_layout(const Py2cType *solid) { return py2c__is_subtype(solid, &py2c_tuple_type); }

static void tuple_instance_dealloc(Py2cObject *o) {
    Py2cTuple *tp = (Py2cTuple *)o;
    const Py2cType *t = o->type;
    for (int64_t i = 0; i < tp->size; i++) py2c_decref(tp->items[i]);
    free(tp);
    py2c_decref(py2c_type_value(t));
}

/* tuple.__new__(t, ...) / namedtuple.__new__(t, ...): the solid base's
 * constructor builds the items (with its argument checks), then they move
 * to a new instance of t. */
static Py2cValue tuple_instance_new(const Py2cType *t, const Py2cType *solid, const Py2cValue *args, size_t nargs,
                                    Py2cValue kwnames) {
    Py2cValue r = solid->new_(py2c_type_value(solid), args, nargs, kwnames);
    if (PY2C_IS_NULL(r)) return r;
    if (!py2c_is_obj(r) || !py2c__is_subtype(py2c_obj_ptr(r)->type, &py2c_tuple_type)) {
        py2c_decref(r);
        return py2c_error_format(&py2c_exc_TypeError, "py2c: %s.__new__ did not return a tuple", solid->name);
    }
    Py2cTuple *src = py2c_tuple_ptr(r);
    Py2cTuple *o = (Py2cTuple *)py2c__object_new(t, sizeof(Py2cTuple) + (size_t)src->size * sizeof(Py2cValue));
    if (!o) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    o->size = src->size;
    for (int64_t i = 0; i < src->size; i++) py2c_incref(o->items[i] = src->items[i]);
    py2c_incref(py2c_type_value(t));
    py2c_decref(r);
    return py2c_obj_value(&o->ob);
}

/* Whether a class between t and its solid base defines __slots__. */
static int has_slots(const Py2cType *t) {
    for (; py2c__is_heaptype(t); t = t->base) {
        Py2cValue v = py2c__dict_get(((const Py2cHeapType *)t)->ns, py2c_obj_value(&slots_name.ob));
        if (!PY2C_IS_NULL(v)) {
            py2c_decref(v);
            return 1;
        }
        py2c_error_clear();
    }
    return 0;
}

/* The last step of instance attribute assignment (after data descriptors):
 * the __dict__ CPython gives instances of a class without __slots__, which
 * py2c does not have: a clear run-time error; with __slots__, CPython's
 * AttributeError. */
static int tuple_instance_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    (void)value;
    const Py2cType *t = py2c_type_of(self);
    const char *n = py2c_is_str(name) ? py2c__as_str(name)->data : "?";
    if (has_slots(t))
        (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", t->name, n);
    else
        (void)py2c_error_format(&py2c_exc_NotImplementedError,
                                "py2c: instances of tuple subclass '%s' have no __dict__: cannot set attribute '%s' "
                                "(unsupported)",
                                t->name, n);
    return -1;
}

void py2c__instance_layout(Py2cType *t, const Py2cType *solid) {
    t->new_ = py2c__heap_new;
    if (solid == &py2c_object_type) {
        t->basicsize = sizeof(Py2cInstance); /* and its slots: py2c__layout_init */
        t->dictoffset = offsetof(Py2cInstance, dict);
        t->dealloc = instance_dealloc;
    } else if (is_tuple_layout(solid)) {
        t->basicsize = sizeof(Py2cTuple);
        t->dictoffset = 0;
        t->dealloc = tuple_instance_dealloc;
        if (!solid->setattr) t->setattr = tuple_instance_setattr;
    }
}

Py2cValue py2c__instance_alloc(const Py2cType *t, const Py2cValue *args, size_t nargs) {
    if (t->dealloc != instance_dealloc) { /* (else the solid base is object: no walk needed) */
        const Py2cType *solid = py2c__solid_base(t);
        if (solid->flags & PY2C_TPFLAG_EXCEPTION) return py2c__exc_alloc(t, args, nargs);
        if (is_tuple_layout(solid)) return tuple_instance_new(t, solid, args, nargs, PY2C_NULL);
        if (solid == &py2c_type_type) return py2c__type_new3(t, args, nargs);
    }
    Py2cInstance *i = instance_new(t);
    if (!i) return PY2C_NULL;
    py2c_incref(py2c_type_value(t));
    return py2c_obj_value(&i->ob);
}

/* f(first, *args, **kwargs) where args/kwnames are a call's arguments. */
static Py2cValue call_with_first(Py2cValue f, Py2cValue first, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (PY2C_IS_NULL(kwnames)) return py2c__call_with_self(f, first, args, nargs, kwnames);
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

/* Caches of the __new__ and __init__ lookups, indexed by the class's address. */
enum { CTOR_CACHE = 64 };
static Py2cAttrCache new_cache[CTOR_CACHE], init_cache[CTOR_CACHE];
static Py2cStr new_name = PY2C_STR_STATIC("__new__", 7, 7);
static Py2cStr init_name = PY2C_STR_STATIC("__init__", 8, 8);

static Py2cValue heap_new(Py2cValue cls, Py2cValue newf, Py2cValue init, const Py2cValue *args, size_t nargs,
                          Py2cValue kwnames);

/* The call of a user class (type_call's new_ slot): CPython's
 * _PyObject_MakeTpCall counts it as one level of recursion (a heap type has
 * no vectorcall) until __new__ and __init__ return, with its own message;
 * the direct construction of src/lower/lw_method.c takes the same step. */
Py2cValue py2c__heap_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c_recursion_enter_call() < 0) return PY2C_NULL;
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    size_t k = (size_t)(((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15u >> 58) % CTOR_CACHE;
    Py2cValue newf = py2c__class_lookup_ic(t, py2c_obj_value(&new_name.ob), &new_cache[k]);
    Py2cValue init = py2c__class_lookup_ic(t, py2c_obj_value(&init_name.ob), &init_cache[k]);
    Py2cValue r = heap_new(cls, newf, init, args, nargs, kwnames);
    py2c_recursion_leave();
    py2c_decref(newf);
    py2c_decref(init);
    return r;
}

/* type_call for a user class with its __new__ and __init__ (either PY2C_NULL). */
static Py2cValue heap_new(Py2cValue cls, Py2cValue newf, Py2cValue init, const Py2cValue *args, size_t nargs,
                          Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    const Py2cType *solid = py2c__solid_base(t);
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    Py2cValue inst;
    if (!PY2C_IS_NULL(newf)) {
        if (py2c_is_obj(newf) && py2c_obj_ptr(newf)->type == &py2c_staticmethod_type)
            newf = py2c__staticmethod_func(newf); /* borrowed from the staticmethod, which the caller holds */
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
        inst = is_tuple_layout(solid) ? tuple_instance_new(t, solid, args, nargs, kwnames)
                                      : py2c__instance_alloc(t, args, nargs);
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
