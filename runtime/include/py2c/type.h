/* Type objects: the layout every runtime type and (later) every user class
 * shares. A type is itself an object (type(x) returns it), so it starts with
 * an object header; built-in types are static and immortal.
 *
 * Slots follow CPython's type slots, simplified. A NULL slot means "not
 * supported" (the abstract layer in py2c/abstract.h then raises CPython's
 * TypeError); binary number slots return PY2C_NOT_IMPLEMENTED to let the
 * other operand try, exactly like CPython's binary_op1. All slots borrow their
 * arguments and return new references (or PY2C_NULL / -1 with an exception). */
#ifndef PY2C_TYPE_H
#define PY2C_TYPE_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/object.h"

typedef int64_t Py2cHash; /* -1 is reserved for errors, as in CPython */

/* Vectorcall-style calling convention for everything callable:
 *   args[0 .. nargs-1]   positional arguments
 *   args[nargs .. nargs+len(kwnames)-1]   keyword argument values
 *   kwnames              tuple of str (the keyword names), or PY2C_NULL
 * self is the callable itself (a function object, a bound method, a type...). */
typedef Py2cValue (*Py2cCallFn)(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

/* Comparison operators, in CPython's order (Py_LT ... Py_GE). */
typedef enum Py2cCompareOp { PY2C_LT, PY2C_LE, PY2C_EQ, PY2C_NE, PY2C_GT, PY2C_GE } Py2cCompareOp;

/* Binary number operators: the index into Py2cNumberMethods.binary. */
typedef enum Py2cBinaryOp {
    PY2C_OP_ADD, PY2C_OP_SUB, PY2C_OP_MUL, PY2C_OP_MATMUL, PY2C_OP_TRUEDIV, PY2C_OP_FLOORDIV,
    PY2C_OP_MOD, PY2C_OP_POW, PY2C_OP_LSHIFT, PY2C_OP_RSHIFT, PY2C_OP_AND, PY2C_OP_OR, PY2C_OP_XOR,
    PY2C_OP_DIVMOD, /* divmod(): not an operator token, but dispatched the same way */
    PY2C_BINARY_OP_COUNT
} Py2cBinaryOp;

typedef Py2cValue (*Py2cBinaryFn)(Py2cValue a, Py2cValue b);
typedef Py2cValue (*Py2cUnaryFn)(Py2cValue a);

typedef struct Py2cNumberMethods {
    /* a <op> b: called for either operand's type (left first, as CPython);
     * returns PY2C_NOT_IMPLEMENTED when it does not handle the pair. */
    Py2cBinaryFn binary[PY2C_BINARY_OP_COUNT];
    /* In-place forms (a <op>= b); NULL falls back to binary. */
    Py2cBinaryFn inplace[PY2C_BINARY_OP_COUNT];
    Py2cValue (*pow3)(Py2cValue a, Py2cValue b, Py2cValue mod); /* pow(a, b, mod) */
    Py2cUnaryFn neg, pos, abs, invert;
    Py2cUnaryFn to_int;   /* int(x) */
    Py2cUnaryFn to_float; /* float(x) */
    Py2cUnaryFn index;    /* operator.index(x): ints only */
} Py2cNumberMethods;

/* Methods found by attribute lookup (x.name) and method calls (x.name(...)).
 * fn receives the instance as self and the call's arguments. */
typedef struct Py2cMethodDef {
    const char *name;
    Py2cCallFn fn;
} Py2cMethodDef;

/* A data attribute computed on access (x.real, exc.args, ...). */
typedef struct Py2cGetSetDef {
    const char *name;
    Py2cValue (*get)(Py2cValue self);
    int (*set)(Py2cValue self, Py2cValue value); /* NULL: read-only; value NULL: delete */
} Py2cGetSetDef;

enum {
    PY2C_TPFLAG_BASETYPE = 1u << 0,  /* may be subclassed */
    PY2C_TPFLAG_HEAPTYPE = 1u << 1,  /* allocated at run time (user classes) */
    PY2C_TPFLAG_EXCEPTION = 1u << 2, /* BaseException or a subclass */
};

struct Py2cType {
    Py2cObject ob; /* type = &py2c_type_type */
    const char *name;           /* __name__ ("int", "ValueError") */
    const char *module;         /* NULL for builtins; "__main__" etc. for user classes */
    const struct Py2cType *base; /* single base (NULL only for object itself) */
    uint32_t flags;
    size_t basicsize;           /* instance size, header included */

    /* Lifetime. dealloc releases what the object owns and frees it. */
    void (*dealloc)(Py2cObject *o);

    /* Construction: type(*args, **kwargs). */
    Py2cCallFn new_;

    /* Protocols. */
    Py2cValue (*repr)(Py2cValue self);
    Py2cValue (*str)(Py2cValue self);        /* NULL: repr */
    Py2cHash (*hash)(Py2cValue self);        /* NULL: unhashable -> TypeError */
    Py2cValue (*richcompare)(Py2cValue a, Py2cValue b, Py2cCompareOp op); /* may return NOT_IMPLEMENTED */
    int (*is_true)(Py2cValue self);          /* NULL: len if present, else true */
    Py2cCallFn call;                         /* NULL: not callable */
    Py2cValue (*iter)(Py2cValue self);       /* iter(x) */
    /* next(it): a new reference; PY2C_NULL WITHOUT an exception set means
     * exhausted (no StopIteration object is created on the fast path). */
    Py2cValue (*iternext)(Py2cValue self);

    /* Containers. len: -1 with exception on error. */
    int64_t (*len)(Py2cValue self);
    Py2cValue (*getitem)(Py2cValue self, Py2cValue key);
    int (*setitem)(Py2cValue self, Py2cValue key, Py2cValue value); /* value PY2C_NULL: delete */
    int (*contains)(Py2cValue self, Py2cValue item);                 /* 1, 0, -1 */

    /* Attributes beyond methods/getsets (user instances, modules). NULL: the
     * generic lookup over methods and getsets only. */
    Py2cValue (*getattr)(Py2cValue self, Py2cValue name);
    int (*setattr)(Py2cValue self, Py2cValue name, Py2cValue value); /* value PY2C_NULL: delete */

    const Py2cNumberMethods *number;
    const Py2cMethodDef *methods; /* terminated by {NULL, NULL} */
    const Py2cGetSetDef *getset;  /* terminated by {NULL, NULL, NULL} */

    /* format(x, spec) (x.__format__(spec)); spec is a str. NULL: object's
     * default, str(x) for an empty spec, else TypeError "unsupported format
     * string passed to T.__format__". */
    Py2cValue (*format)(Py2cValue self, Py2cValue spec);
    /* Byte offset of the instance's __dict__ (a Py2cValue: dict or PY2C_NULL
     * until first needed) in the object; 0: instances have no __dict__. */
    size_t dictoffset;
    /* Class methods (dict.fromkeys, int.from_bytes): fn receives the type
     * as self, whether called on the type or on an instance. Terminated by
     * {NULL, NULL}. */
    const Py2cMethodDef *classmethods;

    /* Descriptors (CPython's tp_descr_get/tp_descr_set): a class attribute
     * whose type has descr_get is bound through it on lookup; obj is
     * PY2C_NULL when looked up on the class itself (then type is the class).
     * A type with descr_set is a data descriptor: it wins over the instance
     * __dict__. descr_set's value PY2C_NULL means delete. */
    Py2cValue (*descr_get)(Py2cValue descr, Py2cValue obj, Py2cValue type);
    int (*descr_set)(Py2cValue descr, Py2cValue obj, Py2cValue value);
    /* For metatypes: called with each new class whose type this is, once the
     * class is complete (enum turns class attributes into members). 0 / -1. */
    int (*class_init)(Py2cValue cls);

    /* Fixed instance layout of a user class (py2c/layout.h): its instances
     * have nslots attribute slots after the __dict__ field, for the
     * attributes slot_names[0..nslots) (str, owned by the class); 0 for
     * every other type. slot_flags (PY2C_SLOTS_*) says which fast paths may
     * touch the slots directly; a change to a class namespace clears it
     * (it is recomputed on the next slow-path access). */
    int32_t nslots;
    _Atomic uint32_t slot_flags;
    const Py2cValue *slot_names;
};

extern const Py2cType py2c_type_type;   /* type */
extern const Py2cType py2c_object_type; /* object */
extern const Py2cType py2c_none_type;   /* NoneType (the type of the immediate None) */
extern const Py2cType py2c_notimplemented_type; /* NotImplementedType */

/* object's hash (identity based, as CPython's default __hash__): types whose
 * instances are hashable by identity set .hash to it (NULL means unhashable). */
Py2cHash py2c_object_hash(Py2cValue self);
/* object's repr: "<T object at 0x...>" ("<mod.T object at 0x...>" outside builtins). */
PY2C_WARN_UNUSED Py2cValue py2c_object_default_repr(Py2cValue self);

/* The NotImplemented singleton, returned by binary slots and richcompare. */
extern Py2cObject py2c__not_implemented;
#define PY2C_NOT_IMPLEMENTED (py2c_obj_value(&py2c__not_implemented))
#define PY2C_IS_NOT_IMPLEMENTED(v) ((v).bits == PY2C_NOT_IMPLEMENTED.bits)

/* An immortal object header for static objects of type t. */
#define PY2C_STATIC_HEADER(t) { (t), PY2C_REFCOUNT_IMMORTAL }

/* The type of any value (immediates included). Borrowed; never NULL for a
 * non-NULL value. */
const Py2cType *py2c_type_of(Py2cValue v);
/* Whether t is base or derives from it. */
int py2c_type_is_subtype(const Py2cType *t, const Py2cType *base);

/* `class name(*bases): ns`: a new class (a heap type). bases_tuple: tuple of
 * classes (empty or PY2C_NULL: object); the MRO is C3 over them (CPython's
 * TypeError when inconsistent). ns_dict: the class body's namespace (copied;
 * borrowed): functions in it become methods, dunders fill the type's slots.
 * The metatype is the most derived type of the bases (TypeError "metaclass
 * conflict" otherwise). name/qualname/module are copied. A new reference. */
PY2C_WARN_UNUSED Py2cValue py2c_class_new(const char *name, const char *qualname, const char *module,
                                          Py2cValue bases_tuple, Py2cValue ns_dict);
/* The same with an explicit metatype meta (a type deriving from type, whose
 * slots apply to the new class; its class_init, if any, runs last). */
PY2C_WARN_UNUSED Py2cValue py2c_class_new_meta(const Py2cType *meta, const char *name, const char *qualname,
                                               const char *module, Py2cValue bases_tuple, Py2cValue ns_dict);
/* Attribute lookup on a class (the getattr slot of type): metatype data
 * attributes, then the class's MRO (descriptors bound to the class), then
 * the metatype's other attributes. A new reference, or PY2C_NULL WITHOUT an
 * exception when missing (PY2C_NULL with one on error). Metatypes reuse it. */
PY2C_WARN_UNUSED Py2cValue py2c_type_getattr(Py2cValue cls, Py2cValue name);

/* Runtime-internal: every class's namespace may have changed (a runtime
 * module edited namespaces directly): every class gets a new version tag,
 * so that attribute caches (Py2cAttrCache in py2c/abstract.h) drop what
 * they remember. A change through setattr on a class needs no call. */
void py2c__type_modified(void);

/* Runtime-internal: every live user class, so that a dunder assigned to a
 * class also refills the slots of its subclasses (type_object.c). */
void py2c__heap_type_register(const Py2cType *t);

static inline Py2cValue py2c_type_value(const Py2cType *t) { return py2c_obj_value((Py2cObject *)&t->ob); }

#endif
