/* The abstract protocol, part 2: attributes (CPython's generic getattr:
 * data descriptors of the type, the instance __dict__, then the type's
 * methods and class attributes, then the type's getattr slot). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "bltin_internal.h"
#include "platform.h"
#include "sync_internal.h"

/* A built-in type's method bound to an instance. */
typedef struct BuiltinMethod {
    Py2cObject ob;
    const Py2cMethodDef *def;
    Py2cValue self;
} BuiltinMethod;

static void bmethod_dealloc(Py2cObject *o) {
    py2c_decref(((BuiltinMethod *)o)->self);
    free(o);
}

static Py2cValue bmethod_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    BuiltinMethod *m = (BuiltinMethod *)py2c_obj_ptr(self);
    return m->def->fn(m->self, args, nargs, kwnames);
}

static Py2cValue bmethod_repr(Py2cValue self) {
    BuiltinMethod *m = (BuiltinMethod *)py2c_obj_ptr(self);
    char buf[300];
    void *addr = py2c_is_obj(m->self) ? (void *)py2c_obj_ptr(m->self) : NULL;
    int n = snprintf(buf, sizeof buf, "<built-in method %.100s of %.100s object at %p>", m->def->name,
                     py2c_type_name(m->self), addr);
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue bmethod_get_name(Py2cValue self) {
    const char *s = ((BuiltinMethod *)py2c_obj_ptr(self))->def->name;
    return py2c_str_from_utf8(s, (int64_t)strlen(s));
}

static Py2cValue bmethod_get_self(Py2cValue self) {
    Py2cValue s = ((BuiltinMethod *)py2c_obj_ptr(self))->self;
    py2c_incref(s);
    return s;
}

static const Py2cGetSetDef bmethod_getset[] = {
    {"__name__", bmethod_get_name, NULL},
    {"__qualname__", bmethod_get_name, NULL},
    {"__self__", bmethod_get_self, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c_builtin_method_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "builtin_function_or_method",
    .base = &py2c_object_type,
    .basicsize = sizeof(BuiltinMethod),
    .dealloc = bmethod_dealloc,
    .repr = bmethod_repr,
    .hash = py2c_object_hash,
    .call = bmethod_call,
    .getset = bmethod_getset,
};

Py2cValue py2c__bind_builtin(const Py2cMethodDef *def, Py2cValue self) {
    BuiltinMethod *m = (BuiltinMethod *)py2c__object_new(&py2c_builtin_method_type, sizeof *m);
    if (!m) return PY2C_NULL;
    m->def = def;
    py2c_incref(self);
    m->self = self;
    return py2c_obj_value(&m->ob);
}

static const char *name_text(Py2cValue name) { return py2c_is_str(name) ? py2c__as_str(name)->data : "?"; }

static int is_function(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_function_type; }

/* obj's own attribute name (its slots or __dict__) as a new reference;
 * PY2C_NULL without an exception when absent or obj has no __dict__. */
static Py2cValue instance_attr(Py2cValue obj, Py2cValue name) {
    if (!py2c_is_obj(obj) || !py2c_obj_ptr(obj)->type->dictoffset) return PY2C_NULL;
    return py2c__instance_attr_get(obj, name);
}

static int is_type_object(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type);
}

/* --- slot wrappers: x.__len__, d.__getitem__, ... on built-in types -------------------- */
/* CPython exposes each filled type slot as a method (a "slot wrapper"), so
 * that e.g. max(d, key=d.__getitem__) works. Here the wrapper is a bound
 * built-in method whose function calls the abstract operation. */
static int wrapper_args(const char *name, size_t nargs, Py2cValue kwnames, size_t want) {
    if (!PY2C_IS_NULL(kwnames) && py2c__tuple_size(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == want) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
    return -1;
}

#define WRAPPER_ARGS(name, want)                                          \
    do {                                                                   \
        if (wrapper_args(name, nargs, kwnames, want) < 0) return PY2C_NULL; \
    } while (0)

static Py2cValue w_len(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__len__", 0);
    int64_t n = py2c_len(self);
    return n < 0 ? PY2C_NULL : py2c_int_from_int64(n);
}

static Py2cValue w_contains(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    WRAPPER_ARGS("__contains__", 1);
    int r = py2c_obj_ptr(self)->type->contains(self, args[0]);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static Py2cValue w_getitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = py2c_type_of(self);
    if ((t == &py2c_list_type || t == &py2c_dict_type) && nargs != 1 && (PY2C_IS_NULL(kwnames) || !py2c__tuple_size(kwnames)))
        return py2c_error_format(&py2c_exc_TypeError, "%s.__getitem__() takes exactly one argument (%zu given)", py2c__type_tpname(t),
                                 nargs);
    WRAPPER_ARGS("__getitem__", 1);
    return py2c_getitem(self, args[0]);
}

static Py2cValue w_setitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 2 && (PY2C_IS_NULL(kwnames) || !py2c__tuple_size(kwnames)))
        /* CPython unpacks these with an empty function name */
        return py2c_error_format(&py2c_exc_TypeError, " expected 2 arguments, got %zu", nargs);
    WRAPPER_ARGS("__setitem__", 2);
    return py2c_setitem(self, args[0], args[1]) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue w_delitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    WRAPPER_ARGS("__delitem__", 1);
    return py2c_delitem(self, args[0]) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue w_iter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__iter__", 0);
    return py2c_iter(self);
}

static Py2cValue w_next(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__next__", 0);
    Py2cValue r = py2c_iter_next(self);
    if (PY2C_IS_NULL(r) && !py2c_error_occurred()) return py2c_error_format(&py2c_exc_StopIteration, NULL);
    return r;
}

static Py2cValue w_repr(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__repr__", 0);
    return py2c_repr(self);
}

static Py2cValue w_str(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__str__", 0);
    return py2c_str(self);
}

static Py2cValue w_hash(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    WRAPPER_ARGS("__hash__", 0);
    Py2cHash h = py2c_hash(self);
    return h == -1 ? PY2C_NULL : py2c_int_from_int64(h);
}

/* x.__eq__(y) and friends: the type's own comparison, NotImplemented when
 * it does not handle y (no reflection, as CPython's wrappers). */
static Py2cValue w_compare(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames, Py2cCompareOp op,
                           const char *name) {
    WRAPPER_ARGS(name, 1);
    return py2c_type_of(self)->richcompare(self, args[0], op);
}

#define W_CMP(fname, op, pyname)                                                                   \
    static Py2cValue fname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        return w_compare(self, args, nargs, kwnames, op, pyname);                                   \
    }
W_CMP(w_lt, PY2C_LT, "__lt__")
W_CMP(w_le, PY2C_LE, "__le__")
W_CMP(w_eq, PY2C_EQ, "__eq__")
W_CMP(w_ne, PY2C_NE, "__ne__")
W_CMP(w_gt, PY2C_GT, "__gt__")
W_CMP(w_ge, PY2C_GE, "__ge__")

enum { SLOT_LEN, SLOT_CONTAINS, SLOT_GETITEM, SLOT_SETITEM, SLOT_ITER, SLOT_NEXT, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_CMP };

static const struct {
    Py2cMethodDef def;
    int slot;
} slot_wrappers[] = {
    {{"__len__", w_len}, SLOT_LEN},           {{"__contains__", w_contains}, SLOT_CONTAINS},
    {{"__getitem__", w_getitem}, SLOT_GETITEM}, {{"__setitem__", w_setitem}, SLOT_SETITEM},
    {{"__delitem__", w_delitem}, SLOT_SETITEM}, {{"__iter__", w_iter}, SLOT_ITER},
    {{"__next__", w_next}, SLOT_NEXT},         {{"__repr__", w_repr}, SLOT_REPR},
    {{"__str__", w_str}, SLOT_STR},            {{"__hash__", w_hash}, SLOT_HASH},
    {{"__lt__", w_lt}, SLOT_CMP},              {{"__le__", w_le}, SLOT_CMP},
    {{"__eq__", w_eq}, SLOT_CMP},              {{"__ne__", w_ne}, SLOT_CMP},
    {{"__gt__", w_gt}, SLOT_CMP},              {{"__ge__", w_ge}, SLOT_CMP},
};

/* The wrapper of slot `name` of t, or NULL when t does not fill it. */
static const Py2cMethodDef *slot_wrapper(const Py2cType *t, Py2cValue name) {
    if (!py2c_is_str(name)) return NULL;
    const char *text = py2c__as_str(name)->data;
    if (text[0] != '_' || text[1] != '_') return NULL;
    for (size_t i = 0; i < sizeof slot_wrappers / sizeof slot_wrappers[0]; i++) {
        if (strcmp(text, slot_wrappers[i].def.name) != 0) continue;
        int has = 0;
        switch (slot_wrappers[i].slot) {
        case SLOT_LEN: has = t->len != NULL; break;
        case SLOT_CONTAINS: has = t->contains != NULL; break;
        case SLOT_GETITEM: has = t->getitem != NULL; break;
        case SLOT_SETITEM: has = t->setitem != NULL; break;
        case SLOT_ITER: has = t->iter != NULL; break;
        case SLOT_NEXT: has = t->iternext != NULL; break;
        case SLOT_REPR: has = t->repr != NULL; break;
        case SLOT_STR: has = 1; break;
        case SLOT_HASH: has = t->hash != NULL; break;
        case SLOT_CMP: has = t->richcompare != NULL; break;
        }
        return has ? &slot_wrappers[i].def : NULL;
    }
    return NULL;
}

/* object's __repr__/__str__ methods are object's own slots: a type with
 * its own repr or str slot gets its slot wrapper instead ([].__repr__()). */
static int overrides_object_text(const Py2cType *t, Py2cValue name) {
    if (py2c__str_eq_cstr(name, "__repr__")) return t->repr != py2c_object_type.repr;
    if (py2c__str_eq_cstr(name, "__str__")) return t->str != py2c_object_type.str || t->repr != py2c_object_type.repr;
    return 0;
}

/* py2c__type_lookup with *found a new reference. The plain lookup borrows
 * the value from the class namespace, which another thread may rebind (and
 * free) at any moment: while threads run, the value is taken again from the
 * owner's namespace under its lock, and the lookup retried if it moved. */
static int lookup_owned(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **m,
                        const Py2cGetSetDef **g, const Py2cType **owner) {
    for (;;) {
        const Py2cType *o = NULL;
        int has = py2c__type_lookup(t, name, found, m, g, &o);
        if (owner) *owner = o;
        if (!has || PY2C_IS_NULL(*found)) return has;
        if (!py2c__preemptive() || !py2c__is_heaptype(o)) {
            py2c_incref(*found); /* single-threaded: nobody can free it meanwhile */
            return 1;
        }
        Py2cValue v = py2c__dict_get(((const Py2cHeapType *)o)->ns, name);
        if (v.bits == found->bits) return 1; /* v is the reference */
        py2c_decref(v);
        if (py2c_error_occurred()) py2c_error_clear();
    }
}

int py2c__type_lookup_owned(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **m,
                            const Py2cGetSetDef **g, const Py2cType **owner) {
    return lookup_owned(t, name, found, m, g, owner);
}

/* The attribute, or PY2C_NULL without an exception when missing. With
 * keep_slot_error, an AttributeError raised by the type's own getattr slot is
 * kept (its message is the type's: "module 'sys' has no attribute 'x'"). */
static Py2cValue lookup_attr(Py2cValue obj, Py2cValue name, bool keep_slot_error) {
    const Py2cType *t = py2c_type_of(obj);
    if (is_type_object(obj)) {
        Py2cValue r = (t->getattr ? t->getattr : py2c_type_getattr)(obj, name);
        if (PY2C_IS_NULL(r) && !keep_slot_error && py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
        return r;
    } else if (t == &py2c_super_type) {
        Py2cValue r = t->getattr(obj, name);
        if (PY2C_IS_NULL(r) && py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
        return r;
    }
    Py2cValue found;
    const Py2cMethodDef *m;
    const Py2cGetSetDef *g;
    const Py2cType *owner = NULL;
    int has = lookup_owned(t, name, &found, &m, &g, &owner); /* found: owned */
    if (has && g) return g->get(obj);
    if (has && !PY2C_IS_NULL(found) && py2c_type_of(found)->descr_set) {
        Py2cValue r = py2c__descr_bind(found, obj, t);
        py2c_decref(found);
        return r;
    }
    Py2cValue v = instance_attr(obj, name);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) {
        py2c_decref(found);
        return v;
    }
    if (has && m && owner == &py2c_object_type && overrides_object_text(t, name)) {
        const Py2cMethodDef *w = slot_wrapper(t, name);
        if (w) return py2c__bind_builtin(w, obj);
    }
    if (has && m) return py2c__bind_builtin(m, py2c__is_classmethod(owner, m) ? py2c_type_value(t) : obj);
    if (has) {
        Py2cValue r = py2c__descr_bind(found, obj, t);
        py2c_decref(found);
        return r;
    }
    if (!is_type_object(obj)) {
        const Py2cMethodDef *w = slot_wrapper(t, name);
        if (w) return py2c__bind_builtin(w, obj);
    }
    if (t->getattr && !is_type_object(obj)) {
        Py2cValue r = t->getattr(obj, name);
        if (PY2C_IS_NULL(r) && !keep_slot_error && py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
        return r;
    }
    return PY2C_NULL;
}

Py2cValue py2c_getattr_opt(Py2cValue obj, Py2cValue name) { return lookup_attr(obj, name, false); }

Py2cValue py2c_getattr(Py2cValue obj, Py2cValue name) {
    if (!py2c_is_str(name))
        return py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
    Py2cValue r = lookup_attr(obj, name, true);
    if (!PY2C_IS_NULL(r) || py2c_error_occurred()) return r;
    if (is_type_object(obj))
        return py2c_error_format(&py2c_exc_AttributeError, "type object '%s' has no attribute '%s'",
                                 ((const Py2cType *)py2c_obj_ptr(obj))->name, name_text(name));
    return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c_type_name(obj),
                             name_text(name));
}

int py2c__generic_setattr(Py2cValue obj, Py2cValue name, Py2cValue value) {
    if (!py2c_is_str(name)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
        return -1;
    }
    const Py2cType *t = py2c_type_of(obj);
    Py2cValue found;
    const Py2cMethodDef *m;
    const Py2cGetSetDef *g;
    int has = lookup_owned(t, name, &found, &m, &g, NULL);
    if (has && !PY2C_IS_NULL(found) && py2c_type_of(found)->descr_set) {
        int r = py2c_type_of(found)->descr_set(found, obj, value);
        py2c_decref(found);
        return r;
    }
    py2c_decref(found); /* only whether there was one matters below */
    if (has && g) {
        if (g->set) return g->set(obj, value);
        if (!t->dictoffset || strcmp(g->name, "__dict__") == 0 || strcmp(g->name, "__class__") == 0) {
            (void)py2c_error_format(&py2c_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                                    py2c__type_tpname(t));
            return -1;
        }
    }
    if (py2c_is_obj(obj) && t->dictoffset) {
        if (PY2C_IS_NULL(value)) { /* an instance with a layout goes to DICT mode */
            Py2cValue d = py2c__object_dict(obj, false);
            Py2cValue old = PY2C_IS_NULL(d) ? PY2C_NULL : py2c__dict_get(d, name);
            if (PY2C_IS_NULL(old)) {
                if (py2c_error_occurred()) return -1;
                (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c__type_tpname(t),
                                        name_text(name));
                return -1;
            }
            py2c_decref(old);
            return py2c_delitem(d, name);
        }
        return py2c__instance_attr_set(obj, name, value);
    }
    if (t->setattr) return t->setattr(obj, name, value);
    if (has && (m || !PY2C_IS_NULL(found)))
        (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object attribute '%s' is read-only", py2c__type_tpname(t),
                                name_text(name));
    else
        (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c__type_tpname(t), name_text(name));
    return -1;
}

PY2C__STR_CONST(s_setattr, "__setattr__");
PY2C__STR_CONST(s_delattr, "__delattr__");

/* The metatype's setattr for classes, a user __setattr__/__delattr__, else
 * the generic assignment. */
static int set_or_del(Py2cValue obj, Py2cValue name, Py2cValue value) {
    const Py2cType *t = py2c_type_of(obj);
    if (is_type_object(obj)) {
        if (!py2c_is_str(name)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
            return -1;
        }
        return (t->setattr ? t->setattr : py2c_type_type.setattr)(obj, name, value);
    }
    if (py2c__is_heaptype(t)) {
        Py2cValue f = py2c__heap_lookup_str(t, PY2C_IS_NULL(value) ? PY2C__STR_VAL(s_delattr) : PY2C__STR_VAL(s_setattr), NULL);
        if (!PY2C_IS_NULL(f)) {
            Py2cValue args[3] = {obj, name, value};
            Py2cValue r = py2c_call(f, args, PY2C_IS_NULL(value) ? 2 : 3, PY2C_NULL);
            if (PY2C_IS_NULL(r)) return -1;
            py2c_decref(r);
            return 0;
        }
    }
    return py2c__generic_setattr(obj, name, value);
}

int py2c_setattr(Py2cValue obj, Py2cValue name, Py2cValue value) {
    if (PY2C_IS_NULL(value)) {
        (void)py2c_error_format(&py2c_exc_SystemError, "py2c: setattr of a NULL value");
        return -1;
    }
    return set_or_del(obj, name, value);
}

int py2c_delattr(Py2cValue obj, Py2cValue name) { return set_or_del(obj, name, PY2C_NULL); }

/* ---- method calls ------------------------------------------------------------ */

/* obj.name(*args): the lookup of py2c_method_lookup (no bound method for a
 * class's function or a built-in type's method) and py2c_method_call. */
Py2cValue py2c_call_method(Py2cValue obj, Py2cValue name, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue callable, self_or_null;
    if (py2c_method_lookup(obj, name, &callable, &self_or_null) < 0) return PY2C_NULL;
    Py2cValue r = py2c_method_call(callable, self_or_null, args, nargs, kwnames);
    py2c_decref(callable);
    py2c_decref(self_or_null);
    return r;
}

/* ---- LOAD_METHOD / CALL: the lookup before the arguments -------------------- */
/* A built-in type's method as py2c_method_lookup's callable: unbound (self
 * is passed separately), so the lookup needs no bound method. One static,
 * immortal object per method (a fixed pool indexed by the method's address);
 * when the pool is full, the lookup falls back to a bound method.
 * Entries are filled lazily by whichever thread needs one first: a thread
 * claims an empty entry (state 0 -> 1), fills it, then publishes it
 * (state 2, release); readers trust an entry only once they see state 2. */
typedef struct MethodRef {
    Py2cObject ob;
    const Py2cMethodDef *def;
    atomic_int state; /* 0 empty, 1 being filled, 2 ready */
} MethodRef;

static Py2cValue mref_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MethodRef *r = (const MethodRef *)py2c_obj_ptr(self);
    if (nargs < 1)
        return py2c_error_format(&py2c_exc_TypeError, "unbound method %s() needs an argument", r->def->name);
    return r->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Py2cValue mref_repr(Py2cValue self) {
    const MethodRef *r = (const MethodRef *)py2c_obj_ptr(self);
    char buf[160];
    int n = snprintf(buf, sizeof buf, "<method '%.100s'>", r->def->name);
    return py2c_str_from_utf8(buf, n);
}

static const Py2cType method_ref_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "method_descriptor",
    .base = &py2c_object_type,
    .basicsize = sizeof(MethodRef),
    .repr = mref_repr,
    .hash = py2c_object_hash,
    .call = mref_call,
};

enum { MREF_POOL = 1024 };
static MethodRef mref_pool[MREF_POOL];

/* The pool's object for def (borrowed, immortal), or PY2C_NULL when full. */
static Py2cValue method_ref(const Py2cMethodDef *def) {
    size_t i = ((uintptr_t)def >> 3) * 0x9E3779B97F4A7C15u % MREF_POOL;
    for (size_t probe = 0; probe < MREF_POOL; probe++, i = (i + 1) % MREF_POOL) {
        MethodRef *r = &mref_pool[i];
        int state = atomic_load_explicit(&r->state, memory_order_acquire);
        if (state == 0) {
            int expected = 0;
            if (atomic_compare_exchange_strong_explicit(&r->state, &expected, 1, memory_order_acquire,
                                                        memory_order_acquire)) {
                r->ob.type = &method_ref_type;
                atomic_store_explicit(&r->ob.refcount, PY2C_REFCOUNT_IMMORTAL, memory_order_relaxed);
                r->def = def;
                atomic_store_explicit(&r->state, 2, memory_order_release);
                return py2c_obj_value(&r->ob);
            }
            state = expected;
        }
        while (state == 1) { /* another thread is filling it: a few stores away */
            py2c_thread_yield();
            state = atomic_load_explicit(&r->state, memory_order_acquire);
        }
        if (r->def == def) return py2c_obj_value(&r->ob);
    }
    return PY2C_NULL;
}

/* A built-in method def bound to self: the pool's object and self, else a
 * bound method. 0 or -1. */
static int found_builtin(const Py2cMethodDef *def, Py2cValue self, Py2cValue *callable, Py2cValue *self_or_null) {
    Py2cValue r = method_ref(def);
    if (!PY2C_IS_NULL(r)) {
        py2c_incref(self);
        *callable = r;
        *self_or_null = self;
        return 0;
    }
    *callable = py2c__bind_builtin(def, self);
    return PY2C_IS_NULL(*callable) ? -1 : 0;
}

int py2c_method_lookup(Py2cValue obj, Py2cValue name, Py2cValue *callable, Py2cValue *self_or_null) {
    *callable = PY2C_NULL;
    *self_or_null = PY2C_NULL;
    if (!is_type_object(obj) && py2c_is_str(name) && py2c_type_of(obj) != &py2c_super_type) {
        const Py2cType *t = py2c_type_of(obj);
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        const Py2cType *owner = NULL;
        int has = lookup_owned(t, name, &found, &m, &g, &owner);
        if (has && !g) {
            /* the instance's own attribute may shadow the class's method */
            Py2cValue own = instance_attr(obj, name);
            int shadowed = !PY2C_IS_NULL(own);
            py2c_decref(own);
            if (!shadowed && py2c_error_occurred()) {
                py2c_decref(found);
                return -1;
            }
            if (!shadowed && m && owner == &py2c_object_type && overrides_object_text(t, name)) {
                const Py2cMethodDef *w = slot_wrapper(t, name);
                if (w) return found_builtin(w, obj, callable, self_or_null);
            }
            if (!shadowed && m)
                return found_builtin(m, py2c__is_classmethod(owner, m) ? py2c_type_value(t) : obj, callable,
                                     self_or_null);
            if (!shadowed && is_function(found)) {
                py2c_incref(obj);
                *callable = found; /* the lookup's reference */
                *self_or_null = obj;
                return 0;
            }
        }
        py2c_decref(found);
    }
    *callable = py2c_getattr(obj, name);
    return PY2C_IS_NULL(*callable) ? -1 : 0;
}

Py2cValue py2c_method_call(Py2cValue callable, Py2cValue self_or_null, const Py2cValue *args, size_t nargs,
                           Py2cValue kwnames) {
    if (PY2C_IS_NULL(self_or_null)) return py2c_call(callable, args, nargs, kwnames);
    if (py2c_obj_ptr(callable)->type == &method_ref_type)
        return ((const MethodRef *)py2c_obj_ptr(callable))->def->fn(self_or_null, args, nargs, kwnames);
    return py2c__call_with_self(callable, self_or_null, args, nargs, kwnames);
}

Py2cValue py2c__call_with_self(Py2cValue callable, Py2cValue self_or_null, const Py2cValue *args, size_t nargs,
                               Py2cValue kwnames) {
    if (py2c_is_obj(callable) && py2c_obj_ptr(callable)->type == &py2c_function_type && PY2C_IS_NULL(kwnames)) {
        /* py2c_function_bind's result when the arguments fill exactly the
         * positional parameters: the body takes the references */
        Py2cFunction *f = (Py2cFunction *)py2c_obj_ptr(callable);
        const Py2cFuncInfo *info = f->info;
        if (info->flags == 0 && info->nkwonly == 0 && (size_t)info->npos == nargs + 1 && nargs < 16) {
            Py2cValue params[16];
            py2c_incref(self_or_null);
            params[0] = self_or_null;
            for (size_t i = 0; i < nargs; i++) py2c_incref(params[i + 1] = args[i]);
            return info->body(f, params);
        }
    }
    size_t nkw = PY2C_IS_NULL(kwnames) ? 0 : (size_t)py2c__tuple_size(kwnames);
    size_t total = 1 + nargs + nkw;
    Py2cValue small[16];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * total);
    if (!buf) return py2c_error_nomemory();
    buf[0] = self_or_null;
    if (nargs + nkw) memcpy(buf + 1, args, sizeof *buf * (nargs + nkw));
    Py2cValue r = py2c_call(callable, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
    return r;
}

/* ---- inline caches (Py2cAttrCache, py2c/abstract.h) ----------------------------------- */

enum {
    IC_NONE,      /* nothing cached */
    IC_DICT,      /* load: no class attribute: the instance __dict__ only */
    IC_CLASSATTR, /* load: a non-data class attribute (value, in owner), after the instance __dict__ */
    IC_DATA,      /* load: a data descriptor (value, in owner): bound, the __dict__ unseen */
    IC_GETSET,    /* load: a built-in getset (value: its Py2cGetSetDef) */
    IC_METHOD,    /* method lookup: a function (value, in owner), unless the __dict__ shadows it */
    IC_SETDICT,   /* store: straight into the instance __dict__ (no data descriptor, no __setattr__) */
    IC_SLOT,      /* load: slot `value` of the type's layout (no data descriptor), a class attribute after it */
    IC_SETSLOT,   /* store: slot `value` (no data descriptor, no __setattr__) */
    IC_BUILTIN,   /* method lookup on a built-in (static) type: `value` is the method's immortal MethodRef */
};
/* IC_BUILTIN entries are for static types only: their method tables never
 * change and their instances have no __dict__ (a condition of the entry), so
 * the entry has no version tag (static types have none) and is never stale. */
/* For a type with a layout (py2c/layout.h), a layout name is cached only as
 * IC_SLOT/IC_SETSLOT (or a data descriptor/getset kind), and the other kinds
 * only for names outside it: a SLOT-mode instance has none of those in its
 * own storage, so their paths read the (absent) __dict__ as before. */

typedef struct IcEntry {
    uint32_t kind;
    const Py2cType *owner;
    uint64_t value;
} IcEntry;

/* One way of ic: whole and current for type t. */
static inline bool way_read(Py2cAttrCacheWay *w, const Py2cType *t, IcEntry *e) {
    uint32_t seq = atomic_load_explicit(&w->seq, memory_order_acquire);
    if (atomic_load_explicit(&w->type, memory_order_relaxed) != (uintptr_t)t) return false;
    e->kind = atomic_load_explicit(&w->kind, memory_order_relaxed);
    e->owner = (const Py2cType *)atomic_load_explicit(&w->owner, memory_order_relaxed);
    e->value = atomic_load_explicit(&w->value, memory_order_relaxed);
    uint64_t epoch = atomic_load_explicit(&w->epoch, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    if ((seq & 1) || atomic_load_explicit(&w->seq, memory_order_relaxed) != seq) return false;
    return e->kind == IC_BUILTIN || epoch == py2c__type_version(t); /* else w->type is t: a heap type */
}

/* The way of ic holding a whole, current entry for type t (copied to *e), or NULL. */
static inline Py2cAttrCacheWay *ic_read(Py2cAttrCache *ic, const Py2cType *t, IcEntry *e) {
    if (PY2C__LIKELY(!py2c__preemptive())) {
        /* no other thread runs meanwhile, so no way is half written (a
         * writer never yields): plain reads, no sequence check */
        for (int i = 0; i < PY2C_ATTR_CACHE_WAYS; i++) {
            Py2cAttrCacheWay *w = &ic->way[i];
            if (atomic_load_explicit(&w->type, memory_order_relaxed) != (uintptr_t)t) continue;
            e->kind = atomic_load_explicit(&w->kind, memory_order_relaxed);
            /* (unless IC_BUILTIN, w->type is t: a heap type) */
            if (e->kind != IC_BUILTIN && atomic_load_explicit(&w->epoch, memory_order_relaxed) != py2c__type_version(t))
                return NULL;
            e->owner = (const Py2cType *)atomic_load_explicit(&w->owner, memory_order_relaxed);
            e->value = atomic_load_explicit(&w->value, memory_order_relaxed);
            return w;
        }
        return NULL;
    }
    for (int i = 0; i < PY2C_ATTR_CACHE_WAYS; i++)
        if (way_read(&ic->way[i], t, e)) return &ic->way[i];
    return NULL;
}

/* Fills a way of ic for t (the one t had, else an empty one, else the
 * victim), skipped when another thread is writing it. epoch: t's version
 * tag read before the lookup that produced the entry, so a change
 * meanwhile makes it stale. */
static void ic_write(Py2cAttrCache *ic, const Py2cType *t, uint64_t epoch, uint32_t kind, const Py2cType *owner,
                     uint64_t value) {
    if (epoch == 0) return; /* t is being made */
    Py2cAttrCacheWay *w = NULL;
    for (int i = 0; i < PY2C_ATTR_CACHE_WAYS && !w; i++)
        if (atomic_load_explicit(&ic->way[i].type, memory_order_relaxed) == (uintptr_t)t) w = &ic->way[i];
    for (int i = 0; i < PY2C_ATTR_CACHE_WAYS && !w; i++)
        if (atomic_load_explicit(&ic->way[i].type, memory_order_relaxed) == 0) w = &ic->way[i];
    if (!w) w = &ic->way[atomic_fetch_add_explicit(&ic->victim, 1, memory_order_relaxed) % PY2C_ATTR_CACHE_WAYS];
    uint32_t seq = atomic_load_explicit(&w->seq, memory_order_relaxed);
    if ((seq & 1) || !atomic_compare_exchange_strong_explicit(&w->seq, &seq, seq + 1, memory_order_acquire,
                                                              memory_order_relaxed))
        return;
    atomic_thread_fence(memory_order_release);
    if (atomic_load_explicit(&w->type, memory_order_relaxed) != (uintptr_t)t)
        atomic_store_explicit(&w->hint, 0, memory_order_relaxed);
    atomic_store_explicit(&w->type, (uintptr_t)t, memory_order_relaxed);
    atomic_store_explicit(&w->kind, kind, memory_order_relaxed);
    atomic_store_explicit(&w->owner, (uintptr_t)owner, memory_order_relaxed);
    atomic_store_explicit(&w->value, value, memory_order_relaxed);
    atomic_store_explicit(&w->epoch, epoch, memory_order_relaxed);
    atomic_store_explicit(&w->seq, seq + 2, memory_order_release);
}

static Py2cValue ic_class_value_threaded(const IcEntry *e, Py2cValue name);

/* The cached class value as a new reference, or PY2C_NULL (no exception)
 * when another thread rebound it since: then the caller takes the slow path. */
static inline Py2cValue ic_class_value(const IcEntry *e, Py2cValue name) {
    Py2cValue v = {e->value};
    if (PY2C__LIKELY(!py2c__preemptive())) {
        py2c_incref(v); /* the namespace holds it: the version tag says nothing changed */
        return v;
    }
    return ic_class_value_threaded(e, name);
}

static Py2cValue ic_class_value_threaded(const IcEntry *e, Py2cValue name) {
    Py2cValue v = {e->value};
    Py2cValue cur = py2c__dict_get(((const Py2cHeapType *)e->owner)->ns, name);
    if (cur.bits == v.bits) return cur;
    py2c_decref(cur);
    if (py2c_error_occurred()) py2c_error_clear();
    return PY2C_NULL;
}

/* Instance __dict__ access through the site's hint: instances of a class
 * usually get their attributes in the same order, so the entry index where
 * the site found its name last time is where it is in the next instance
 * too (CPython's split keys give it the same effect). The hint is only a
 * guess, checked against the entry's key under the dict's stripe. */
static int64_t dict_find_index(Py2cDict *d, Py2cValue name) { /* the caller holds d's stripe */
    int64_t n = d->nentries < 32 ? d->nentries : 32;
    for (int64_t i = 0; i < n; i++)
        if (d->entries[i].key.bits == name.bits) return i + 1;
    return 0;
}

/* d[name] as a new reference; PY2C_NULL without an exception when missing. */
static Py2cValue dict_get_hinted(Py2cValue dv, Py2cValue name, Py2cAttrCacheWay *ic) {
    Py2cDict *d = py2c_dict_ptr(dv);
    int64_t hint = atomic_load_explicit(&ic->hint, memory_order_relaxed);
    Py2cStripe *lk = py2c__lock(d);
    if (hint > 0 && hint <= d->nentries && d->entries[hint - 1].key.bits == name.bits) {
        Py2cValue v = d->entries[hint - 1].value;
        py2c_incref(v);
        py2c__unlock(lk);
        return v;
    }
    py2c__unlock(lk);
    Py2cValue v = py2c__dict_get(dv, name);
    if (!PY2C_IS_NULL(v)) {
        lk = py2c__lock(d);
        hint = dict_find_index(d, name);
        py2c__unlock(lk);
        if (hint) atomic_store_explicit(&ic->hint, hint, memory_order_relaxed);
    }
    return v;
}

/* d[name] = value through the hint: 0 or -1. */
static int dict_set_hinted(Py2cValue dv, Py2cValue name, Py2cValue value, Py2cAttrCacheWay *ic) {
    Py2cDict *d = py2c_dict_ptr(dv);
    int64_t hint = atomic_load_explicit(&ic->hint, memory_order_relaxed);
    Py2cStripe *lk = py2c__lock(d);
    if (hint > 0 && hint <= d->nentries && d->entries[hint - 1].key.bits == name.bits) {
        Py2cValue old = d->entries[hint - 1].value; /* as dict.c's insert of a present key */
        py2c_incref(value);
        d->entries[hint - 1].value = value;
        py2c__unlock(lk);
        py2c_decref(old);
        return 0;
    }
    py2c__unlock(lk);
    if (py2c_dict_setitem(dv, name, value) < 0) return -1;
    lk = py2c__lock(d);
    hint = dict_find_index(d, name);
    py2c__unlock(lk);
    if (hint) atomic_store_explicit(&ic->hint, hint, memory_order_relaxed);
    return 0;
}

/* Whether the sites of obj's type may be cached: instances of user classes
 * (not classes: their lookup is type_getattr's). */
static bool ic_cacheable(Py2cValue obj, Py2cValue name) {
    if (!py2c_is_obj(obj) || !py2c_is_str(name)) return false;
    const Py2cType *t = py2c_obj_ptr(obj)->type;
    return py2c__is_heaptype(t) && !is_type_object(obj);
}

/* Whether method lookups of name on obj may be cached as IC_BUILTIN: an
 * instance of a built-in (static) type without a __dict__ (so nothing of the
 * instance shadows the type's methods), neither a class nor a super object. */
static bool builtin_cacheable(Py2cValue obj, Py2cValue name) {
    if (!py2c_is_obj(obj) || !py2c_is_str(name)) return false;
    const Py2cType *t = py2c_obj_ptr(obj)->type;
    return !py2c__is_heaptype(t) && !t->dictoffset && t != &py2c_super_type && !is_type_object(obj);
}

static Py2cValue getattr_miss(Py2cValue obj, Py2cValue name, Py2cAttrCache *ic) {
    if (ic_cacheable(obj, name)) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        uint64_t epoch = py2c__type_version(t);
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        const Py2cType *owner = NULL;
        int has = lookup_owned(t, name, &found, &m, &g, &owner);
        int slot = py2c__layout_index(t, name);
        if (slot >= 0) {
            if (!(atomic_load_explicit(&t->slot_flags, memory_order_relaxed) & PY2C_SLOTS_VALID))
                py2c__layout_refresh(t);
            if (!has || (!g && !PY2C_IS_NULL(found) && !py2c_type_of(found)->descr_set))
                ic_write(ic, t, epoch, IC_SLOT, NULL, (uint64_t)slot);
            else if (g) ic_write(ic, t, epoch, IC_GETSET, NULL, (uint64_t)(uintptr_t)g);
            else if (!PY2C_IS_NULL(found) && py2c__is_heaptype(owner))
                ic_write(ic, t, epoch, IC_DATA, owner, found.bits);
        } else if (!has) ic_write(ic, t, epoch, IC_DICT, NULL, 0);
        else if (g) ic_write(ic, t, epoch, IC_GETSET, NULL, (uint64_t)(uintptr_t)g);
        else if (!PY2C_IS_NULL(found) && py2c__is_heaptype(owner))
            ic_write(ic, t, epoch, py2c_type_of(found)->descr_set ? IC_DATA : IC_CLASSATTR, owner, found.bits);
        py2c_decref(found);
    }
    return py2c_getattr(obj, name);
}

Py2cValue py2c_getattr_ic(Py2cValue obj, Py2cValue name, Py2cAttrCache *ic) {
    IcEntry e;
    Py2cAttrCacheWay *w;
    if (py2c_is_obj(obj) && (w = ic_read(ic, py2c_obj_ptr(obj)->type, &e))) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        Py2cValue d = PY2C_NULL, v, r;
        switch (e.kind) {
        case IC_SLOT:
            if (PY2C__LIKELY(!py2c__preemptive())) {
                v = ((Py2cInstanceHead *)py2c_obj_ptr(obj))->slots[e.value]; /* PY2C_NULL: unset or DICT mode */
                if (PY2C__LIKELY(!PY2C_IS_NULL(v))) {
                    py2c_incref(v);
                    return v;
                }
            } else if (!PY2C_IS_NULL(v = py2c__slot_get(obj, (int)e.value))) {
                return v;
            }
            if (!(atomic_load_explicit(&t->slot_flags, memory_order_relaxed) & PY2C_SLOTS_VALID))
                py2c__layout_refresh(t); /* for the inline fast paths (py2c/layout.h) */
            d = py2c__dict_load(obj);
            if (!PY2C_IS_NULL(d)) {
                v = dict_get_hinted(d, name, w);
                if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
            }
            return py2c_getattr(obj, name); /* unset: a class attribute, __getattr__ or the AttributeError */
        case IC_DICT:
        case IC_CLASSATTR:
            d = t->dictoffset ? py2c__dict_load(obj) : PY2C_NULL;
            if (!PY2C_IS_NULL(d)) {
                v = dict_get_hinted(d, name, w);
                if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
            }
            if (e.kind == IC_DICT) break; /* missing: __getattr__ or the AttributeError */
            goto class_value;
        case IC_DATA:
        class_value:
            v = ic_class_value(&e, name);
            if (PY2C_IS_NULL(v)) break;
            r = py2c__descr_bind(v, obj, t);
            py2c_decref(v);
            return r;
        case IC_GETSET: return ((const Py2cGetSetDef *)(uintptr_t)e.value)->get(obj);
        default: break;
        }
    }
    return getattr_miss(obj, name, ic);
}

int py2c_setattr_ic(Py2cValue obj, Py2cValue name, Py2cValue value, Py2cAttrCache *ic) {
    IcEntry e;
    Py2cAttrCacheWay *w;
    if (py2c_is_obj(obj) && (w = ic_read(ic, py2c_obj_ptr(obj)->type, &e))) {
        if (e.kind == IC_SETSLOT) {
            const Py2cType *t = py2c_obj_ptr(obj)->type;
            if (!(atomic_load_explicit(&t->slot_flags, memory_order_relaxed) & PY2C_SLOTS_VALID))
                py2c__layout_refresh(t); /* for the inline fast paths (py2c/layout.h) */
            return py2c__slot_set(obj, (int)e.value, name, value);
        }
        if (e.kind == IC_SETDICT) {
            /* the first attribute makes the dict (as py2c__generic_setattr);
             * an instance with a layout goes to DICT mode (a name outside it) */
            Py2cValue d = py2c__object_dict(obj, true);
            return PY2C_IS_NULL(d) ? -1 : dict_set_hinted(d, name, value, w);
        }
    }
    if (ic_cacheable(obj, name) && !PY2C_IS_NULL(value)) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        uint64_t epoch = py2c__type_version(t);
        if (t->dictoffset && PY2C_IS_NULL(py2c__heap_lookup_str(t, PY2C__STR_VAL(s_setattr), NULL))) {
            if (py2c_error_occurred()) py2c_error_clear();
            Py2cValue found;
            const Py2cMethodDef *m;
            const Py2cGetSetDef *g;
            int has = lookup_owned(t, name, &found, &m, &g, NULL);
            if (!has || (!g && (PY2C_IS_NULL(found) || !py2c_type_of(found)->descr_set))) {
                int slot = py2c__layout_index(t, name);
                ic_write(ic, t, epoch, slot >= 0 ? IC_SETSLOT : IC_SETDICT, NULL, slot >= 0 ? (uint64_t)slot : 0);
            }
            py2c_decref(found);
        }
    }
    return py2c_setattr(obj, name, value);
}

/* (kept out of line: its frame would slow the fast path down) */
#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif
NOINLINE static int method_lookup_ic_slow(Py2cValue obj, Py2cValue name, Py2cValue *callable,
                                          Py2cValue *self_or_null, Py2cAttrCache *ic);

int py2c_method_lookup_ic(Py2cValue obj, Py2cValue name, Py2cValue *callable, Py2cValue *self_or_null,
                          Py2cAttrCache *ic) {
    /* the usual cases, single-threaded (see ic_read): a method of a class
     * that the instance's own attributes do not shadow, a built-in type's method */
    if (PY2C__LIKELY(py2c_is_obj(obj) && !py2c__preemptive())) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        for (int i = 0; i < PY2C_ATTR_CACHE_WAYS; i++) {
            Py2cAttrCacheWay *w = &ic->way[i];
            if (atomic_load_explicit(&w->type, memory_order_relaxed) != (uintptr_t)t) continue;
            uint32_t kind = atomic_load_explicit(&w->kind, memory_order_relaxed);
            if (kind == IC_BUILTIN) {
                *callable = (Py2cValue){atomic_load_explicit(&w->value, memory_order_relaxed)}; /* immortal */
                py2c_incref(obj);
                *self_or_null = obj;
                return 0;
            }
            if (kind != IC_METHOD || atomic_load_explicit(&w->epoch, memory_order_relaxed) != py2c__type_version(t))
                break;
            Py2cValue d = t->dictoffset ? py2c__dict_load(obj) : PY2C_NULL; /* name is outside any layout */
            if (!PY2C_IS_NULL(d)) break; /* (the slow path looks into it) */
            Py2cValue f = {atomic_load_explicit(&w->value, memory_order_relaxed)};
            py2c_incref(f); /* the namespace holds it: the version tag says nothing changed */
            py2c_incref(obj);
            *callable = f;
            *self_or_null = obj;
            return 0;
        }
    }
    return method_lookup_ic_slow(obj, name, callable, self_or_null, ic);
}

NOINLINE static int method_lookup_ic_slow(Py2cValue obj, Py2cValue name, Py2cValue *callable,
                                          Py2cValue *self_or_null, Py2cAttrCache *ic) {
    IcEntry e;
    bool hit = py2c_is_obj(obj) && ic_read(ic, py2c_obj_ptr(obj)->type, &e);
    if (hit && e.kind == IC_BUILTIN) {
        *callable = (Py2cValue){e.value}; /* immortal */
        py2c_incref(obj);
        *self_or_null = obj;
        return 0;
    }
    if (hit && e.kind == IC_METHOD) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        Py2cValue d = t->dictoffset ? py2c__dict_load(obj) : PY2C_NULL; /* name is outside any layout */
        int shadowed = PY2C_IS_NULL(d) ? 0 : py2c_dict_contains(d, name);
        if (shadowed == 0) {
            Py2cValue f = ic_class_value(&e, name);
            if (!PY2C_IS_NULL(f)) {
                py2c_incref(obj);
                *callable = f;
                *self_or_null = obj;
                return 0;
            }
        } else if (shadowed < 0) {
            *callable = *self_or_null = PY2C_NULL;
            return -1;
        }
    } else if (ic_cacheable(obj, name)) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        uint64_t epoch = py2c__type_version(t);
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        const Py2cType *owner = NULL;
        if (lookup_owned(t, name, &found, &m, &g, &owner) && is_function(found) && py2c__is_heaptype(owner) &&
            py2c__layout_index(t, name) < 0)
            ic_write(ic, t, epoch, IC_METHOD, owner, found.bits);
        py2c_decref(found);
    } else if (builtin_cacheable(obj, name)) {
        /* the choices of py2c_method_lookup for a method def, as its pool object */
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        const Py2cType *owner = NULL;
        if (lookup_owned(t, name, &found, &m, &g, &owner) && m && !g && !py2c__is_classmethod(owner, m)) {
            const Py2cMethodDef *w = owner == &py2c_object_type && overrides_object_text(t, name) ? slot_wrapper(t, name)
                                                                                                 : NULL;
            Py2cValue r = method_ref(w ? w : m);
            if (!PY2C_IS_NULL(r)) {
                ic_write(ic, t, 1, IC_BUILTIN, NULL, r.bits);
                py2c_decref(found);
                py2c_incref(obj);
                *callable = r; /* immortal */
                *self_or_null = obj;
                return 0;
            }
        }
        py2c_decref(found);
    }
    return py2c_method_lookup(obj, name, callable, self_or_null);
}

Py2cValue py2c__class_lookup_ic(const Py2cType *t, Py2cValue name, Py2cAttrCache *ic) {
    IcEntry e;
    if (ic_read(ic, t, &e)) {
        if (e.kind == IC_DICT) return PY2C_NULL;
        Py2cValue v = ic_class_value(&e, name);
        if (!PY2C_IS_NULL(v)) return v;
    }
    for (;;) {
        uint64_t epoch = py2c__type_version(t);
        const Py2cType *owner = NULL;
        Py2cValue v = py2c__heap_lookup_str(t, name, &owner); /* borrowed: only its bits are used */
        if (PY2C_IS_NULL(v)) {
            if (py2c_error_occurred()) py2c_error_clear();
            ic_write(ic, t, epoch, IC_DICT, NULL, 0);
            return v;
        }
        IcEntry found = {IC_CLASSATTR, owner, v.bits};
        Py2cValue r = ic_class_value(&found, name); /* a safe reference, or the class changed: again */
        if (!PY2C_IS_NULL(r)) {
            ic_write(ic, t, epoch, IC_CLASSATTR, owner, v.bits);
            return r;
        }
    }
}
