/* The type `type`: repr, calls (type(x), type(name, bases, ns), creating
 * instances), the class attributes (__name__, __mro__, __dict__, ...),
 * attribute lookup and assignment on classes (assignment of a dunder
 * updates the class's slots), and method descriptors (str.upper). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sync_internal.h"

static const Py2cType *as_type(Py2cValue v) { return (const Py2cType *)py2c_obj_ptr(v); }

/* The types CPython implements in C with a dotted tp_name (its messages say
 * "unhashable type: 'collections.deque'" where type(x).__name__ is
 * 'deque'). Types CPython
 * writes in Python (Counter, CacheInfo, os._Environ, dataclasses, enum) keep
 * their plain name. */
static const struct {
    const char *module, *name, *tpname;
} tpnames[] = {
    {"collections", "deque", "collections.deque"},
    {"collections", "defaultdict", "collections.defaultdict"},
    {"collections", "OrderedDict", "collections.OrderedDict"},
    {"_collections", "_deque_iterator", "_collections._deque_iterator"},
    {"_collections", "_deque_reverse_iterator", "_collections._deque_reverse_iterator"},
    {"functools", "partial", "functools.partial"},
    {"functools", "KeyWrapper", "functools.KeyWrapper"},
    {"functools", "_lru_cache_wrapper", "functools._lru_cache_wrapper"},
    {"operator", "itemgetter", "operator.itemgetter"},
    {"operator", "attrgetter", "operator.attrgetter"},
    {"operator", "methodcaller", "operator.methodcaller"},
    {"_io", "TextIOWrapper", "_io.TextIOWrapper"},
    {"io", "UnsupportedOperation", "io.UnsupportedOperation"},
    {"itertools", "_grouper", "itertools._grouper"},
    {"itertools", "_tee", "itertools._tee"},
    {"itertools", "_tee_dataobject", "itertools._tee_dataobject"},
    {"itertools", "accumulate", "itertools.accumulate"},
    {"itertools", "chain", "itertools.chain"},
    {"itertools", "combinations", "itertools.combinations"},
    {"itertools", "combinations_with_replacement", "itertools.combinations_with_replacement"},
    {"itertools", "compress", "itertools.compress"},
    {"itertools", "count", "itertools.count"},
    {"itertools", "cycle", "itertools.cycle"},
    {"itertools", "dropwhile", "itertools.dropwhile"},
    {"itertools", "filterfalse", "itertools.filterfalse"},
    {"itertools", "groupby", "itertools.groupby"},
    {"itertools", "islice", "itertools.islice"},
    {"itertools", "pairwise", "itertools.pairwise"},
    {"itertools", "permutations", "itertools.permutations"},
    {"itertools", "product", "itertools.product"},
    {"itertools", "repeat", "itertools.repeat"},
    {"itertools", "starmap", "itertools.starmap"},
    {"itertools", "takewhile", "itertools.takewhile"},
    {"itertools", "zip_longest", "itertools.zip_longest"},
};

const char *py2c__type_tpname(const Py2cType *t) {
    if (py2c__is_heaptype(t) || !t->module) return t->name;
    for (size_t i = 0; i < sizeof tpnames / sizeof tpnames[0]; i++) {
        if (strcmp(t->module, tpnames[i].module) == 0 && strcmp(t->name, tpnames[i].name) == 0)
            return tpnames[i].tpname;
    }
    return t->name;
}

static const char *name_text(Py2cValue name) { return py2c_is_str(name) ? py2c__as_str(name)->data : "?"; }

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

Py2cValue py2c__type_new3(const Py2cType *meta, const Py2cValue *args, size_t nargs) {
    if (nargs != 3) return py2c_error_format(&py2c_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                                 py2c_type_name(args[0]));
    if (!py2c_is_obj(args[1]) || py2c_obj_ptr(args[1])->type != &py2c_tuple_type)
        return py2c_error_format(&py2c_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                                 py2c_type_name(args[1]));
    if (!py2c_is_obj(args[2]) || !py2c__is_subtype(py2c_obj_ptr(args[2])->type, &py2c_dict_type))
        return py2c_error_format(&py2c_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                                 py2c_type_name(args[2]));
    const char *name = py2c__as_str(args[0])->data;
    return py2c_class_new_meta(meta, name, name, "__main__", args[1], args[2]);
}

static Py2cValue type_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = as_type(self);
    if (t == &py2c_type_type) {
        int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
        if (nargs == 1 && nkw == 0) {
            Py2cValue r = py2c_type_value(py2c_type_of(args[0]));
            py2c_incref(r);
            return r;
        }
        if (nargs == 3 && nkw == 0) return py2c__type_new3(t, args, nargs);
        return py2c_error_format(&py2c_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_) return py2c_error_format(&py2c_exc_TypeError, "cannot create '%s' instances", py2c__type_tpname(t));
    return t->new_(self, args, nargs, kwnames);
}

/* ---- class attributes ------------------------------------------------------------- */

static Py2cValue str_of(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

static Py2cValue type_get_name(Py2cValue self) { return str_of(as_type(self)->name); }
static Py2cValue type_get_qualname(Py2cValue self) { return str_of(py2c__type_qualname(as_type(self))); }
static Py2cValue type_get_module(Py2cValue self) {
    const Py2cType *t = as_type(self);
    if (py2c__is_heaptype(t)) {
        Py2cValue m = py2c__heap_lookup(t, "__module__");
        if (!PY2C_IS_NULL(m)) {
            py2c_incref(m);
            return m;
        }
    }
    return str_of(t->module ? t->module : "builtins");
}
static Py2cValue type_get_base(Py2cValue self) {
    const Py2cType *b = as_type(self)->base;
    if (!b) return PY2C_NONE;
    py2c_incref(py2c_type_value(b));
    return py2c_type_value(b);
}
static Py2cValue type_get_mro(Py2cValue self) {
    const Py2cType *t = as_type(self);
    size_t n = 0;
    while (py2c__mro_item(t, (int64_t)n)) n++;
    Py2cValue *items = malloc(n * sizeof *items);
    if (!items) return py2c_error_nomemory();
    for (size_t i = 0; i < n; i++) items[i] = py2c_type_value(py2c__mro_item(t, (int64_t)i));
    Py2cValue r = py2c_tuple_pack(n, items);
    free(items);
    return r;
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
        static Py2cStr s_doc = PY2C_STR_STATIC("__doc__", 7, 7);
        Py2cValue d = py2c__dict_get(((const Py2cHeapType *)t)->ns, py2c_obj_value(&s_doc.ob));
        if (!PY2C_IS_NULL(d) || py2c_error_occurred()) return d;
    }
    return PY2C_NONE;
}
/* The class namespace, as a copy (CPython's read-only mappingproxy). */
static Py2cValue type_get_dict(Py2cValue self) {
    const Py2cType *t = as_type(self);
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d) || !py2c__is_heaptype(t)) return d;
    if (py2c_dict_update(d, ((const Py2cHeapType *)t)->ns) < 0) PY2C_CLEAR(d);
    return d;
}

static const Py2cGetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, NULL},
    {"__module__", type_get_module, NULL},
    {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__doc__", type_get_doc, NULL},
    {"__dict__", type_get_dict, NULL},
    {NULL, NULL, NULL},
};

static Py2cValue type_m_mro(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (nargs || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "type.mro() takes no arguments (%zu given)", nargs);
    Py2cValue t = type_get_mro(self);
    if (PY2C_IS_NULL(t)) return t;
    int64_t n = py2c__tuple_size(t);
    Py2cValue l = py2c_list_new(0);
    for (int64_t i = 0; !PY2C_IS_NULL(l) && i < n; i++)
        if (py2c_list_append(l, py2c__tuple_item(t, i)) < 0) PY2C_CLEAR(l);
    py2c_decref(t);
    return l;
}

static Py2cValue type_m_subclasscheck(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 1 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 1 argument, got %zu", nargs);
    int r = py2c_issubclass(args[0], self);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static Py2cValue type_m_instancecheck(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 1 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 1 argument, got %zu", nargs);
    int r = py2c_isinstance(args[0], self);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static const Py2cMethodDef type_methods[] = {
    {"mro", type_m_mro},
    {"__subclasscheck__", type_m_subclasscheck},
    {"__instancecheck__", type_m_instancecheck},
    {NULL, NULL},
};

/* ---- method descriptors --------------------------------------------------------------- */
/* A built-in type's method looked up on the type (str.upper); calling it
 * takes the instance as first argument. */
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
                                 d->def->name, py2c__type_tpname(d->owner), py2c_type_name(args[0]));
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Py2cValue descr_repr(Py2cValue self) {
    MethodDescr *d = (MethodDescr *)py2c_obj_ptr(self);
    char buf[300];
    int n = snprintf(buf, sizeof buf, "<method '%.100s' of '%.100s' objects>", d->def->name,
                     py2c__type_tpname(d->owner));
    return py2c_str_from_utf8(buf, n);
}

/* list.append.__get__(obj): the method bound to obj. */
static Py2cValue descr_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)type;
    if (PY2C_IS_NULL(obj) || py2c_is_none(obj)) {
        py2c_incref(self);
        return self;
    }
    return py2c__bind_builtin(((MethodDescr *)py2c_obj_ptr(self))->def, obj);
}

const Py2cType py2c_method_descriptor_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "method_descriptor",
    .base = &py2c_object_type,
    .basicsize = sizeof(MethodDescr),
    .repr = descr_repr,
    .hash = py2c_object_hash,
    .call = descr_call,
    .descr_get = descr_get,
};

/* ---- attribute lookup and assignment on classes ------------------------------------------ */

static int is_data_descr(Py2cValue v) { return py2c_type_of(v)->descr_set != NULL; }

/* CPython's type_getattro: data descriptors of the metatype, the class's
 * own MRO (descriptors bound with no instance), then the metatype's other
 * attributes bound to the class. */
Py2cValue py2c_type_getattr(Py2cValue self, Py2cValue name) {
    const Py2cType *t = as_type(self);
    const Py2cType *meta = py2c_obj_ptr(self)->type;
    Py2cValue mfound;
    const Py2cMethodDef *mm;
    const Py2cGetSetDef *mg;
    const Py2cType *mowner = NULL;
    int mhas = py2c__type_lookup(meta, name, &mfound, &mm, &mg, &mowner);
    if (mhas && mg) return mg->get(self);
    if (mhas && !PY2C_IS_NULL(mfound) && is_data_descr(mfound)) return py2c__descr_bind(mfound, self, meta);

    Py2cValue found;
    const Py2cMethodDef *m;
    const Py2cGetSetDef *gs;
    const Py2cType *owner = NULL;
    if (py2c__type_lookup(t, name, &found, &m, &gs, &owner)) {
        if (!PY2C_IS_NULL(found)) return py2c__descr_bind(found, PY2C_NULL, t);
        if (m && py2c__is_classmethod(owner, m)) return py2c__bind_builtin(m, self);
        if (m) {
            MethodDescr *d = (MethodDescr *)py2c__object_new(&py2c_method_descriptor_type, sizeof *d);
            if (!d) return PY2C_NULL;
            d->def = m;
            d->owner = owner;
            return py2c_obj_value(&d->ob);
        }
    }
    if (mhas && !PY2C_IS_NULL(mfound)) return py2c__descr_bind(mfound, self, meta);
    if (mhas && mm) return py2c__bind_builtin(mm, self);
    return PY2C_NULL; /* generic AttributeError from the caller */
}

static int is_dunder(Py2cValue name) {
    if (!py2c_is_str(name)) return 0;
    const Py2cStr *s = py2c__as_str(name);
    return s->len > 4 && memcmp(s->data, "__", 2) == 0 && memcmp(s->data + s->len - 2, "__", 2) == 0;
}

/* ---- the registry of live user classes -------------------------------------------------- */
/* Read and changed under the stripe of `registry` (recursive, so a slot
 * update that frees nothing may run under it). */
static struct {
    const Py2cType **items;
    size_t len, cap;
} registry;

/* Version tags: taken from one counter, so a tag names one class in one
 * state for the whole run (a class made at a freed one's address never
 * matches what was cached for the old one). */
static _Atomic uint64_t next_version = 1;

static void new_version(const Py2cType *t) {
    uint64_t v = atomic_fetch_add_explicit(&next_version, 1, memory_order_relaxed);
    atomic_store_explicit(&((Py2cHeapType *)t)->version, v, memory_order_release);
}

/* A new tag for t, unless it is being made (tag 0: nothing is cached for it);
 * then its slot flags go (after the tag: see py2c__layout_refresh). */
static void bump_version(const Py2cType *t) {
    if (atomic_load_explicit(&((Py2cHeapType *)t)->version, memory_order_relaxed) != 0) new_version(t);
    py2c__layout_changed(t);
}

void py2c__type_ready(const Py2cType *t) { new_version(t); }

/* Counts t in the live subclasses of its user-class ancestors (add: +1 or -1). */
static void count_subclass(const Py2cType *t, int64_t add) {
    const Py2cType *b;
    for (int64_t i = 1; (b = py2c__mro_item(t, i)) != NULL; i++)
        if (py2c__is_heaptype(b))
            atomic_fetch_add_explicit(&((Py2cHeapType *)b)->nsubclasses, add, memory_order_relaxed);
}

void py2c__heap_type_register(const Py2cType *t) {
    Py2cStripe *lk = py2c__lock(&registry);
    if (registry.len == registry.cap) {
        size_t cap = registry.cap ? 2 * registry.cap : 64;
        const Py2cType **items = realloc(registry.items, sizeof *items * cap);
        if (!items) { /* then its subclasses' slots miss later dunder changes, as before */
            py2c__unlock(lk);
            return;
        }
        registry.items = items;
        registry.cap = cap;
    }
    registry.items[registry.len++] = t;
    count_subclass(t, 1);
    py2c__unlock(lk);
}

static void heap_type_unregister(const Py2cType *t) {
    Py2cStripe *lk = py2c__lock(&registry);
    for (size_t i = registry.len; i-- > 0;)
        if (registry.items[i] == t) {
            registry.items[i] = registry.items[--registry.len];
            count_subclass(t, -1);
            break;
        }
    if (registry.len == 0) {
        free(registry.items);
        registry.items = NULL;
        registry.cap = 0;
    }
    py2c__unlock(lk);
}

/* Slots of t and of every live subclass, after a dunder of t changed (a
 * subclass inherits t's __getattr__, __len__...: CPython's update_subclasses). */
static void update_slots_down(const Py2cType *t) {
    py2c__class_update_slots((Py2cType *)t);
    Py2cStripe *lk = py2c__lock(&registry);
    for (size_t i = 0; i < registry.len; i++)
        if (registry.items[i] != t && py2c__is_subtype(registry.items[i], t))
            py2c__class_update_slots((Py2cType *)registry.items[i]);
    py2c__unlock(lk);
}

void py2c__type_changed(const Py2cType *t) {
    bump_version(t);
    /* a class without subclasses (the common `Counter.total += 1`) needs no
     * walk: a subclass counts itself in before it gets its first tag */
    if (atomic_load_explicit(&((const Py2cHeapType *)t)->nsubclasses, memory_order_acquire) == 0) return;
    Py2cStripe *lk = py2c__lock(&registry);
    for (size_t i = 0; i < registry.len; i++)
        if (registry.items[i] != t && py2c__is_subtype(registry.items[i], t)) bump_version(registry.items[i]);
    py2c__unlock(lk);
}

void py2c__type_modified(void) {
    Py2cStripe *lk = py2c__lock(&registry);
    for (size_t i = 0; i < registry.len; i++) bump_version(registry.items[i]);
    py2c__unlock(lk);
}

static int type_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    const Py2cType *t = as_type(self);
    if (!py2c__is_heaptype(t)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                                name_text(name), py2c__type_tpname(t));
        return -1;
    }
    /* data descriptors of the metatype (a property on a metaclass) */
    const Py2cType *meta = py2c_obj_ptr(self)->type;
    if (meta != &py2c_type_type) {
        Py2cValue d = py2c__heap_lookup_str(meta, name, NULL);
        if (!PY2C_IS_NULL(d) && is_data_descr(d)) return py2c_type_of(d)->descr_set(d, self, value);
    }
    for (const Py2cGetSetDef *g = type_getset; g->name; g++)
        if (py2c__str_eq_cstr(name, g->name) && strcmp(g->name, "__doc__") != 0 && strcmp(g->name, "__module__") != 0) {
            (void)py2c_error_format(&py2c_exc_AttributeError, "py2c: cannot set '%s' attribute of a class", g->name);
            return -1;
        }
    Py2cValue ns = ((const Py2cHeapType *)t)->ns;
    int rc;
    /* before the change too: the old value's release may run code (a
     * __del__) that looks attributes up meanwhile */
    py2c__type_changed(t);
    if (PY2C_IS_NULL(value)) {
        Py2cValue old = py2c__dict_get(ns, name);
        if (PY2C_IS_NULL(old)) {
            if (py2c_error_occurred()) return -1;
            (void)py2c_error_format(&py2c_exc_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                                    name_text(name));
            return -1;
        }
        py2c_decref(old);
        rc = py2c_delitem(ns, name);
    } else {
        rc = py2c_dict_setitem(ns, name, value);
    }
    if (rc == 0 && is_dunder(name)) update_slots_down(t);
    py2c__type_changed(t); /* after the change: cached lookups re-validate */
    return rc;
}

void py2c__type_dealloc(Py2cObject *o) {
    Py2cHeapType *h = (Py2cHeapType *)o;
    heap_type_unregister(&h->type);
    /* read before the bases go: a reference-counted base that is not a heap
     * type (a namedtuple class) may be freed with them */
    const Py2cType *heap_base = h->type.base && py2c__is_heaptype(h->type.base) ? h->type.base : NULL;
    py2c_decref(h->ns);
    py2c_decref(h->bases);
    py2c_decref(h->mro);
    py2c__layout_free(&h->type);
    if (heap_base) py2c_decref(py2c_type_value(heap_base));
    if (o->type != &py2c_type_type) py2c_decref(py2c_type_value(o->type)); /* heap or static metatype */
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
    .dealloc = py2c__type_dealloc,
    .repr = type_repr,
    .hash = py2c_object_hash,
    .call = type_call,
    .getattr = py2c_type_getattr,
    .setattr = type_setattr,
    .methods = type_methods,
    .getset = type_getset,
};
