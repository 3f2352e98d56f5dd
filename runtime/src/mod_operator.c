/* The operator module (CPython's Modules/_operator.c): the operators as
 * functions, their dunder aliases (operator.__add__), and the callable types
 * itemgetter, attrgetter and methodcaller, with CPython 3.11's messages. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"

PY2C_STDLIB_MODULE("operator", py2c__module_init_operator);

/* --- argument checks ----------------------------------------------------------------- */

/* Argument Clinic's unpacking of `f(a, b, /)`: "add expected 2 arguments, got 1". */
static int exact_args(const char *f, size_t nargs, Py2cValue kwnames, size_t want) {
    if (py2c__kw_count(kwnames)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "_operator.%s() takes no keyword arguments", f);
        return -1;
    }
    if (nargs == want) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %zu argument%s, got %zu", f, want, want == 1 ? "" : "s",
                            nargs);
    return -1;
}

/* `f(a, /)` (METH_O): "_operator.neg() takes exactly one argument (0 given)". */
static int one_arg(const char *f, size_t nargs, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "_operator.%s() takes no keyword arguments", f);
        return -1;
    }
    if (nargs == 1) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "_operator.%s() takes exactly one argument (%zu given)", f, nargs);
    return -1;
}

/* --- binary and unary operators ---------------------------------------------------------- */

#define BINOP(cname, pyname, op, inplace)                                                                     \
    static Py2cValue cname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {         \
        (void)self;                                                                                            \
        if (exact_args(pyname, nargs, kwnames, 2) < 0) return PY2C_NULL;                                       \
        return (inplace) ? py2c_inplace_op(args[0], args[1], op) : py2c_binary_op(args[0], args[1], op);       \
    }

BINOP(op_add, "add", PY2C_OP_ADD, 0)
BINOP(op_sub, "sub", PY2C_OP_SUB, 0)
BINOP(op_mul, "mul", PY2C_OP_MUL, 0)
BINOP(op_matmul, "matmul", PY2C_OP_MATMUL, 0)
BINOP(op_truediv, "truediv", PY2C_OP_TRUEDIV, 0)
BINOP(op_floordiv, "floordiv", PY2C_OP_FLOORDIV, 0)
BINOP(op_mod, "mod", PY2C_OP_MOD, 0)
BINOP(op_pow, "pow", PY2C_OP_POW, 0)
BINOP(op_lshift, "lshift", PY2C_OP_LSHIFT, 0)
BINOP(op_rshift, "rshift", PY2C_OP_RSHIFT, 0)
BINOP(op_and, "and_", PY2C_OP_AND, 0)
BINOP(op_or, "or_", PY2C_OP_OR, 0)
BINOP(op_xor, "xor", PY2C_OP_XOR, 0)
BINOP(op_iadd, "iadd", PY2C_OP_ADD, 1)
BINOP(op_isub, "isub", PY2C_OP_SUB, 1)
BINOP(op_imul, "imul", PY2C_OP_MUL, 1)
BINOP(op_imatmul, "imatmul", PY2C_OP_MATMUL, 1)
BINOP(op_itruediv, "itruediv", PY2C_OP_TRUEDIV, 1)
BINOP(op_ifloordiv, "ifloordiv", PY2C_OP_FLOORDIV, 1)
BINOP(op_imod, "imod", PY2C_OP_MOD, 1)
BINOP(op_ipow, "ipow", PY2C_OP_POW, 1)
BINOP(op_ilshift, "ilshift", PY2C_OP_LSHIFT, 1)
BINOP(op_irshift, "irshift", PY2C_OP_RSHIFT, 1)
BINOP(op_iand, "iand", PY2C_OP_AND, 1)
BINOP(op_ior, "ior", PY2C_OP_OR, 1)
BINOP(op_ixor, "ixor", PY2C_OP_XOR, 1)

#define CMPOP(cname, pyname, op)                                                                      \
    static Py2cValue cname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)self;                                                                                    \
        if (exact_args(pyname, nargs, kwnames, 2) < 0) return PY2C_NULL;                               \
        return py2c_compare(args[0], args[1], op);                                                     \
    }

CMPOP(op_lt, "lt", PY2C_LT)
CMPOP(op_le, "le", PY2C_LE)
CMPOP(op_eq, "eq", PY2C_EQ)
CMPOP(op_ne, "ne", PY2C_NE)
CMPOP(op_gt, "gt", PY2C_GT)
CMPOP(op_ge, "ge", PY2C_GE)

#define UNOP(cname, pyname, fn)                                                                       \
    static Py2cValue cname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)self;                                                                                    \
        if (one_arg(pyname, nargs, kwnames) < 0) return PY2C_NULL;                                     \
        return fn(args[0]);                                                                            \
    }

UNOP(op_neg, "neg", py2c_negative)
UNOP(op_pos, "pos", py2c_positive)
UNOP(op_abs, "abs", py2c_absolute)
UNOP(op_invert, "invert", py2c_invert)
UNOP(op_inv, "inv", py2c_invert)

static Py2cValue truth_of(Py2cValue v) {
    int t = py2c_is_true(v);
    return t < 0 ? PY2C_NULL : py2c_bool(t);
}

static Py2cValue not_of(Py2cValue v) {
    int t = py2c_is_true(v);
    return t < 0 ? PY2C_NULL : py2c_bool(!t);
}

/* operator.index(a): a itself for an int, True -> 1, else a.__index__(). */
static Py2cValue index_of(Py2cValue v) {
    if (py2c_is_bool(v)) return py2c_int(py2c_bool_value(v));
    if (py2c_is_int(v)) {
        py2c_incref(v);
        return v;
    }
    const Py2cType *t = py2c_type_of(v);
    if (!t->number || !t->number->index)
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 py2c_type_name(v));
    return t->number->index(v);
}

UNOP(op_truth, "truth", truth_of)
UNOP(op_not, "not_", not_of)
UNOP(op_index, "index", index_of)

static Py2cValue op_is(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("is_", nargs, kwnames, 2) < 0) return PY2C_NULL;
    return py2c_bool(py2c_is(args[0], args[1]));
}

static Py2cValue op_is_not(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("is_not", nargs, kwnames, 2) < 0) return PY2C_NULL;
    return py2c_bool(!py2c_is(args[0], args[1]));
}

static Py2cValue op_concat(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("concat", nargs, kwnames, 2) < 0) return PY2C_NULL;
    /* PySequence_Concat: only sequences (types with item access) concatenate */
    if (!py2c_type_of(args[0])->getitem || py2c_is_dict(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object can't be concatenated", py2c_type_name(args[0]));
    return py2c_binary_op(args[0], args[1], PY2C_OP_ADD);
}

static Py2cValue op_contains(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("contains", nargs, kwnames, 2) < 0) return PY2C_NULL;
    int r = py2c_contains(args[0], args[1]);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static Py2cValue op_getitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("getitem", nargs, kwnames, 2) < 0) return PY2C_NULL;
    return py2c_getitem(args[0], args[1]);
}

static Py2cValue op_setitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("setitem", nargs, kwnames, 3) < 0) return PY2C_NULL;
    return py2c_setitem(args[0], args[1], args[2]) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue op_delitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (exact_args("delitem", nargs, kwnames, 2) < 0) return PY2C_NULL;
    return py2c_delitem(args[0], args[1]) < 0 ? PY2C_NULL : PY2C_NONE;
}

/* countOf / indexOf: identity-or-equality scans (PySequence_Count/Index). */
static Py2cValue scan(const char *f, const Py2cValue *args, size_t nargs, Py2cValue kwnames, int count) {
    if (exact_args(f, nargs, kwnames, 2) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) {
        if (!py2c_error_matches(&py2c_exc_TypeError)) return PY2C_NULL;
        py2c_error_clear();
        return py2c_error_format(&py2c_exc_TypeError, "argument of type '%s' is not iterable", py2c_type_name(args[0]));
    }
    int64_t n = 0;
    for (;;) {
        Py2cValue x = py2c_iter_next(it);
        if (PY2C_IS_NULL(x)) break;
        int eq = py2c__eq_identity(x, args[1]);
        py2c_decref(x);
        if (eq < 0) break;
        if (eq && !count) {
            py2c_decref(it);
            return py2c_int_from_int64(n);
        }
        if (eq || !count) n++;
    }
    py2c_decref(it);
    if (py2c_error_occurred()) return PY2C_NULL;
    if (count) return py2c_int_from_int64(n);
    return py2c_error_format(&py2c_exc_ValueError, "sequence.index(x): x not in sequence");
}

static Py2cValue op_countof(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    return scan("countOf", args, nargs, kwnames, 1);
}

static Py2cValue op_indexof(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    return scan("indexOf", args, nargs, kwnames, 0);
}

/* operator.call(obj, /, *args, **kwargs) (new in 3.11). */
static Py2cValue op_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (nargs == 0)
        return py2c_error_format(&py2c_exc_TypeError, "call expected at least 1 argument, got 0");
    return py2c_call(args[0], args + 1, nargs - 1, kwnames);
}

/* length_hint(obj, default=0, /): len(obj) when it has one, else default
 * (py2c's iterators do not expose __length_hint__). */
static Py2cValue op_length_hint(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "length_hint() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return py2c_error_format(&py2c_exc_TypeError, "length_hint expected at %s, got %zu",
                                 nargs < 1 ? "least 1 argument" : "most 2 arguments", nargs);
    int64_t dflt = 0;
    if (nargs == 2 && py2c__bltin_as_int64(args[1], &dflt) < 0) return PY2C_NULL;
    if (py2c_type_of(args[0])->len) {
        int64_t n = py2c_len(args[0]);
        return n < 0 ? PY2C_NULL : py2c_int_from_int64(n);
    }
    return py2c_int_from_int64(dflt);
}

/* --- itemgetter / attrgetter / methodcaller ---------------------------------------------- */

/* The three share one layout. */
typedef struct Getter {
    Py2cObject ob;
    Py2cValue items;   /* tuple: keys, attribute names, or (name, *args, *kwvalues) */
    Py2cValue kwnames; /* methodcaller: tuple of keyword names, or PY2C_NULL */
} Getter;

static Getter *as_getter(Py2cValue v) { return (Getter *)py2c_obj_ptr(v); }

static void getter_dealloc(Py2cObject *o) {
    py2c_decref(((Getter *)o)->items);
    py2c_decref(((Getter *)o)->kwnames);
    free(o);
}

/* A new getter of type t owning items (stolen) and kwnames (borrowed). */
static Py2cValue getter_alloc(const Py2cType *t, Py2cValue items, Py2cValue kwnames) {
    if (PY2C_IS_NULL(items)) return PY2C_NULL;
    Getter *g = (Getter *)py2c__object_new(t, sizeof *g);
    if (!g) {
        py2c_decref(items);
        return PY2C_NULL;
    }
    py2c_incref(kwnames);
    g->items = items;
    g->kwnames = kwnames;
    return py2c_obj_value(&g->ob);
}

/* The call of a getter: exactly one positional argument. */
static int getter_call_args(const char *f, size_t nargs, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", f);
        return -1;
    }
    if (nargs == 1) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s expected 1 argument, got %zu", f, nargs);
    return -1;
}


/* prefix + the reprs of items joined by ", " (the last nkw of them as
 * name=value with names from kwnames) + ")". */
static Py2cValue repr_join(const char *prefix, const Py2cValue *items, int64_t n, Py2cValue kwnames) {
    Py2cBuf b = {0};
    int64_t nkw = (int64_t)py2c__kw_count(kwnames);
    if (py2c__buf_puts(&b, prefix) < 0) goto fail;
    for (int64_t i = 0; i < n; i++) {
        if (i && py2c__buf_puts(&b, ", ") < 0) goto fail;
        if (i >= n - nkw) {
            Py2cValue k = py2c_tuple_item(kwnames, i - (n - nkw));
            if (py2c__buf_puts(&b, py2c__as_str(k)->data) < 0 || py2c__buf_puts(&b, "=") < 0) goto fail;
        }
        if (py2c__buf_put_repr(&b, items[i]) < 0) goto fail;
    }
    if (py2c__buf_puts(&b, ")") < 0) goto fail;
    return py2c__buf_finish(&b);
fail:
    py2c__buf_free(&b);
    return PY2C_NULL;
}

static Py2cValue getter_repr(Py2cValue self) {
    Getter *g = as_getter(self);
    const char *name = py2c_type_of(self)->name;
    char prefix[40];
    snprintf(prefix, sizeof prefix, "operator.%s(", name);
    int r = py2c__repr_enter(self);
    if (r < 0) return PY2C_NULL;
    if (r > 0) {
        snprintf(prefix, sizeof prefix, "operator.%s(...)", name);
        return py2c_str_from_cstr(prefix);
    }
    Py2cValue s = repr_join(prefix, py2c_tuple_ptr(g->items)->items, py2c_tuple_size(g->items), g->kwnames);
    py2c__repr_leave(self);
    return s;
}

extern const Py2cType py2c__operator_itemgetter_type, py2c__operator_attrgetter_type,
    py2c__operator_methodcaller_type;

static Py2cValue itemgetter_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (getter_call_args("itemgetter", nargs ? 1 : 0, kwnames) < 0) return PY2C_NULL;
    return getter_alloc(&py2c__operator_itemgetter_type, py2c_tuple_pack(nargs, args), PY2C_NULL);
}

static Py2cValue itemgetter_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (getter_call_args("itemgetter", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue items = as_getter(self)->items;
    int64_t n = py2c_tuple_size(items);
    if (n == 1) return py2c_getitem(args[0], py2c_tuple_item(items, 0));
    Py2cValue t = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(t)) return t;
    for (int64_t i = 0; i < n; i++) {
        Py2cValue v = py2c_getitem(args[0], py2c_tuple_item(items, i));
        if (PY2C_IS_NULL(v)) {
            py2c_decref(t);
            return v;
        }
        py2c_tuple_ptr(t)->items[i] = v;
    }
    return t;
}

static Py2cValue attrgetter_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (getter_call_args("attrgetter", nargs ? 1 : 0, kwnames) < 0) return PY2C_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!py2c_is_str(args[i])) return py2c_error_format(&py2c_exc_TypeError, "attribute name must be a string");
    return getter_alloc(&py2c__operator_attrgetter_type, py2c_tuple_pack(nargs, args), PY2C_NULL);
}

/* obj.a.b.c for the dotted name s. */
static Py2cValue dotted_getattr(Py2cValue obj, Py2cValue s) {
    const char *text = py2c__as_str(s)->data;
    if (!strchr(text, '.')) return py2c_getattr(obj, s);
    py2c_incref(obj);
    const char *p = text;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - p) : strlen(p);
        Py2cValue part = py2c_str_from_utf8(p, (int64_t)len);
        Py2cValue next = PY2C_IS_NULL(part) ? PY2C_NULL : py2c_getattr(obj, part);
        py2c_decref(part);
        py2c_decref(obj);
        if (PY2C_IS_NULL(next) || !dot) return next;
        obj = next;
        p = dot + 1;
    }
}

static Py2cValue attrgetter_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (getter_call_args("attrgetter", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue items = as_getter(self)->items;
    int64_t n = py2c_tuple_size(items);
    if (n == 1) return dotted_getattr(args[0], py2c_tuple_item(items, 0));
    Py2cValue t = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(t)) return t;
    for (int64_t i = 0; i < n; i++) {
        Py2cValue v = dotted_getattr(args[0], py2c_tuple_item(items, i));
        if (PY2C_IS_NULL(v)) {
            py2c_decref(t);
            return v;
        }
        py2c_tuple_ptr(t)->items[i] = v;
    }
    return t;
}

static Py2cValue methodcaller_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (nargs == 0)
        return py2c_error_format(&py2c_exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!py2c_is_str(args[0])) return py2c_error_format(&py2c_exc_TypeError, "method name must be a string");
    size_t nkw = py2c__kw_count(kwnames);
    return getter_alloc(&py2c__operator_methodcaller_type, py2c_tuple_pack(nargs + nkw, args),
                        nkw ? kwnames : PY2C_NULL);
}

static Py2cValue methodcaller_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (getter_call_args("methodcaller", nargs, kwnames) < 0) return PY2C_NULL;
    Getter *g = as_getter(self);
    Py2cTuple *t = py2c_tuple_ptr(g->items);
    size_t nkw = py2c__kw_count(g->kwnames);
    return py2c_call_method(args[0], t->items[0], t->items + 1, (size_t)t->size - 1 - nkw, g->kwnames);
}

#define GETTER_TYPE(sym, pyname, newfn, callfn)        \
    const Py2cType sym = {                             \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type),     \
        .name = pyname,                                \
        .module = "operator",                          \
        .base = &py2c_object_type,                     \
        .basicsize = sizeof(Getter),                   \
        .dealloc = getter_dealloc,                     \
        .new_ = newfn,                                 \
        .repr = getter_repr,                           \
        .hash = py2c_object_hash,                      \
        .call = callfn,                                \
    }

GETTER_TYPE(py2c__operator_itemgetter_type, "itemgetter", itemgetter_new, itemgetter_call);
GETTER_TYPE(py2c__operator_attrgetter_type, "attrgetter", attrgetter_new, attrgetter_call);
GETTER_TYPE(py2c__operator_methodcaller_type, "methodcaller", methodcaller_new, methodcaller_call);

/* --- the module ------------------------------------------------------------------------- */

/* Each function under its name and, where CPython has one, its dunder alias
 * (the alias is the same object, as in CPython: operator.__add__ is add). */
#define OPERATOR_FUNCS(X)                       \
    X(add, "add", op_add, 1)                    \
    X(sub, "sub", op_sub, 1)                    \
    X(mul, "mul", op_mul, 1)                    \
    X(matmul, "matmul", op_matmul, 1)           \
    X(truediv, "truediv", op_truediv, 1)        \
    X(floordiv, "floordiv", op_floordiv, 1)     \
    X(mod, "mod", op_mod, 1)                    \
    X(pow, "pow", op_pow, 1)                    \
    X(lshift, "lshift", op_lshift, 1)           \
    X(rshift, "rshift", op_rshift, 1)           \
    X(and_, "and_", op_and, 1)                  \
    X(or_, "or_", op_or, 1)                     \
    X(xor, "xor", op_xor, 1)                    \
    X(iadd, "iadd", op_iadd, 1)                 \
    X(isub, "isub", op_isub, 1)                 \
    X(imul, "imul", op_imul, 1)                 \
    X(imatmul, "imatmul", op_imatmul, 1)        \
    X(itruediv, "itruediv", op_itruediv, 1)     \
    X(ifloordiv, "ifloordiv", op_ifloordiv, 1)  \
    X(imod, "imod", op_imod, 1)                 \
    X(ipow, "ipow", op_ipow, 1)                 \
    X(ilshift, "ilshift", op_ilshift, 1)        \
    X(irshift, "irshift", op_irshift, 1)        \
    X(iand, "iand", op_iand, 1)                 \
    X(ior, "ior", op_ior, 1)                    \
    X(ixor, "ixor", op_ixor, 1)                 \
    X(lt, "lt", op_lt, 1)                       \
    X(le, "le", op_le, 1)                       \
    X(eq, "eq", op_eq, 1)                       \
    X(ne, "ne", op_ne, 1)                       \
    X(gt, "gt", op_gt, 1)                       \
    X(ge, "ge", op_ge, 1)                       \
    X(neg, "neg", op_neg, 1)                    \
    X(pos, "pos", op_pos, 1)                    \
    X(abs, "abs", op_abs, 1)                    \
    X(invert, "invert", op_invert, 1)           \
    X(inv, "inv", op_inv, 1)                    \
    X(truth, "truth", op_truth, 0)              \
    X(not_, "not_", op_not, 1)                  \
    X(index, "index", op_index, 1)              \
    X(is_, "is_", op_is, 0)                     \
    X(is_not, "is_not", op_is_not, 0)           \
    X(concat, "concat", op_concat, 1)           \
    X(contains, "contains", op_contains, 1)     \
    X(getitem, "getitem", op_getitem, 1)        \
    X(setitem, "setitem", op_setitem, 1)        \
    X(delitem, "delitem", op_delitem, 1)        \
    X(countOf, "countOf", op_countof, 0)        \
    X(indexOf, "indexOf", op_indexof, 0)        \
    X(call, "call", op_call, 1)                 \
    X(length_hint, "length_hint", op_length_hint, 0)

#define X(id, pyname, fn, alias) static PY2C_BUILTIN_FUNCTION(obj_##id, pyname, fn);
OPERATOR_FUNCS(X)
#undef X

/* The dunder alias of a name: "and_" -> "__and__", "add" -> "__add__". */
static int add_alias(Py2cValue m, const char *name, Py2cValue f) {
    char buf[32];
    size_t n = strlen(name);
    if (name[n - 1] == '_') n--;
    snprintf(buf, sizeof buf, "__%.*s__", (int)n, name);
    return py2c_module_add(m, buf, f);
}

Py2cValue py2c__module_init_operator(void) {
    Py2cValue m = py2c_module_new("operator");
    if (PY2C_IS_NULL(m)) return m;
#define X(id, pyname, fn, alias)                                                    \
    if (py2c_module_add(m, pyname, PY2C_BUILTIN_VALUE(obj_##id)) < 0) goto fail; \
    if (alias && add_alias(m, pyname, PY2C_BUILTIN_VALUE(obj_##id)) < 0) goto fail;
    OPERATOR_FUNCS(X)
#undef X
    if (py2c_module_add(m, "itemgetter", py2c_type_value(&py2c__operator_itemgetter_type)) < 0 ||
        py2c_module_add(m, "attrgetter", py2c_type_value(&py2c__operator_attrgetter_type)) < 0 ||
        py2c_module_add(m, "methodcaller", py2c_type_value(&py2c__operator_methodcaller_type)) < 0)
        goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
