/* Runtime-internal declarations: the layout of types, allocation, and helpers
 * shared between runtime files. Generated code never sees this header. */
#ifndef PY2C_INTERNAL_H
#define PY2C_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "internal.h is private to the py2c runtime; include <py2c.h> instead"
#endif

#include <stddef.h>
#include <stdint.h>

#include "py2c.h"


/* The per-thread state py2c__ts: py2c/thread_state.h (included by py2c.h). */

/* malloc that returns NULL on failure (callers raise MemoryError). */
void *py2c__alloc(size_t size);
/* A new object of type with a count of 1, size bytes (header included);
 * NULL with MemoryError set on failure. */
Py2cObject *py2c__object_new(const Py2cType *type, size_t size);

int py2c__is_subtype(const Py2cType *t, const Py2cType *base);

/* str: a new uninitialised str of len bytes (data NUL-terminated by the
 * caller), or NULL with MemoryError set. */
Py2cStr *py2c__str_alloc(int64_t len);
/* Code points in len bytes of UTF-8. */
int64_t py2c__utf8_count(const char *s, int64_t len);
static inline Py2cStr *py2c__as_str(Py2cValue v) { return (Py2cStr *)py2c_obj_ptr(v); }

/* ---- core: types, objects, exceptions (owned by the core runtime) ---- */

/* A user class: a Py2cType followed by what the runtime allocated for it. */
typedef struct Py2cHeapType {
    Py2cType type;
    Py2cValue ns;     /* dict: the class namespace (owned) */
    Py2cValue bases;  /* tuple (owned) */
    char *qualname;   /* owned, as name and module (cast from the const fields) */
    Py2cValue mro;    /* tuple of types, the class first (owned; C3 order) */
    Py2cNumberMethods number; /* type.number points here (slots of the dunders) */
    /* The version tag: unique among all classes ever made (0 until the class
     * is complete: py2c__type_ready), replaced whenever what a lookup on the class can find
     * changes (its namespace or an ancestor's). Caches of lookups
     * (Py2cAttrCache, the type attribute cache of object.c) remember the
     * tag they were filled under and are stale once it differs. */
    _Atomic uint64_t version;
    /* Live user classes deriving from this one (type_object.c's registry). */
    _Atomic int64_t nsubclasses;
} Py2cHeapType;

/* Heap type t's version tag (acquire: a cache filled under it saw the
 * namespaces as they were when it was set). */
static inline uint64_t py2c__type_version(const Py2cType *t) {
    return atomic_load_explicit(&((Py2cHeapType *)t)->version, memory_order_acquire);
}
/* type_object.c: gives heap type t and every live subclass of it a new
 * version tag (after a change to t's namespace; see type_setattr); classes
 * still being made keep tag 0. */
void py2c__type_changed(const Py2cType *t);
/* type_object.c: class_new's last step: t is complete (its namespace is no
 * longer edited directly, as the enum metatype's class_init does), so its
 * lookups may be cached: its first version tag. */
void py2c__type_ready(const Py2cType *t);

/* Entry i of t's MRO (heap types: the C3 tuple; built-in types: the base
 * chain), or NULL past its end. */
const Py2cType *py2c__mro_item(const Py2cType *t, int64_t i);
/* The built-in type whose instance layout t's instances have (object, an
 * exception type, type). */
const Py2cType *py2c__solid_base(const Py2cType *t);
/* class_slots.c: recomputes every slot of heap type t from the dunders found
 * along its MRO (at creation, and when a class attribute is set). */
void py2c__class_update_slots(Py2cType *t);
/* instance.c: the new_ slot of user classes (__new__ then __init__), and
 * object.__new__(cls, *args): an uninitialised instance of cls. */
PY2C_WARN_UNUSED Py2cValue py2c__heap_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
PY2C_WARN_UNUSED Py2cValue py2c__instance_alloc(const Py2cType *t, const Py2cValue *args, size_t nargs);
/* instance.c: sets the instance layout of new class t (basicsize, dealloc,
 * dictoffset, new_) from its solid base. */
void py2c__instance_layout(Py2cType *t, const Py2cType *solid);
/* object's type dealloc, for metatypes without their own. */
void py2c__type_dealloc(Py2cObject *o);
/* A class attribute found by lookup, bound as CPython's descriptor protocol
 * does (obj PY2C_NULL: looked up on class t). New reference. */
PY2C_WARN_UNUSED Py2cValue py2c__descr_bind(Py2cValue found, Py2cValue obj, const Py2cType *t);
/* object.__setattr__/__delattr__ (value PY2C_NULL): the instance __dict__
 * and data descriptors, ignoring a user __setattr__. 0 / -1. */
PY2C_WARN_UNUSED int py2c__generic_setattr(Py2cValue obj, Py2cValue name, Py2cValue value);
/* descr.c: staticmethod/classmethod objects' function (borrowed). */
Py2cValue py2c__staticmethod_func(Py2cValue sm);
/* 3-arg type(name, bases, ns) and heap metatypes called the same way. */
PY2C_WARN_UNUSED Py2cValue py2c__type_new3(const Py2cType *meta, const Py2cValue *args, size_t nargs);

static inline int py2c__is_heaptype(const Py2cType *t) { return (t->flags & PY2C_TPFLAG_HEAPTYPE) != 0; }
static inline Py2cValue *py2c__dict_slot(Py2cValue v) {
    Py2cObject *o = py2c_obj_ptr(v);
    return (Py2cValue *)((char *)o + o->type->dictoffset);
}
/* The qualified name of t (its name for built-in types). */
const char *py2c__type_qualname(const Py2cType *t);
/* CPython's tp_name of t, for messages: "collections.deque" for the stdlib
 * types CPython writes in C, else t->name (type_object.c). */
const char *py2c__type_tpname(const Py2cType *t);

/* Instances of user classes deriving from object (Py2cInstanceHead of
 * py2c/layout.h: the same layout). */
typedef struct Py2cInstance {
    Py2cObject ob;
    Py2cValue dict;    /* PY2C_NULL until the first attribute, or while in SLOT mode */
    Py2cValue slots[]; /* type->nslots: the fixed layout (instance_slots.c) */
} Py2cInstance;

/* The __dict__ field of obj (a type with a dictoffset), borrowed: once set
 * it stays for the object's life, so a plain (acquire) load suffices. */
static inline Py2cValue py2c__dict_load(Py2cValue obj) {
    Py2cValue v;
    v.bits = atomic_load_explicit((_Atomic uint64_t *)&py2c__dict_slot(obj)->bits, memory_order_acquire);
    return v;
}

/* ---- instance_slots.c: fixed layouts (py2c/layout.h) ---- */
/* Py2cType.flags of classes (beyond the public PY2C_TPFLAG_*): LAYOUT: a
 * plain class whose subclasses may extend its layout; LAYOUT_HINT: its
 * layout is the one py2c_class_new_layout was given. */
enum { PY2C__TPFLAG_LAYOUT = 1u << 8, PY2C__TPFLAG_LAYOUT_HINT = 1u << 9 };
/* abstract_attr.c: py2c__type_lookup with *found a new reference (safe
 * while other threads rebind class attributes). */
int py2c__type_lookup_owned(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **m,
                            const Py2cGetSetDef **g, const Py2cType **owner);
/* Index of name in t's layout, or -1 (also for a name that is not an exact str). */
int py2c__layout_index(const Py2cType *t, Py2cValue name);
/* obj's __dict__ (obj's type has a dictoffset), borrowed. An instance with a
 * layout moves to DICT mode first (unless it has no attribute and !create).
 * With create, a missing dict is made: PY2C_NULL then means an error;
 * without, PY2C_NULL means none (no exception). */
Py2cValue py2c__object_dict(Py2cValue obj, bool create);
/* name in obj's own storage (slots or __dict__; obj's type has a
 * dictoffset): a new reference, PY2C_NULL without an exception when absent
 * (with one on error). Never changes the mode. */
PY2C_WARN_UNUSED Py2cValue py2c__instance_attr_get(Py2cValue obj, Py2cValue name);
/* obj's own storage [name] = value (value not NULL), in a slot when the
 * mode and order allow it, else in the __dict__ (DICT mode). 0 / -1. */
PY2C_WARN_UNUSED int py2c__instance_attr_set(Py2cValue obj, Py2cValue name, Py2cValue value);
/* Slot i of layout instance obj: a new reference; PY2C_NULL (no
 * exception) when unset or in DICT mode. */
Py2cValue py2c__slot_get(Py2cValue obj, int i);
/* obj.<slot i named name> = value in obj's own storage (the mode rules of
 * py2c__instance_attr_set). 0 / -1. */
PY2C_WARN_UNUSED int py2c__slot_set(Py2cValue obj, int i, Py2cValue name, Py2cValue value);
/* Recomputes t's slot_flags for its namespaces as they are now (after a
 * change cleared them), if it has a layout. */
void py2c__layout_refresh(const Py2cType *t);
/* Clears t's slot_flags (its namespace or an ancestor's changed). */
static inline void py2c__layout_changed(const Py2cType *t) {
    if (!t->nslots) return;
    atomic_thread_fence(memory_order_seq_cst); /* the new version tag first (py2c__layout_refresh) */
    atomic_store_explicit(&((Py2cType *)t)->slot_flags, 0, memory_order_seq_cst);
}
/* class creation: gives new class t (single base `base`, solid base object,
 * metatype type, no __slots__: the caller checks) its layout: names[0..n)
 * when they extend base's layout, else base's. 0 / -1 (MemoryError). */
PY2C_WARN_UNUSED int py2c__layout_init(Py2cType *t, const Py2cType *base, const Py2cValue *names, int n);
/* Releases what py2c__layout_init gave t. */
void py2c__layout_free(Py2cType *t);
/* The size of an instance of t (header, __dict__ and slots). */
static inline size_t py2c__instance_size(const Py2cType *t) {
    return sizeof(Py2cInstance) + (size_t)t->nslots * sizeof(Py2cValue);
}

/* Whether str value s equals the C string name. */
int py2c__str_eq_cstr(Py2cValue s, const char *name);
/* Looks name (a str) up in t and its bases as CPython's _PyType_Lookup:
 * class namespaces of user classes, then method and getset tables of
 * built-in types. Exactly one of *found (borrowed value from a namespace),
 * *method, *getset is set when it returns 1; 0 when not found. */
int py2c__type_lookup(const Py2cType *t, Py2cValue name, Py2cValue *found, const Py2cMethodDef **method,
                      const Py2cGetSetDef **getset, const Py2cType **owner);
/* A built-in type's method bound to self ("<built-in method ...>"). */
PY2C_WARN_UNUSED Py2cValue py2c__bind_builtin(const Py2cMethodDef *def, Py2cValue self);
/* Whether m is one of owner's classmethods (fn takes the type as self). */
int py2c__is_classmethod(const Py2cType *owner, const Py2cMethodDef *m);
/* Looks a dunder method up in the user classes of t's MRO only (borrowed). */
Py2cValue py2c__heap_lookup(const Py2cType *t, const char *name);
/* The same with a str name; *owner (if not NULL) gets the defining class. */
Py2cValue py2c__heap_lookup_str(const Py2cType *t, Py2cValue name, const Py2cType **owner);

/* Tuples and dicts as the core uses them (py2c/tuple.h, py2c/dict.h). */
static inline int64_t py2c__tuple_size(Py2cValue t) { return py2c_tuple_size(t); }
static inline Py2cValue py2c__tuple_item(Py2cValue t, int64_t i) { return py2c_tuple_item(t, i); } /* borrowed */
/* d[key] as a new reference, or PY2C_NULL WITHOUT exception when missing
 * (PY2C_NULL with one on error: check py2c_error_occurred()). */
static inline Py2cValue py2c__dict_get(Py2cValue d, Py2cValue key) { return py2c_dict_get_opt(d, key); }

/* The comparison containers use (CPython's PyObject_RichCompareBool):
 * identical operands are equal. 1, 0, -1. */
PY2C_WARN_UNUSED int py2c__eq_identity(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED int py2c__richcompare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op);

/* slice objects */
typedef struct Py2cSlice {
    Py2cObject ob;
    Py2cValue start, stop, step; /* None when absent */
} Py2cSlice;
extern const Py2cType py2c_slice_type;
static inline int py2c__is_slice(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_slice_type;
}
/* CPython's PySlice_Unpack + PySlice_AdjustIndices: the indices slice selects
 * from a sequence of length; slicelength: how many. 0, or -1 with TypeError
 * ("slice indices must be integers or None or have an __index__ method") or
 * ValueError ("slice step cannot be zero"). */
PY2C_WARN_UNUSED int py2c__slice_indices(Py2cValue slice, int64_t length, int64_t *start, int64_t *stop,
                                         int64_t *step, int64_t *slicelength);
/* operator.index(v) as int64_t (v an int, a bool, or anything with
 * number->index). Returns 0 with *out set; 1 with no exception when v is not
 * an integer (never with PY2C_INDEX_REQUIRED); -1 with an exception. flags
 * (0 for neither): */
enum {
    /* ints beyond int64 clamp to INT64_MIN/INT64_MAX (CPython's
     * _PyEval_SliceIndex, PyNumber_AsSsize_t(v, NULL)); without it they raise
     * IndexError "cannot fit 'int' into an index-sized integer". */
    PY2C_INDEX_CLAMP = 1,
    /* a non-integer raises TypeError "'str' object cannot be interpreted as
     * an integer" instead of returning 1. */
    PY2C_INDEX_REQUIRED = 2,
};
PY2C_WARN_UNUSED int py2c__as_index(Py2cValue v, unsigned flags, int64_t *out);

/* Exceptions. */
typedef struct Py2cTbEntry {
    const Py2cCode *code;
    int32_t loc;
} Py2cTbEntry;

typedef struct Py2cException {
    Py2cObject ob;
    Py2cValue args;    /* tuple, or PY2C_NULL: then (msg,) when msg is set, else () */
    Py2cValue msg;     /* str: the one argument of py2c_error_format, or PY2C_NULL */
    Py2cValue dict;    /* __dict__, PY2C_NULL until used */
    Py2cValue cause;   /* __cause__: exception or PY2C_NULL (None) */
    Py2cValue context; /* __context__: exception or PY2C_NULL (None) */
    int suppress_context;
    Py2cTbEntry *tb;   /* innermost frame first */
    int32_t tb_len, tb_cap;
} Py2cException;

static inline int py2c__is_exception(Py2cValue v) {
    return py2c_is_obj(v) && (py2c_obj_ptr(v)->type->flags & PY2C_TPFLAG_EXCEPTION) != 0;
}
static inline Py2cException *py2c__as_exc(Py2cValue v) { return (Py2cException *)py2c_obj_ptr(v); }
/* A new instance of exception type t with args (args[0..nargs-1] borrowed). */
PY2C_WARN_UNUSED Py2cValue py2c__exc_alloc(const Py2cType *t, const Py2cValue *args, size_t nargs);
/* exc.args, materialised (new reference). */
PY2C_WARN_UNUSED Py2cValue py2c__exc_args(Py2cException *e);
/* Makes exc (stolen) current with __context__ chaining, as CPython's
 * _PyErr_SetObject. */
void py2c__error_set(Py2cValue exc);
/* The current exception, borrowed (PY2C_NULL if none). */
Py2cValue py2c__error_peek(void);
/* py2c_recursion_enter with CPython's suffix for C-level recursion
 * (" while getting the repr of an object", " while calling a Python object"). */
PY2C_WARN_UNUSED int py2c__recursion_enter_where(const char *where);
/* Called by py2c_main: the recursion depth of the module frame. */
void py2c__recursion_reset(void);

/* Releases everything the runtime holds at exit (for leak checkers). */
void py2c__error_shutdown(void);

#endif
