/* The abstract protocol, part 1: operators, comparisons, truth, text
 * conversions, hashing, len, isinstance. Dispatch follows CPython's
 * Objects/abstract.c and object.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "number_internal.h"

/* ---- binary operators ---------------------------------------------------- */

static const char *const op_symbols[PY2C_BINARY_OP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()",
};
static const char *const iop_symbols[PY2C_BINARY_OP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "divmod()",
};

static Py2cBinaryFn binary_slot(const Py2cType *t, Py2cBinaryOp op) {
    return t->number ? t->number->binary[op] : NULL;
}

/* CPython's binary_op1: the left operand's slot, then the right one's;
 * the right first when its type is a proper subtype of the left's. */
static Py2cValue binary_op1(Py2cValue a, Py2cValue b, Py2cBinaryOp op) {
    const Py2cType *ta = py2c_type_of(a), *tb = py2c_type_of(b);
    Py2cBinaryFn sa = binary_slot(ta, op);
    Py2cBinaryFn sb = ta != tb ? binary_slot(tb, op) : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && py2c__is_subtype(tb, ta)) {
            Py2cValue r = sb(a, b);
            if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
            sb = NULL;
        }
        Py2cValue r = sa(a, b);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (sb) return sb(a, b);
    return PY2C_NOT_IMPLEMENTED;
}

static Py2cValue binop_error(Py2cValue a, Py2cValue b, const char *sym) {
    /* 3.11's hint for Python 2's `print >> f` */
    if (sym[0] == '>' && sym[1] == '>' && py2c_is_obj(a) && py2c_obj_ptr(a)->type == &py2c_builtin_function_type &&
        strcmp(((Py2cBuiltinFunction *)py2c_obj_ptr(a))->name, "print") == 0 && sym[2] == '\0')
        return py2c_error_format(&py2c_exc_TypeError,
                                 "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
                                 "file=<output_stream>)\"?",
                                 py2c_type_name(a), py2c_type_name(b));
    return py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                             py2c_type_name(a), py2c_type_name(b));
}

/* An int, not a bool nor an instance of a subclass (without the out-of-line
 * py2c_type_of). */
static inline bool exact_int(Py2cValue v) {
    return py2c_is_small_int(v) || (py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_int_type);
}

Py2cValue py2c_binary_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op) {
    /* Two exact ints whose result left the inline small-int paths (big or
     * overflowing values): what int's slots do, without the dispatch. */
    if ((op == PY2C_OP_ADD || op == PY2C_OP_SUB || op == PY2C_OP_MUL || op == PY2C_OP_FLOORDIV || op == PY2C_OP_MOD) &&
        exact_int(a) && exact_int(b))
        return py2c__long_binary(op, a, b);
    Py2cValue r = binary_op1(a, b, op);
    if (PY2C_IS_NOT_IMPLEMENTED(r)) return binop_error(a, b, op_symbols[op]);
    return r;
}

Py2cValue py2c_inplace_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op) {
    const Py2cType *ta = py2c_type_of(a);
    if (ta->number && ta->number->inplace[op]) {
        Py2cValue r = ta->number->inplace[op](a, b);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    Py2cValue r = binary_op1(a, b, op);
    if (PY2C_IS_NOT_IMPLEMENTED(r)) return binop_error(a, b, iop_symbols[op]);
    return r;
}

typedef Py2cValue (*TernaryFn)(Py2cValue, Py2cValue, Py2cValue);

static TernaryFn pow3_slot(const Py2cType *t) { return t->number ? t->number->pow3 : NULL; }

Py2cValue py2c_power3(Py2cValue a, Py2cValue b, Py2cValue mod) {
    if (py2c_is_none(mod)) return py2c_binary_op(a, b, PY2C_OP_POW);
    const Py2cType *ta = py2c_type_of(a), *tb = py2c_type_of(b), *tm = py2c_type_of(mod);
    TernaryFn sa = pow3_slot(ta);
    TernaryFn sb = ta != tb ? pow3_slot(tb) : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && py2c__is_subtype(tb, ta)) {
            Py2cValue r = sb(a, b, mod);
            if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
            sb = NULL;
        }
        Py2cValue r = sa(a, b, mod);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (sb) {
        Py2cValue r = sb(a, b, mod);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    TernaryFn sm = pow3_slot(tm);
    if (sm && sm != sa && sm != sb) {
        Py2cValue r = sm(a, b, mod);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    return py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                             py2c_type_name(a), py2c_type_name(b), py2c_type_name(mod));
}

/* ---- unary operators ------------------------------------------------------ */

#define UNARY(fname, field, text)                                                                        \
    Py2cValue fname(Py2cValue a) {                                                                       \
        const Py2cType *t = py2c_type_of(a);                                                             \
        if (t->number && t->number->field) return t->number->field(a);                                   \
        return py2c_error_format(&py2c_exc_TypeError, "bad operand type for " text ": '%s'", py2c__type_tpname(t));   \
    }

UNARY(py2c_negative, neg, "unary -")
UNARY(py2c_positive, pos, "unary +")
UNARY(py2c_invert, invert, "unary ~")
UNARY(py2c_absolute, abs, "abs()")

/* ---- comparisons ------------------------------------------------------------ */

static const Py2cCompareOp swapped_op[] = {PY2C_GT, PY2C_GE, PY2C_EQ, PY2C_NE, PY2C_LT, PY2C_LE};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

/* CPython's do_richcompare. */
Py2cValue py2c_compare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    const Py2cType *ta = py2c_type_of(a), *tb = py2c_type_of(b);
    int checked_reverse = 0;
    if (ta != tb && tb->richcompare && py2c__is_subtype(tb, ta)) {
        checked_reverse = 1;
        Py2cValue r = tb->richcompare(b, a, swapped_op[op]);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (ta->richcompare) {
        Py2cValue r = ta->richcompare(a, b, op);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Py2cValue r = tb->richcompare(b, a, swapped_op[op]);
        if (!PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    }
    switch (op) {
    case PY2C_EQ: return py2c_bool(py2c_is(a, b));
    case PY2C_NE: return py2c_bool(!py2c_is(a, b));
    case PY2C_LT:
    case PY2C_LE:
    case PY2C_GT:
    case PY2C_GE: break;
    }
    return py2c_error_format(&py2c_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             cmp_symbols[op], ta->name, tb->name);
}

int py2c_compare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cValue r = py2c_compare(a, b, op);
    if (PY2C_IS_NULL(r)) return -1;
    if (py2c_is_bool(r)) return py2c_bool_value(r);
    int t = py2c_is_true(r);
    py2c_decref(r);
    return t;
}

int py2c__richcompare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (py2c_is(a, b)) {
        if (op == PY2C_EQ) return 1;
        if (op == PY2C_NE) return 0;
    }
    return py2c_compare_bool(a, b, op);
}

int py2c__eq_identity(Py2cValue a, Py2cValue b) { return py2c__richcompare_bool(a, b, PY2C_EQ); }

/* ---- contains, truth ----------------------------------------------------------- */

int py2c_contains(Py2cValue container, Py2cValue item) {
    const Py2cType *t = py2c_type_of(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        (void)py2c_error_format(&py2c_exc_TypeError, "argument of type '%s' is not iterable", py2c__type_tpname(t));
        return -1;
    }
    Py2cValue it = py2c_iter(container);
    if (PY2C_IS_NULL(it)) return -1;
    for (;;) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) {
            py2c_decref(it);
            return py2c_error_occurred() ? -1 : 0;
        }
        int eq = py2c__eq_identity(v, item);
        py2c_decref(v);
        if (eq != 0) {
            py2c_decref(it);
            return eq;
        }
    }
}

int py2c_is_true(Py2cValue v) {
    if (py2c_is_bool(v)) return py2c_bool_value(v);
    if (py2c_is_none(v)) return 0;
    if (py2c_is_small_int(v)) return py2c_small_int_value(v) != 0;
    if (py2c_is_float(v)) return py2c_float_value(v) != 0.0;
    if (PY2C_IS_NULL(v)) {
        (void)py2c_error_format(&py2c_exc_SystemError, "py2c: truth of a NULL value");
        return -1;
    }
    const Py2cType *t = py2c_obj_ptr(v)->type;
    if (t->is_true) return t->is_true(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

/* ---- text ---------------------------------------------------------------------- */

/* repr and str agree for the immediates other than through their types'
 * slots only in speed: these are the common cases done without a lookup. */
static Py2cValue immediate_text(Py2cValue v) {
    char buf[40];
    int n;
    if (py2c_is_bool(v)) return py2c_bool_value(v) ? py2c_str_from_utf8("True", 4) : py2c_str_from_utf8("False", 5);
    if (py2c_is_none(v)) return py2c_str_from_utf8("None", 4);
    if (py2c_is_small_int(v)) {
        n = snprintf(buf, sizeof buf, "%lld", (long long)py2c_small_int_value(v));
        return py2c_str_from_utf8(buf, n);
    }
    if (py2c_is_float(v)) {
        const Py2cType *t = &py2c_float_type;
        if (t->repr) return t->repr(v);
    }
    return py2c_error_format(&py2c_exc_SystemError, "py2c: text of a NULL value");
}

static Py2cValue check_text(Py2cValue r, const char *what) {
    if (PY2C_IS_NULL(r) || py2c_is_str(r)) return r;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s returned non-string (type %s)", what, py2c_type_name(r));
    py2c_decref(r);
    return PY2C_NULL;
}

Py2cValue py2c_repr(Py2cValue v) {
    if (!py2c_is_obj(v)) return immediate_text(v);
    const Py2cType *t = py2c_obj_ptr(v)->type;
    if (!t->repr) return py2c_object_default_repr(v);
    if (py2c__recursion_enter_where(" while getting the repr of an object") < 0) return PY2C_NULL;
    Py2cValue r = t->repr(v);
    py2c_recursion_leave();
    return check_text(r, "__repr__");
}

Py2cValue py2c_str(Py2cValue v) {
    if (!py2c_is_obj(v)) return immediate_text(v);
    const Py2cType *t = py2c_obj_ptr(v)->type;
    if (t == &py2c_str_type) {
        py2c_incref(v);
        return v;
    }
    if (!t->str) return py2c_repr(v);
    if (py2c__recursion_enter_where(" while getting the str of an object") < 0) return PY2C_NULL;
    Py2cValue r = t->str(v);
    py2c_recursion_leave();
    return check_text(r, "__str__");
}

/* Decodes one code point of UTF-8 (WTF-8) at s, storing its length. */
static uint32_t utf8_decode(const unsigned char *s, int *len) {
    if (s[0] < 0x80) return *len = 1, s[0];
    if (s[0] < 0xE0) return *len = 2, ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0) return *len = 3, ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return *len = 4, ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
                         (s[3] & 0x3F);
}

Py2cValue py2c_ascii(Py2cValue v) {
    Py2cValue r = py2c_repr(v);
    if (PY2C_IS_NULL(r)) return r;
    Py2cStr *s = py2c__as_str(r);
    if (s->len == s->nchars) return r; /* ASCII already */
    char *buf = py2c__alloc((size_t)s->nchars * 10 + 1);
    if (!buf) {
        py2c_decref(r);
        return py2c_error_nomemory();
    }
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    while (p < end) {
        int len;
        uint32_t c = utf8_decode(p, &len);
        p += len;
        if (c < 0x80) buf[n++] = (char)c;
        else if (c < 0x100) n += (size_t)sprintf(buf + n, "\\x%02x", (unsigned)c);
        else if (c < 0x10000) n += (size_t)sprintf(buf + n, "\\u%04x", (unsigned)c);
        else n += (size_t)sprintf(buf + n, "\\U%08x", (unsigned)c);
    }
    py2c_decref(r);
    r = py2c_str_from_utf8(buf, (int64_t)n);
    free(buf);
    return r;
}

Py2cValue py2c_format(Py2cValue v, Py2cValue spec) {
    const Py2cType *t = py2c_type_of(v);
    if (t->format) return check_text(t->format(v, spec), "__format__");
    if (py2c__is_heaptype(t)) {
        Py2cValue f = py2c__heap_lookup(t, "__format__");
        if (!PY2C_IS_NULL(f)) {
            Py2cValue args[2] = {v, spec};
            return check_text(py2c_call(f, args, 2, PY2C_NULL), "__format__");
        }
    }
    if (!py2c_is_str(spec) || py2c__as_str(spec)->len != 0)
        return py2c_error_format(&py2c_exc_TypeError, "unsupported format string passed to %s.__format__", py2c__type_tpname(t));
    return py2c_str(v);
}

/* ---- hash, len ----------------------------------------------------------------- */

Py2cHash py2c_hash(Py2cValue v) {
    const Py2cType *t = py2c_type_of(v);
    if (t->hash) return t->hash(v);
    (void)py2c_error_format(&py2c_exc_TypeError, "unhashable type: '%s'", py2c__type_tpname(t));
    return -1;
}

int64_t py2c_len(Py2cValue v) {
    const Py2cType *t = py2c_type_of(v);
    if (t->len) return t->len(v);
    (void)py2c_error_format(&py2c_exc_TypeError, "object of type '%s' has no len()", py2c__type_tpname(t));
    return -1;
}

/* ---- isinstance, issubclass ---------------------------------------------------- */

static int is_type(Py2cValue v) { return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type); }

static int is_tuple(Py2cValue v) { return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_tuple_type); }

int py2c_isinstance(Py2cValue v, Py2cValue cls) {
    if (is_type(cls)) return py2c__is_subtype(py2c_type_of(v), (const Py2cType *)py2c_obj_ptr(cls));
    if (is_tuple(cls)) {
        int64_t n = py2c__tuple_size(cls);
        for (int64_t i = 0; i < n; i++) {
            if (py2c_recursion_enter() < 0) return -1;
            int r = py2c_isinstance(v, py2c__tuple_item(cls, i));
            py2c_recursion_leave();
            if (r != 0) return r;
        }
        return 0;
    }
    (void)py2c_error_format(&py2c_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int py2c_issubclass(Py2cValue cls, Py2cValue base) {
    if (!is_type(cls)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (is_type(base)) return py2c__is_subtype((const Py2cType *)py2c_obj_ptr(cls), (const Py2cType *)py2c_obj_ptr(base));
    if (is_tuple(base)) {
        int64_t n = py2c__tuple_size(base);
        for (int64_t i = 0; i < n; i++) {
            if (py2c_recursion_enter() < 0) return -1;
            int r = py2c_issubclass(cls, py2c__tuple_item(base, i));
            py2c_recursion_leave();
            if (r != 0) return r;
        }
        return 0;
    }
    (void)py2c_error_format(&py2c_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}


/* ---- for loops over range -------------------------------------------------- */

Py2cValue py2c_range_loop_new(Py2cValue *start, Py2cValue *stop, Py2cValue *step, int nargs) {
    if (py2c_is_small_int(*start) && py2c_is_small_int(*stop) && py2c_is_small_int(*step) &&
        py2c_small_int_value(*step) != 0)
        return PY2C_NONE;
    Py2cValue args[3] = {*start, *stop, *step};
    /* range(stop) / range(start, stop) / range(start, stop, step), as written */
    Py2cValue r = py2c_call(PY2C_BUILTIN_VALUE(py2c_range_type), nargs == 1 ? args + 1 : args, (size_t)nargs,
                            PY2C_NULL);
    if (PY2C_IS_NULL(r)) return PY2C_NULL;
    Py2cValue it = py2c_iter(r);
    py2c_decref(r);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    Py2cValue *parts[3] = {start, stop, step};
    for (int k = 0; k < 3; k++) {
        Py2cValue old = *parts[k];
        *parts[k] = PY2C_NONE;
        py2c_decref(old);
    }
    return it;
}
