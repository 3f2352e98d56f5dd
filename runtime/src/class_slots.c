/* The slots of user classes: each filled when a dunder method is found along
 * the class's MRO, with a C function that looks the method up and calls it
 * (CPython's Objects/typeobject.c slot_* functions and update_one_slot).
 * py2c__class_update_slots recomputes them all, at class creation and when
 * a dunder is assigned to the class later. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define DUNDERS(X)                                                                                          \
    X(REPR, "__repr__") X(STR, "__str__") X(HASH, "__hash__") X(LEN, "__len__") X(BOOL, "__bool__")        \
    X(CALL, "__call__") X(ITER, "__iter__") X(NEXT, "__next__") X(GETITEM, "__getitem__")                  \
    X(SETITEM, "__setitem__") X(DELITEM, "__delitem__") X(CONTAINS, "__contains__") X(FORMAT, "__format__") \
    X(GETATTR, "__getattr__") X(GET, "__get__") X(SET, "__set__") X(DELETE, "__delete__")                  \
    X(LT, "__lt__") X(LE, "__le__") X(EQ, "__eq__") X(NE, "__ne__") X(GT, "__gt__") X(GE, "__ge__")         \
    X(NEG, "__neg__") X(POS, "__pos__") X(ABS, "__abs__") X(INVERT, "__invert__") X(INT, "__int__")        \
    X(FLOAT, "__float__") X(INDEX, "__index__")                                                            \
    X(ADD, "__add__") X(SUB, "__sub__") X(MUL, "__mul__") X(MATMUL, "__matmul__")                          \
    X(TRUEDIV, "__truediv__") X(FLOORDIV, "__floordiv__") X(MOD, "__mod__") X(POW, "__pow__")             \
    X(LSHIFT, "__lshift__") X(RSHIFT, "__rshift__") X(AND, "__and__") X(OR, "__or__") X(XOR, "__xor__")    \
    X(DIVMOD, "__divmod__")                                                                                \
    X(RADD, "__radd__") X(RSUB, "__rsub__") X(RMUL, "__rmul__") X(RMATMUL, "__rmatmul__")                  \
    X(RTRUEDIV, "__rtruediv__") X(RFLOORDIV, "__rfloordiv__") X(RMOD, "__rmod__") X(RPOW, "__rpow__")     \
    X(RLSHIFT, "__rlshift__") X(RRSHIFT, "__rrshift__") X(RAND, "__rand__") X(ROR, "__ror__")              \
    X(RXOR, "__rxor__") X(RDIVMOD, "__rdivmod__")                                                          \
    X(IADD, "__iadd__") X(ISUB, "__isub__") X(IMUL, "__imul__") X(IMATMUL, "__imatmul__")                  \
    X(ITRUEDIV, "__itruediv__") X(IFLOORDIV, "__ifloordiv__") X(IMOD, "__imod__") X(IPOW, "__ipow__")     \
    X(ILSHIFT, "__ilshift__") X(IRSHIFT, "__irshift__") X(IAND, "__iand__") X(IOR, "__ior__")              \
    X(IXOR, "__ixor__") X(IDIVMOD, "__idivmod__")

enum {
#define X(id, text) D_##id,
    DUNDERS(X)
#undef X
        D_COUNT
};

static Py2cStr dunder_names[D_COUNT] = {
#define X(id, text) PY2C_STR_STATIC(text, sizeof(text) - 1, sizeof(text) - 1),
    DUNDERS(X)
#undef X
};

/* The binary operators' dunders follow Py2cBinaryOp's order from D_ADD,
 * then their reflected and in-place forms. */
_Static_assert(D_RADD - D_ADD == PY2C_BINARY_OP_COUNT && D_IADD - D_RADD == PY2C_BINARY_OP_COUNT,
               "one dunder per binary operator");
_Static_assert(D_DIVMOD - D_ADD == PY2C_OP_DIVMOD && D_POW - D_ADD == PY2C_OP_POW, "dunders in Py2cBinaryOp order");

static Py2cValue dname(int d) { return py2c_obj_value(&dunder_names[d].ob); }

/* Caches of the dunder lookups (Py2cAttrCache), a few classes per dunder. */
enum { DUNDER_WAYS = 8 };
static Py2cAttrCache dunder_ic[D_COUNT][DUNDER_WAYS];

/* The dunder d of type(self) along its MRO as a new reference (another
 * thread may rebind it meanwhile), or PY2C_NULL. */
static Py2cValue find(Py2cValue self, int d) {
    const Py2cType *t = py2c_type_of(self);
    size_t k = (size_t)(((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15u >> 61) % DUNDER_WAYS;
    return py2c__class_lookup_ic(t, dname(d), &dunder_ic[d][k]);
}

/* self.<dunder>(*args) with f = find(self, d); functions are called with
 * self prepended, other objects bound through the descriptor protocol. */
static Py2cValue call_found(Py2cValue f, Py2cValue self, const Py2cValue *args, size_t nargs) {
    if (py2c_is_obj(f) && py2c_obj_ptr(f)->type == &py2c_function_type) {
        Py2cValue buf[4];
        buf[0] = self;
        for (size_t i = 0; i < nargs && i < 3; i++) buf[i + 1] = args[i];
        return py2c_call(f, buf, nargs + 1, PY2C_NULL);
    }
    Py2cValue bound = py2c__descr_bind(f, self, py2c_type_of(self));
    if (PY2C_IS_NULL(bound)) return bound;
    Py2cValue r = py2c_call(bound, args, nargs, PY2C_NULL);
    py2c_decref(bound);
    return r;
}

/* self.<dunder>(*args), or NotImplemented when type(self) has none
 * (CPython's vectorcall_maybe). */
static Py2cValue call_maybe(Py2cValue self, int d, const Py2cValue *args, size_t nargs) {
    Py2cValue f = find(self, d);
    if (PY2C_IS_NULL(f) || py2c_is_none(f)) return PY2C_NOT_IMPLEMENTED; /* None is immortal */
    Py2cValue r = call_found(f, self, args, nargs);
    py2c_decref(f);
    return r;
}

/* self.<dunder>(*args) for a slot only filled when the dunder exists. */
static Py2cValue call_dunder(Py2cValue self, int d, const Py2cValue *args, size_t nargs) {
    Py2cValue f = find(self, d);
    if (PY2C_IS_NULL(f))
        return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c_type_name(self),
                                 dunder_names[d].data);
    if (py2c_is_none(f))
        return py2c_error_format(&py2c_exc_TypeError, "'NoneType' object is not callable");
    Py2cValue r = call_found(f, self, args, nargs);
    py2c_decref(f);
    return r;
}

/* ---- text, hash, truth, calls ------------------------------------------------------ */

static Py2cValue slot_repr(Py2cValue self) { return call_dunder(self, D_REPR, NULL, 0); }
static Py2cValue slot_str(Py2cValue self) { return call_dunder(self, D_STR, NULL, 0); }
static Py2cValue slot_format(Py2cValue self, Py2cValue spec) { return call_dunder(self, D_FORMAT, &spec, 1); }

static Py2cHash slot_hash(Py2cValue self) {
    Py2cValue r = call_dunder(self, D_HASH, NULL, 0);
    if (PY2C_IS_NULL(r)) return -1;
    if (!py2c__is_subtype(py2c_type_of(r), &py2c_int_type)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "__hash__ method should return an integer");
        py2c_decref(r);
        return -1;
    }
    /* CPython's slot_tp_hash: the value itself when it fits (PyLong_AsSsize_t),
     * only larger ints are hashed again (reduced modulo 2**61 - 1) */
    int64_t v;
    Py2cHash h;
    if (py2c_is_int(r) && py2c_int_as_int64(r, &v) == 0) {
        h = v;
    } else {
        py2c_error_clear();
        h = py2c_hash(r);
    }
    py2c_decref(r);
    return h == -1 && !py2c_error_occurred() ? -2 : h;
}

static int64_t slot_len(Py2cValue self) {
    Py2cValue r = call_dunder(self, D_LEN, NULL, 0);
    if (PY2C_IS_NULL(r)) return -1;
    if (!py2c__is_subtype(py2c_type_of(r), &py2c_int_type)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                py2c_type_name(r));
        py2c_decref(r);
        return -1;
    }
    int64_t n;
    int rc = py2c__as_index(r, PY2C_INDEX_REQUIRED, &n);
    py2c_decref(r);
    if (rc != 0) {
        if (py2c_error_matches(&py2c_exc_IndexError)) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static int slot_is_true(Py2cValue self) {
    Py2cValue f = find(self, D_BOOL);
    if (PY2C_IS_NULL(f)) {
        Py2cValue len = find(self, D_LEN);
        if (PY2C_IS_NULL(len)) return 1;
        py2c_decref(len);
        int64_t n = slot_len(self);
        return n < 0 ? -1 : n != 0;
    }
    Py2cValue r = call_found(f, self, NULL, 0);
    py2c_decref(f);
    if (PY2C_IS_NULL(r)) return -1;
    if (!py2c_is_bool(r)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "__bool__ should return bool, returned %s", py2c_type_name(r));
        py2c_decref(r);
        return -1;
    }
    return py2c_bool_value(r);
}

static Py2cValue slot_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue f = find(self, D_CALL);
    if (PY2C_IS_NULL(f))
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not callable", py2c_type_name(self));
    Py2cValue bound = py2c__descr_bind(f, self, py2c_type_of(self));
    py2c_decref(f);
    if (PY2C_IS_NULL(bound)) return bound;
    if (py2c_recursion_enter() < 0) {
        py2c_decref(bound);
        return PY2C_NULL;
    }
    Py2cValue r = py2c_call(bound, args, nargs, kwnames);
    py2c_recursion_leave();
    py2c_decref(bound);
    return r;
}

/* ---- iteration and containers ---------------------------------------------------------- */

static Py2cValue slot_iter(Py2cValue self) { return call_dunder(self, D_ITER, NULL, 0); }

static Py2cValue slot_iternext(Py2cValue self) {
    Py2cValue r = call_dunder(self, D_NEXT, NULL, 0);
    if (PY2C_IS_NULL(r) && py2c_error_matches(&py2c_exc_StopIteration)) py2c_error_clear();
    return r;
}

static Py2cValue slot_getitem(Py2cValue self, Py2cValue key) { return call_dunder(self, D_GETITEM, &key, 1); }

static int slot_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    Py2cValue r;
    if (PY2C_IS_NULL(value)) r = call_dunder(self, D_DELITEM, &key, 1);
    else r = call_dunder(self, D_SETITEM, (Py2cValue[]){key, value}, 2);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

static int slot_contains(Py2cValue self, Py2cValue item) {
    Py2cValue r = call_dunder(self, D_CONTAINS, &item, 1);
    if (PY2C_IS_NULL(r)) return -1;
    int t = py2c_is_true(r);
    py2c_decref(r);
    return t;
}

/* ---- attributes and descriptors -------------------------------------------------------- */

static Py2cValue slot_getattr(Py2cValue self, Py2cValue name) { return call_dunder(self, D_GETATTR, &name, 1); }

static Py2cValue slot_descr_get(Py2cValue descr, Py2cValue obj, Py2cValue type) {
    Py2cValue args[2] = {PY2C_IS_NULL(obj) ? PY2C_NONE : obj, PY2C_IS_NULL(type) ? PY2C_NONE : type};
    Py2cValue f = find(descr, D_GET);
    if (PY2C_IS_NULL(f)) { /* __set__ only: the descriptor itself */
        py2c_incref(descr);
        return descr;
    }
    Py2cValue r = call_found(f, descr, args, 2);
    py2c_decref(f);
    return r;
}

static int slot_descr_set(Py2cValue descr, Py2cValue obj, Py2cValue value) {
    Py2cValue r;
    if (PY2C_IS_NULL(value)) r = call_dunder(descr, D_DELETE, &obj, 1);
    else r = call_dunder(descr, D_SET, (Py2cValue[]){obj, value}, 2);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* ---- comparisons ------------------------------------------------------------------- */

static Py2cValue slot_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cValue f = find(a, D_LT + (int)op);
    if (!PY2C_IS_NULL(f) && !py2c_is_none(f)) {
        Py2cValue r = call_found(f, a, &b, 1);
        py2c_decref(f);
        return r;
    }
    if (op == PY2C_NE) { /* object.__ne__: the inverse of __eq__ unless NotImplemented */
        Py2cValue r = call_maybe(a, D_EQ, &b, 1);
        if (PY2C_IS_NULL(r) || PY2C_IS_NOT_IMPLEMENTED(r)) {
            if (PY2C_IS_NOT_IMPLEMENTED(r) && py2c_is(a, b)) return PY2C_FALSE;
            return r;
        }
        int t = py2c_is_true(r);
        py2c_decref(r);
        return t < 0 ? PY2C_NULL : py2c_bool(!t);
    }
    const Py2cType *solid = py2c__solid_base(py2c_type_of(a));
    if (solid->richcompare) return solid->richcompare(a, b, op);
    if (op == PY2C_EQ && py2c_is(a, b)) return PY2C_TRUE;
    return PY2C_NOT_IMPLEMENTED;
}

/* ---- numbers --------------------------------------------------------------------------- */

/* Whether type b overrides type a's dunder d (CPython's method_is_overloaded). */
static int overloaded(const Py2cType *a, const Py2cType *b, int d) {
    Py2cValue fb = py2c__heap_lookup_str(b, dname(d), NULL);
    if (PY2C_IS_NULL(fb)) return 0;
    Py2cValue fa = py2c__heap_lookup_str(a, dname(d), NULL);
    return !py2c_is(fa, fb);
}

/* CPython's SLOT1BINFULL: self's __op__, other's __rop__, the subclass's
 * reflected method first when it overrides it. me is this slot's function
 * (both operands' types use the same one when both are user classes). */
static Py2cValue slot_binary(Py2cValue self, Py2cValue other, Py2cBinaryOp op, Py2cBinaryFn me) {
    const Py2cType *ts = py2c_type_of(self), *to = py2c_type_of(other);
    int d = D_ADD + (int)op, rd = D_RADD + (int)op;
    int do_other = ts != to && to->number && to->number->binary[op] == me;
    if (ts->number && ts->number->binary[op] == me) {
        if (do_other && py2c__is_subtype(to, ts) && overloaded(ts, to, rd)) {
            Py2cValue r = call_maybe(other, rd, &self, 1);
            if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
            do_other = 0;
        }
        Py2cValue r = call_maybe(self, d, &other, 1);
        if (!PY2C_IS_NOT_IMPLEMENTED(r) || ts == to) return r;
    }
    if (do_other) return call_maybe(other, rd, &self, 1);
    return PY2C_NOT_IMPLEMENTED;
}

#define BINARY_SLOTS(X)                                                                                      \
    X(ADD) X(SUB) X(MUL) X(MATMUL) X(TRUEDIV) X(FLOORDIV) X(MOD) X(POW) X(LSHIFT) X(RSHIFT) X(AND) X(OR)     \
    X(XOR) X(DIVMOD)

#define X(id)                                                                                                \
    static Py2cValue slot_b_##id(Py2cValue a, Py2cValue b) { return slot_binary(a, b, PY2C_OP_##id, slot_b_##id); } \
    static Py2cValue slot_i_##id(Py2cValue a, Py2cValue b) { return call_maybe(a, D_I##id, &b, 1); }
BINARY_SLOTS(X)
#undef X

static const Py2cBinaryFn binary_slots[PY2C_BINARY_OP_COUNT] = {
#define X(id) [PY2C_OP_##id] = slot_b_##id,
    BINARY_SLOTS(X)
#undef X
};
static const Py2cBinaryFn inplace_slots[PY2C_BINARY_OP_COUNT] = {
#define X(id) [PY2C_OP_##id] = slot_i_##id,
    BINARY_SLOTS(X)
#undef X
};

/* pow(a, b, mod): a.__pow__(b, mod) when a's type defines it. */
static Py2cValue slot_pow3(Py2cValue a, Py2cValue b, Py2cValue mod) {
    if (py2c_type_of(a)->number && py2c_type_of(a)->number->pow3 == slot_pow3)
        return call_maybe(a, D_POW, (Py2cValue[]){b, mod}, 2);
    return PY2C_NOT_IMPLEMENTED;
}

static Py2cValue slot_neg(Py2cValue a) { return call_dunder(a, D_NEG, NULL, 0); }
static Py2cValue slot_pos(Py2cValue a) { return call_dunder(a, D_POS, NULL, 0); }
static Py2cValue slot_abs(Py2cValue a) { return call_dunder(a, D_ABS, NULL, 0); }
static Py2cValue slot_invert(Py2cValue a) { return call_dunder(a, D_INVERT, NULL, 0); }

/* __int__/__index__/__float__ with CPython's check of the result's type. */
static Py2cValue checked(Py2cValue a, int d, const Py2cType *want, const char *what) {
    Py2cValue r = call_dunder(a, d, NULL, 0);
    if (PY2C_IS_NULL(r) || py2c__is_subtype(py2c_type_of(r), want)) return r;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s returned non-%s (type %s)", dunder_names[d].data, what,
                            py2c_type_name(r));
    py2c_decref(r);
    return PY2C_NULL;
}
static Py2cValue slot_int(Py2cValue a) { return checked(a, D_INT, &py2c_int_type, "int"); }
static Py2cValue slot_float(Py2cValue a) { return checked(a, D_FLOAT, &py2c_float_type, "float"); }
static Py2cValue slot_index(Py2cValue a) { return checked(a, D_INDEX, &py2c_int_type, "int"); }

/* ---- updating the slots --------------------------------------------------------------- */

/* Whether built-in type b defines the slot at offset off itself (rather
 * than inheriting it): CPython lists such slots in b's own __dict__. */
static int static_defines(const Py2cType *b, size_t off) {
    if (!b->base) return 1;
    return memcmp((const char *)b + off, (const char *)b->base + off, sizeof(void (*)(void))) != 0;
}

/* The first class along t's MRO that defines dunder d (heap types: in their
 * namespace; built-in types: their own slot at offset off); NULL if none. */
static const Py2cType *slot_owner(const Py2cType *t, int d, size_t off) {
    const Py2cType *b;
    for (int64_t i = 0; (b = py2c__mro_item(t, i)) != NULL; i++) {
        if (py2c__is_heaptype(b)) {
            Py2cValue v = py2c__dict_get(((const Py2cHeapType *)b)->ns, dname(d));
            if (!PY2C_IS_NULL(v)) {
                py2c_decref(v);
                return b;
            }
            py2c_error_clear();
        } else if (static_defines(b, off)) {
            return b;
        }
    }
    return NULL;
}

void py2c__class_update_slots(Py2cType *t) {
    Py2cHeapType *h = (Py2cHeapType *)t;
    const Py2cType *solid = py2c__solid_base(t);
    bool has[D_COUNT];
    for (int d = 0; d < D_COUNT; d++) has[d] = !PY2C_IS_NULL(py2c__heap_lookup_str(t, dname(d), NULL));

    /* the text slots follow the MRO exactly (class E(ValueError, KeyError)
     * prints as a KeyError) */
    const Py2cType *o = slot_owner(t, D_REPR, offsetof(Py2cType, repr));
    t->repr = !o ? solid->repr : py2c__is_heaptype(o) ? slot_repr : o->repr;
    o = slot_owner(t, D_STR, offsetof(Py2cType, str));
    t->str = !o ? solid->str : py2c__is_heaptype(o) ? slot_str : o->str;
    t->format = has[D_FORMAT] ? slot_format : solid->format;
    t->len = has[D_LEN] ? slot_len : solid->len;
    t->is_true = has[D_BOOL] || has[D_LEN] ? slot_is_true : solid->is_true;
    t->call = has[D_CALL] ? slot_call : solid->call;
    t->iter = has[D_ITER] ? slot_iter : solid->iter;
    t->iternext = has[D_NEXT] ? slot_iternext : solid->iternext;
    t->getitem = has[D_GETITEM] ? slot_getitem : solid->getitem;
    t->setitem = has[D_SETITEM] || has[D_DELITEM] ? slot_setitem : solid->setitem;
    t->contains = has[D_CONTAINS] ? slot_contains : solid->contains;
    t->getattr = has[D_GETATTR] ? slot_getattr : solid->getattr;
    t->descr_get = has[D_GET] || has[D_SET] || has[D_DELETE] ? slot_descr_get : solid->descr_get;
    t->descr_set = has[D_SET] || has[D_DELETE] ? slot_descr_set : solid->descr_set;
    bool cmp = false;
    for (int d = D_LT; d <= D_GE; d++) cmp |= has[d];
    t->richcompare = cmp ? slot_richcompare : solid->richcompare;
    if (has[D_HASH]) {
        Py2cValue v = py2c__heap_lookup_str(t, dname(D_HASH), NULL);
        t->hash = py2c_is_none(v) ? NULL : slot_hash;
    } else {
        t->hash = solid->hash;
    }

    Py2cNumberMethods *nb = &h->number;
    if (solid->number) *nb = *solid->number;
    else memset(nb, 0, sizeof *nb);
    for (int op = 0; op < PY2C_BINARY_OP_COUNT; op++) {
        if (has[D_ADD + op] || has[D_RADD + op]) nb->binary[op] = binary_slots[op];
        if (has[D_IADD + op]) nb->inplace[op] = inplace_slots[op];
    }
    if (has[D_POW]) nb->pow3 = slot_pow3;
    if (has[D_NEG]) nb->neg = slot_neg;
    if (has[D_POS]) nb->pos = slot_pos;
    if (has[D_ABS]) nb->abs = slot_abs;
    if (has[D_INVERT]) nb->invert = slot_invert;
    if (has[D_INT]) nb->to_int = slot_int;
    if (has[D_FLOAT]) nb->to_float = slot_float;
    if (has[D_INDEX]) nb->index = slot_index;
    t->number = nb;
}
