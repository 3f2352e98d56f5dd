/* The object header and the root types: object, NoneType,
 * NotImplementedType; allocation, deallocation, type_of, and attribute
 * lookup along a type's MRO. (type itself: type_object.c.) */
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

static void dealloc_now(Py2cObject *o) {
    if (o->type->dealloc) o->type->dealloc(o);
    else if (py2c__is_subtype(o->type, &py2c_type_type) && py2c__is_heaptype((const Py2cType *)o))
        py2c__type_dealloc(o); /* a class whose static metatype has no dealloc */
    else free(o);
}

/* CPython's trashcan: releasing a deeply nested structure (a list in a list in
 * ... 100000 deep) would recurse once per level and overflow the C stack. Past
 * TRASH_DEPTH nested deallocations an object is put aside instead, and the
 * outermost deallocation releases what was put aside, iteratively. (Per thread;
 * under WASI the fibers share it, which is still correct: whoever is outermost
 * drains.) */
enum { TRASH_DEPTH = 100 };
static _Thread_local int dealloc_depth;
static _Thread_local struct {
    Py2cObject **items;
    size_t len, cap;
} trash;

static int trash_push(Py2cObject *o) {
    if (trash.len == trash.cap) {
        size_t cap = trash.cap ? trash.cap * 2 : 64;
        Py2cObject **p = realloc(trash.items, sizeof *p * cap);
        if (!p) return -1; /* no memory: recurse after all */
        trash.items = p;
        trash.cap = cap;
    }
    trash.items[trash.len++] = o;
    return 0;
}

void py2c__dealloc(Py2cObject *o) {
    if (dealloc_depth >= TRASH_DEPTH && trash_push(o) == 0) return;
    dealloc_depth++;
    dealloc_now(o);
    if (dealloc_depth == 1 && trash.cap) {
        while (trash.len) dealloc_now(trash.items[--trash.len]);
        free(trash.items);
        trash.items = NULL;
        trash.cap = 0;
    }
    dealloc_depth--;
}

const Py2cType *py2c__mro_item(const Py2cType *t, int64_t i) {
    if (py2c__is_heaptype(t)) {
        /* the stored MRO leaves the class itself out (no self-reference) */
        Py2cValue mro = ((const Py2cHeapType *)t)->mro;
        if (i == 0) return t;
        if (PY2C_IS_NULL(mro)) return NULL; /* during creation */
        return i - 1 < py2c__tuple_size(mro) ? (const Py2cType *)py2c_obj_ptr(py2c__tuple_item(mro, i - 1)) : NULL;
    }
    for (; t && i > 0; i--) t = t->base;
    return t;
}

int py2c__is_subtype(const Py2cType *t, const Py2cType *base) {
    if (t == base) return 1;
    if (py2c__is_heaptype(t) && !PY2C_IS_NULL(((const Py2cHeapType *)t)->mro)) {
        Py2cValue mro = ((const Py2cHeapType *)t)->mro;
        int64_t n = py2c__tuple_size(mro);
        for (int64_t i = 0; i < n; i++)
            if (py2c_obj_ptr(py2c__tuple_item(mro, i)) == &base->ob) return 1;
        return 0;
    }
    for (; t; t = t->base)
        if (t == base) return 1;
    return 0;
}

const Py2cType *py2c__solid_base(const Py2cType *t) {
    while (py2c__is_heaptype(t)) t = t->base;
    return t;
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
    case PY2C__TAG_OBJ: return py2c__type_tpname(py2c_obj_ptr(v)->type);
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

static Py2cBuiltinFunction object_new_fn; /* object.__new__, defined below */

/* ---- lookup through the bases ----------------------------------------- */

/* ---- the type attribute cache ---------------------------------------------------------- */
/* Results of lookups on user classes (CPython's method cache): keyed by the
 * class's version tag (which names the class and the state of its MRO's
 * namespaces) and the name's bits, so only names whose bits identify their
 * text are cached: immortal strs (the constants of generated code and the
 * runtime). Entries are read and written under a sequence counter (odd
 * while written): a reader racing a writer sees a whole entry or none, and
 * a writer finding the entry busy skips caching. Values are borrowed from
 * the owner's namespace, as the uncached lookup's. */
typedef struct TypeCacheEntry {
    _Atomic uint32_t seq;
    _Atomic uint32_t kind; /* TC_* | TC_HEAP_ONLY */
    _Atomic uint64_t version;
    _Atomic uint64_t name;
    _Atomic uint64_t found;
    _Atomic uintptr_t ptr;   /* the Py2cMethodDef or Py2cGetSetDef */
    _Atomic uintptr_t owner;
} TypeCacheEntry;

enum { TC_MISSING = 1, TC_VALUE, TC_METHOD, TC_GETSET, TC_HEAP_ONLY = 8 };
enum { TYPE_CACHE_BITS = 12 };
static TypeCacheEntry type_cache[1u << TYPE_CACHE_BITS];

typedef struct TcResult {
    uint32_t kind;
    uint64_t found;
    uintptr_t ptr, owner;
} TcResult;

/* The entry for (t's version, name, heap_only), or NULL when name is not
 * cacheable; *version gets the tag. */
static TypeCacheEntry *tc_slot(const Py2cType *t, Py2cValue name, uint64_t *version) {
    if (!py2c_is_str(name) || atomic_load_explicit(&py2c_obj_ptr(name)->refcount, memory_order_relaxed) !=
                                  PY2C_REFCOUNT_IMMORTAL)
        return NULL;
    /* a built-in type never changes: its address (with the top bit, which
     * no counter reaches) is its version */
    uint64_t v = py2c__is_heaptype(t) ? py2c__type_version(t) : (uint64_t)(uintptr_t)t | 1ull << 63;
    if (v == 0) return NULL; /* the class is being made */
    *version = v;
    uint64_t h = (v * 0x9E3779B97F4A7C15u) ^ (name.bits >> 4) * 0xC2B2AE3D27D4EB4Fu;
    return &type_cache[h >> (64 - TYPE_CACHE_BITS)];
}

static bool tc_read(TypeCacheEntry *e, uint64_t version, Py2cValue name, uint32_t heap_only, TcResult *r) {
    uint32_t seq = atomic_load_explicit(&e->seq, memory_order_acquire);
    if (atomic_load_explicit(&e->version, memory_order_relaxed) != version ||
        atomic_load_explicit(&e->name, memory_order_relaxed) != name.bits)
        return false;
    uint32_t kind = atomic_load_explicit(&e->kind, memory_order_relaxed);
    r->found = atomic_load_explicit(&e->found, memory_order_relaxed);
    r->ptr = atomic_load_explicit(&e->ptr, memory_order_relaxed);
    r->owner = atomic_load_explicit(&e->owner, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    if ((seq & 1) || atomic_load_explicit(&e->seq, memory_order_relaxed) != seq) return false;
    if ((kind & TC_HEAP_ONLY) != heap_only) return false;
    r->kind = kind & ~(uint32_t)TC_HEAP_ONLY;
    return true;
}

static void tc_write(TypeCacheEntry *e, uint64_t version, Py2cValue name, uint32_t kind, uint64_t found,
                     uintptr_t ptr, uintptr_t owner) {
    uint32_t seq = atomic_load_explicit(&e->seq, memory_order_relaxed);
    if ((seq & 1) || !atomic_compare_exchange_strong_explicit(&e->seq, &seq, seq + 1, memory_order_acquire,
                                                              memory_order_relaxed))
        return;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&e->version, version, memory_order_relaxed);
    atomic_store_explicit(&e->name, name.bits, memory_order_relaxed);
    atomic_store_explicit(&e->kind, kind, memory_order_relaxed);
    atomic_store_explicit(&e->found, found, memory_order_relaxed);
    atomic_store_explicit(&e->ptr, ptr, memory_order_relaxed);
    atomic_store_explicit(&e->owner, owner, memory_order_relaxed);
    atomic_store_explicit(&e->seq, seq + 2, memory_order_release);
}

static Py2cValue heap_lookup_uncached(const Py2cType *t, Py2cValue name, const Py2cType **owner) {
    const Py2cType *b;
    for (int64_t i = 0; (b = py2c__mro_item(t, i)) != NULL; i++) {
        if (!py2c__is_heaptype(b)) continue;
        Py2cValue v = py2c__dict_get(((const Py2cHeapType *)b)->ns, name);
        if (!PY2C_IS_NULL(v)) {
            py2c_decref(v); /* the namespace keeps it alive */
            if (owner) *owner = b;
            return v;
        }
        if (py2c_error_occurred()) py2c_error_clear();
    }
    return PY2C_NULL;
}

Py2cValue py2c__heap_lookup_str(const Py2cType *t, Py2cValue name, const Py2cType **owner) {
    if (!py2c__is_heaptype(t)) return PY2C_NULL;
    uint64_t version = 0;
    TypeCacheEntry *e = tc_slot(t, name, &version);
    TcResult r;
    if (e && tc_read(e, version, name, TC_HEAP_ONLY, &r)) {
        if (r.kind == TC_MISSING) return PY2C_NULL;
        if (owner) *owner = (const Py2cType *)r.owner;
        return (Py2cValue){r.found};
    }
    const Py2cType *o = NULL;
    Py2cValue v = heap_lookup_uncached(t, name, &o);
    if (e)
        tc_write(e, version, name, (PY2C_IS_NULL(v) ? TC_MISSING : TC_VALUE) | TC_HEAP_ONLY, v.bits, 0,
                 (uintptr_t)o);
    if (owner && !PY2C_IS_NULL(v)) *owner = o;
    return v;
}

Py2cValue py2c__heap_lookup(const Py2cType *t, const char *name) {
    if (!py2c__is_heaptype(t)) return PY2C_NULL;
    Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(key)) {
        py2c_error_clear();
        return PY2C_NULL;
    }
    Py2cValue v = py2c__heap_lookup_str(t, key, NULL);
    py2c_decref(key);
    return v;
}

int py2c__is_classmethod(const Py2cType *owner, const Py2cMethodDef *m) {
    if (!owner || !owner->classmethods) return 0;
    for (const Py2cMethodDef *c = owner->classmethods; c->name; c++)
        if (c == m) return 1;
    return 0;
}

static int type_lookup_uncached(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **method,
                                const Py2cGetSetDef **getset, const Py2cType **owner);

int py2c__type_lookup(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **method,
                      const Py2cGetSetDef **getset, const Py2cType **owner) {
    uint64_t version = 0;
    TypeCacheEntry *e = tc_slot(t, name, &version);
    if (!e) return type_lookup_uncached(t, name, found, method, getset, owner);
    TcResult r;
    if (tc_read(e, version, name, 0, &r)) {
        *found = PY2C_NULL;
        *method = NULL;
        *getset = NULL;
        if (r.kind == TC_MISSING) return 0;
        if (owner) *owner = (const Py2cType *)r.owner;
        if (r.kind == TC_VALUE) *found = (Py2cValue){r.found};
        else if (r.kind == TC_METHOD) *method = (const Py2cMethodDef *)r.ptr;
        else *getset = (const Py2cGetSetDef *)r.ptr;
        return 1;
    }
    const Py2cType *o = NULL;
    int has = type_lookup_uncached(t, name, found, method, getset, &o);
    if (owner && has) *owner = o;
    uint32_t kind = !has ? TC_MISSING : *method ? TC_METHOD : *getset ? TC_GETSET : TC_VALUE;
    uintptr_t ptr = *method ? (uintptr_t)*method : (uintptr_t)*getset;
    tc_write(e, version, name, kind, found->bits, ptr, (uintptr_t)o);
    return has;
}

static int type_lookup_uncached(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **method,
                                const Py2cGetSetDef **getset, const Py2cType **owner) {
    *found = PY2C_NULL;
    *method = NULL;
    *getset = NULL;
    const Py2cType *start = t;
    for (int64_t i = 0; (t = py2c__mro_item(start, i)) != NULL; i++) {
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
        if (t->new_ && py2c__str_eq_cstr(name, "__new__")) {
            *found = PY2C_BUILTIN_VALUE(object_new_fn);
            return 1;
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
        return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '__dict__'", py2c__type_tpname(t));
    Py2cValue d = py2c__object_dict(self, true); /* an instance with a layout goes to DICT mode */
    py2c_incref(d);
    return d;
}

static Py2cValue object_m_setattr(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 2 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 2 arguments, got %zu", nargs);
    return py2c__generic_setattr(self, args[0], args[1]) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue object_m_delattr(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 1 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "expected 1 argument, got %zu", nargs);
    return py2c__generic_setattr(self, args[0], PY2C_NULL) < 0 ? PY2C_NULL : PY2C_NONE;
}

/* object.__init_subclass__(): a classmethod that accepts no arguments. */
static Py2cValue object_m_init_subclass(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (nargs || (!PY2C_IS_NULL(kwnames) && py2c__tuple_size(kwnames)))
        return py2c_error_format(&py2c_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                                 ((const Py2cType *)py2c_obj_ptr(cls))->name);
    return PY2C_NONE;
}

/* T.__new__(cls, *args): object.__new__ for user classes (an instance not
 * yet initialised), else the built-in type's constructor. A static function
 * (no binding), found by lookups of "__new__" on any built-in type. */
static Py2cValue object_f_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (nargs < 1) return py2c_error_format(&py2c_exc_TypeError, "object.__new__(): not enough arguments");
    Py2cValue cls = args[0];
    if (!py2c_is_obj(cls) || !py2c__is_subtype(py2c_obj_ptr(cls)->type, &py2c_type_type))
        return py2c_error_format(&py2c_exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                                 py2c_type_name(cls));
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    if (!py2c__is_heaptype(t) && !t->new_)
        return py2c_error_format(&py2c_exc_TypeError, "cannot create '%s' instances", py2c__type_tpname(t));
    /* CPython's tp_new_wrapper has no vectorcall: _PyObject_MakeTpCall counts
     * its call as one level of recursion. Not where the built-in base has
     * another metatype (a namedtuple class, mod_collections_nt.c): its
     * __new__ stands for a Python function, which takes its own frame. */
    int step = py2c_obj_ptr(cls)->type == &py2c_type_type || py2c__solid_base(t)->ob.type == &py2c_type_type;
    if (step && py2c_recursion_enter_call() < 0) return PY2C_NULL;
    Py2cValue r = py2c__is_heaptype(t) ? py2c__instance_alloc(t, args + 1, nargs - 1)
                                       : t->new_(cls, args + 1, nargs - 1, kwnames);
    if (step) py2c_recursion_leave();
    return r;
}
static PY2C_BUILTIN_FUNCTION(object_new_fn, "__new__", object_f_new);

static const Py2cMethodDef object_methods[] = {
    {"__repr__", object_m_repr},
    {"__str__", object_m_str},
    {"__init__", object_m_init},
    {"__format__", object_m_format},
    {"__setattr__", object_m_setattr},
    {"__delattr__", object_m_delattr},
    {NULL, NULL},
};

static const Py2cMethodDef object_classmethods[] = {
    {"__init_subclass__", object_m_init_subclass},
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
    .classmethods = object_classmethods,
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

/* ---- compatibility entry points (pre-abstract.h names) ------------------- */

Py2cValue py2c_object_str(Py2cValue v) { return py2c_str(v); }
Py2cValue py2c_object_repr(Py2cValue v) { return py2c_repr(v); }
int py2c_object_is_true(Py2cValue v) { return py2c_is_true(v); }
