/* The abstract object protocol: what generated code calls for any value whose
 * type the compiler does not know. Each function dispatches on the operands'
 * types (slots in py2c/type.h) and raises CPython's exceptions with CPython's
 * messages. Arguments are borrowed; results are new references, or
 * PY2C_NULL / -1 with the current exception set.
 *
 * Attribute and method names are str values (the compiler emits them as
 * immortal constants, so lookups can compare pointers before text). */
#ifndef PY2C_ABSTRACT_H
#define PY2C_ABSTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/error.h"
#include "py2c/function.h"
#include "py2c/int.h"
#include "py2c/list.h"
#include "py2c/tuple.h"
#include "py2c/type.h"

/* --- operators --------------------------------------------------------- */
/* a <op> b with CPython's dispatch (left slot, then right, subclass first)
 * and its TypeError ("unsupported operand type(s) for +: 'int' and 'str'"). */
PY2C_WARN_UNUSED Py2cValue py2c_binary_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op);
/* a <op>= b: the in-place slot if any, else the binary operator. */
PY2C_WARN_UNUSED Py2cValue py2c_inplace_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op);
PY2C_WARN_UNUSED Py2cValue py2c_power3(Py2cValue a, Py2cValue b, Py2cValue mod); /* pow(a, b, mod) */
PY2C_WARN_UNUSED Py2cValue py2c_negative(Py2cValue a);  /* -a */
PY2C_WARN_UNUSED Py2cValue py2c_positive(Py2cValue a);  /* +a */
PY2C_WARN_UNUSED Py2cValue py2c_invert(Py2cValue a);    /* ~a */
PY2C_WARN_UNUSED Py2cValue py2c_absolute(Py2cValue a);  /* abs(a) */

/* a <op> b for ==, !=, <, <=, >, >= (reflected fallbacks, identity default
 * for == and !=); the result is any object (usually a bool). */
PY2C_WARN_UNUSED Py2cValue py2c_compare(Py2cValue a, Py2cValue b, Py2cCompareOp op);
/* The same, reduced to truth: 1, 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c_compare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op);
/* a is b */
static inline int py2c_is(Py2cValue a, Py2cValue b) {
    /* floats are immediates: CPython's `is` on two equal floats is not
     * guaranteed either; equal bits is the closest cheap answer. */
    return a.bits == b.bits;
}
/* item in container: 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_contains(Py2cValue container, Py2cValue item);
/* bool(v): 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_is_true(Py2cValue v);

/* --- inline fast paths for numbers -------------------------------------- *
 * What generated code calls for operators: the same results, exceptions
 * and messages as the generic functions above (which they fall back to),
 * but small ints and floats are handled inline without dispatch. op is
 * always a constant at the call site, so each use folds to one case.
 * Small ints are 48-bit, so sums and differences never overflow int64_t;
 * every result is checked against the small range (canonical form) and
 * goes the generic (big int) way when it leaves it. A small int converts
 * to double exactly (|i| < 2**53), which makes int/float mixes exact. */
#if defined(__GNUC__) || defined(__clang__)
#define PY2C__INLINE static inline __attribute__((always_inline))
#define PY2C__MUL_OVERFLOW(a, b, r) __builtin_mul_overflow(a, b, r)
#else
#define PY2C__INLINE static inline
static inline int py2c__mul_overflow(int64_t a, int64_t b, int64_t *r) {
    /* operands are small ints (|x| < 2**47): the product fits unless both are large */
    if ((a > INT32_MAX || a < -INT32_MAX || b > INT32_MAX || b < -INT32_MAX) && a != 0 &&
        (b > INT64_MAX / (a < 0 ? -a : a) || b < -(INT64_MAX / (a < 0 ? -a : a))))
        return 1;
    *r = a * b;
    return 0;
}
#define PY2C__MUL_OVERFLOW(a, b, r) py2c__mul_overflow(a, b, r)
#endif

PY2C__INLINE bool py2c__small_fits(int64_t r) { return r >= PY2C_SMALL_INT_MIN && r <= PY2C_SMALL_INT_MAX; }

/* Two small ints: *out = x <op> y and 1, or 0 when the generic path must
 * decide (division by zero, a result beyond the small range, pow, ...). */
PY2C__INLINE int py2c__int_binop(int64_t x, int64_t y, Py2cBinaryOp op, Py2cValue *out) {
    int64_t r;
    switch (op) {
    case PY2C_OP_ADD: r = x + y; break;
    case PY2C_OP_SUB: r = x - y; break;
    case PY2C_OP_MUL:
        if (PY2C__MUL_OVERFLOW(x, y, &r)) return 0;
        break;
    case PY2C_OP_FLOORDIV:
        if (y == 0) return 0;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--; /* floor, not truncation */
        break;
    case PY2C_OP_MOD:
        if (y == 0) return 0;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y; /* the sign of the divisor */
        break;
    case PY2C_OP_TRUEDIV:
        if (y == 0) return 0;
        *out = py2c_float((double)x / (double)y); /* both exact doubles: one correctly rounded division */
        return 1;
    case PY2C_OP_AND: r = x & y; break;
    case PY2C_OP_OR: r = x | y; break;
    case PY2C_OP_XOR: r = x ^ y; break;
    case PY2C_OP_LSHIFT:
        if (y < 0 || y > 47) return 0; /* negative count (ValueError) or surely beyond the small range */
        if (PY2C__MUL_OVERFLOW(x, (int64_t)1 << y, &r)) return 0;
        break;
    case PY2C_OP_RSHIFT:
        if (y < 0) return 0;
        r = x >> (y > 63 ? 63 : y); /* arithmetic shift floors, as Python's >> */
        break;
    case PY2C_OP_MATMUL:
    case PY2C_OP_POW:
    case PY2C_OP_DIVMOD:
    default: return 0;
    }
    if (!py2c__small_fits(r)) return 0;
    *out = py2c_int(r);
    return 1;
}

/* Two doubles (at least one a float): *out and 1, or 0 for the generic path. */
PY2C__INLINE int py2c__float_binop(double x, double y, Py2cBinaryOp op, Py2cValue *out) {
    switch (op) {
    case PY2C_OP_ADD: *out = py2c_float(x + y); return 1;
    case PY2C_OP_SUB: *out = py2c_float(x - y); return 1;
    case PY2C_OP_MUL: *out = py2c_float(x * y); return 1;
    case PY2C_OP_TRUEDIV:
        if (y == 0.0) return 0; /* ZeroDivisionError: the generic path says it */
        *out = py2c_float(x / y);
        return 1;
    default: return 0;
    }
}

/* Both operands as doubles when each is a float or a small int and at least
 * one is a float. */
PY2C__INLINE bool py2c__float_pair(Py2cValue a, Py2cValue b, double *x, double *y) {
    if (py2c_is_float(a)) {
        *x = py2c_float_value(a);
        if (py2c_is_float(b)) *y = py2c_float_value(b);
        else if (py2c_is_small_int(b)) *y = (double)py2c_small_int_value(b);
        else return false;
        return true;
    }
    if (py2c_is_float(b) && py2c_is_small_int(a)) {
        *x = (double)py2c_small_int_value(a);
        *y = py2c_float_value(b);
        return true;
    }
    return false;
}

/* a op b on two small ints or floats (a float and a small int) computed
 * inline into *r: true; false when the generic path must do it. */
PY2C__INLINE bool py2c__number_op_inline(Py2cValue a, Py2cValue b, Py2cBinaryOp op, Py2cValue *r) {
    double x, y;
    if (py2c_is_small_int(a) && py2c_is_small_int(b))
        return py2c__int_binop(py2c_small_int_value(a), py2c_small_int_value(b), op, r);
    return py2c__float_pair(a, b, &x, &y) && py2c__float_binop(x, y, op, r);
}

/* py2c_binary_op with the fast paths. */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_binary_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op) {
    Py2cValue r;
    return py2c__number_op_inline(a, b, op, &r) ? r : py2c_binary_op(a, b, op);
}

/* py2c_inplace_op with the fast paths (int and float have no in-place slots). */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_inplace_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op) {
    Py2cValue r;
    return py2c__number_op_inline(a, b, op, &r) ? r : py2c_inplace_op(a, b, op);
}

/* -a */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_negative(Py2cValue a) {
    if (py2c_is_small_int(a)) {
        int64_t x = py2c_small_int_value(a);
        if (x != PY2C_SMALL_INT_MIN) return py2c_int(-x);
    } else if (py2c_is_float(a)) {
        return py2c_float(-py2c_float_value(a));
    }
    return py2c_negative(a);
}

/* x <op> y on doubles or int64s: C's operators agree with Python's for
 * both (nan compares unequal and unordered). */
#define PY2C__CMP(x, y, op)                                                                                  \
    ((op) == PY2C_LT ? (x) < (y)                                                                             \
     : (op) == PY2C_LE ? (x) <= (y)                                                                          \
     : (op) == PY2C_EQ ? (x) == (y)                                                                          \
     : (op) == PY2C_NE ? (x) != (y)                                                                          \
     : (op) == PY2C_GT ? (x) > (y)                                                                           \
                       : (x) >= (y))

/* py2c_compare_bool with the fast paths: 1, 0, or -1 with an exception. */
PY2C__INLINE PY2C_WARN_UNUSED int py2c_fast_compare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    double x, y;
    if (py2c_is_small_int(a) && py2c_is_small_int(b)) {
        int64_t i = py2c_small_int_value(a), j = py2c_small_int_value(b);
        return PY2C__CMP(i, j, op);
    }
    if (py2c__float_pair(a, b, &x, &y)) return PY2C__CMP(x, y, op);
    return py2c_compare_bool(a, b, op);
}

/* py2c_compare with the fast paths (a bool for numbers). */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_compare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    double x, y;
    if (py2c_is_small_int(a) && py2c_is_small_int(b)) {
        int64_t i = py2c_small_int_value(a), j = py2c_small_int_value(b);
        return py2c_bool(PY2C__CMP(i, j, op));
    }
    if (py2c__float_pair(a, b, &x, &y)) return py2c_bool(PY2C__CMP(x, y, op));
    return py2c_compare(a, b, op);
}

/* py2c_is_true with the immediates inline. */
PY2C__INLINE PY2C_WARN_UNUSED int py2c_fast_is_true(Py2cValue v) {
    if (py2c_is_bool(v)) return py2c_bool_value(v);
    if (py2c_is_small_int(v)) return py2c_small_int_value(v) != 0;
    if (py2c_is_none(v)) return 0;
    return py2c_is_true(v);
}

/* --- objects ------------------------------------------------------------ */
PY2C_WARN_UNUSED Py2cValue py2c_repr(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_str(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_ascii(Py2cValue v);
/* format(v, spec): spec is a str (may be empty). */
PY2C_WARN_UNUSED Py2cValue py2c_format(Py2cValue v, Py2cValue spec);
PY2C_WARN_UNUSED Py2cHash py2c_hash(Py2cValue v);
/* len(v), with CPython's TypeError for objects without a length. */
PY2C_WARN_UNUSED int64_t py2c_len(Py2cValue v);
/* isinstance(v, cls) / issubclass(cls, base); cls may be a tuple of types. 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_isinstance(Py2cValue v, Py2cValue cls);
PY2C_WARN_UNUSED int py2c_issubclass(Py2cValue cls, Py2cValue base);

/* --- attributes --------------------------------------------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_getattr(Py2cValue obj, Py2cValue name);
/* Like py2c_getattr, but returns PY2C_NULL WITHOUT an exception when the
 * attribute does not exist (hasattr, getattr with default). */
PY2C_WARN_UNUSED Py2cValue py2c_getattr_opt(Py2cValue obj, Py2cValue name);
PY2C_WARN_UNUSED int py2c_setattr(Py2cValue obj, Py2cValue name, Py2cValue value);
PY2C_WARN_UNUSED int py2c_delattr(Py2cValue obj, Py2cValue name);

/* Inline caches: generated code gives each `obj.name` load, store and
 * method lookup site its own zero-initialised static Py2cAttrCache and calls
 * the _ic form of the operation, which behaves exactly as the plain one.
 * The cache remembers, for the last few types seen at the site (one way
 * each: a site in a base class's method sees the subclasses), where the
 * attribute lives (instance __dict__ only, a class attribute in a given
 * class, a data descriptor, a getset, a method); a way is valid only
 * while the class's version tag is the one it was filled under (a class
 * gets a new tag when its namespace or an ancestor's changes), and it is
 * read and written under its sequence counter `seq` (odd while being
 * written), so a reader racing a writer sees either a whole entry or none.
 * Class values are borrowed from the class namespace: while threads run,
 * the value is taken again from the namespace under its lock and used only
 * if it is still the same object. Fields are private to the runtime. */
typedef struct Py2cAttrCacheWay {
    _Atomic uint32_t seq;
    _Atomic uint32_t kind;
    _Atomic uintptr_t type;  /* const Py2cType * the entry is for */
    _Atomic uintptr_t owner; /* const Py2cType * holding the class attribute */
    _Atomic uint64_t epoch;  /* the type's version tag when filled */
    _Atomic uint64_t value;  /* Py2cValue bits (borrowed) or a Py2cGetSetDef pointer */
    _Atomic int64_t hint;    /* where name was in the last instance __dict__ (entry index + 1; 0: unknown) */
} Py2cAttrCacheWay;
enum { PY2C_ATTR_CACHE_WAYS = 4 };
typedef struct Py2cAttrCache {
    Py2cAttrCacheWay way[PY2C_ATTR_CACHE_WAYS];
    _Atomic uint32_t victim; /* the way the next new type replaces, when all are taken */
} Py2cAttrCache;
/* py2c_getattr / py2c_setattr / py2c_method_lookup through cache ic. */
PY2C_WARN_UNUSED Py2cValue py2c_getattr_ic(Py2cValue obj, Py2cValue name, Py2cAttrCache *ic);
PY2C_WARN_UNUSED int py2c_setattr_ic(Py2cValue obj, Py2cValue name, Py2cValue value, Py2cAttrCache *ic);
PY2C_WARN_UNUSED int py2c_method_lookup_ic(Py2cValue obj, Py2cValue name, Py2cValue *callable,
                                           Py2cValue *self_or_null, Py2cAttrCache *ic);
/* Runtime-internal: name (a str) along the user classes of heap type t's
 * MRO, as a new reference (PY2C_NULL without an exception when absent),
 * through cache ic. */
PY2C_WARN_UNUSED Py2cValue py2c__class_lookup_ic(const Py2cType *t, Py2cValue name, Py2cAttrCache *ic);
/* Runtime-internal: f(self, *args) (args then kwnames' values), with no
 * argument copying or binding when f is a plain Python function taking
 * exactly that many positional arguments. */
PY2C_WARN_UNUSED Py2cValue py2c__call_with_self(Py2cValue f, Py2cValue self, const Py2cValue *args, size_t nargs,
                                                Py2cValue kwnames);

/* --- items (slices are slice objects: py2c_slice_new) --------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_getitem(Py2cValue obj, Py2cValue key);
PY2C_WARN_UNUSED int py2c_setitem(Py2cValue obj, Py2cValue key, Py2cValue value);
PY2C_WARN_UNUSED int py2c_delitem(Py2cValue obj, Py2cValue key);
/* slice(start, stop, step); absent parts are None. */
PY2C_WARN_UNUSED Py2cValue py2c_slice_new(Py2cValue start, Py2cValue stop, Py2cValue step);

/* py2c_getitem / py2c_setitem with list[int] and tuple[int] inline. Only
 * while no other thread can preempt this one (py2c__preemptive): with native
 * threads, lists are read and written under their locks (the generic path). */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_getitem(Py2cValue obj, Py2cValue key) {
    if (py2c_is_small_int(key) && py2c_is_obj(obj)) {
        const Py2cType *t = py2c_obj_ptr(obj)->type;
        int64_t i = py2c_small_int_value(key);
        if (t == &py2c_list_type && !py2c__preemptive()) {
            Py2cList *l = py2c_list_ptr(obj);
            if (i < 0) i += l->size;
            if (i >= 0 && i < l->size) {
                Py2cValue v = l->items[i];
                py2c_incref(v);
                return v;
            }
        } else if (t == &py2c_tuple_type) {
            int64_t n = py2c_tuple_size(obj);
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
                Py2cValue v = py2c_tuple_item(obj, i);
                py2c_incref(v);
                return v;
            }
        }
    }
    return py2c_getitem(obj, key);
}

/* len(v) as the builtin computes it (a new int; PY2C_NULL with CPython's
 * TypeError), lists and tuples inline: direct calls of the builtin
 * (src/lower/lw_builtin_fn.c). */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_len(Py2cValue v) {
    if (py2c_is_obj(v)) {
        const Py2cType *t = py2c_obj_ptr(v)->type;
        if (t == &py2c_list_type && !py2c__preemptive()) return py2c_int(py2c_list_ptr(v)->size);
        if (t == &py2c_tuple_type) return py2c_int(py2c_tuple_size(v));
    }
    int64_t n = py2c_len(v); /* (a __len__ may return more than a small int) */
    return n < 0 ? PY2C_NULL : py2c_int_from_int64(n);
}

PY2C__INLINE PY2C_WARN_UNUSED int py2c_fast_setitem(Py2cValue obj, Py2cValue key, Py2cValue value) {
    if (py2c_is_small_int(key) && py2c_is_list(obj) && !py2c__preemptive()) {
        Py2cList *l = py2c_list_ptr(obj);
        int64_t i = py2c_small_int_value(key);
        if (i < 0) i += l->size;
        if (i >= 0 && i < l->size) {
            Py2cValue old = l->items[i];
            py2c_incref(value);
            l->items[i] = value;
            py2c_decref(old);
            return 0;
        }
    }
    return py2c_setitem(obj, key, value);
}

/* --- calls (convention: see Py2cCallFn in py2c/type.h) ------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_call(Py2cValue callable, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
/* obj.name(*args): looks the method up and calls it without creating a bound
 * method object where it can. args excludes obj. */
PY2C_WARN_UNUSED Py2cValue py2c_call_method(Py2cValue obj, Py2cValue name, const Py2cValue *args, size_t nargs,
                                            Py2cValue kwnames);
/* obj.name(args) as CPython 3.11 runs it: LOAD_METHOD (this lookup), then
 * the arguments, then CALL (py2c_method_call). For a method of obj's type,
 * *callable is the type's function and *self_or_null is obj (no bound
 * method is created); otherwise *callable is getattr(obj, name) and
 * *self_or_null is PY2C_NULL. New references; 0, or -1 with an exception
 * (then both are PY2C_NULL). */
PY2C_WARN_UNUSED int py2c_method_lookup(Py2cValue obj, Py2cValue name, Py2cValue *callable, Py2cValue *self_or_null);
/* py2c_call for a call with nargs <= 8 positional arguments and no
 * keywords: a plain Python function taking exactly nargs positional
 * parameters (no *args, **kwargs or keyword-only ones) gets them without
 * the binding step, as py2c_function_bind would bind them. */
PY2C__INLINE PY2C_WARN_UNUSED Py2cValue py2c_fast_call(Py2cValue callable, const Py2cValue *args, size_t nargs) {
    if (nargs <= 8 && py2c_is_obj(callable) && py2c_obj_ptr(callable)->type == &py2c_function_type) {
        Py2cFunction *f = (Py2cFunction *)py2c_obj_ptr(callable);
        const Py2cFuncInfo *info = f->info;
        if (info->npos == (int32_t)nargs && info->nkwonly == 0 && info->flags == 0) {
            Py2cValue params[8];
            for (size_t i = 0; i < nargs; i++) {
                py2c_incref(args[i]);
                params[i] = args[i];
            }
            return info->body(f, params);
        }
    }
    return py2c_call(callable, args, nargs, PY2C_NULL);
}
/* callable(self_or_null, *args) when self_or_null is set, else callable(*args). */
PY2C_WARN_UNUSED Py2cValue py2c_method_call(Py2cValue callable, Py2cValue self_or_null, const Py2cValue *args,
                                            size_t nargs, Py2cValue kwnames);
/* callable(*args_tuple, **kwargs_dict): for calls with * or ** unpacking.
 * kwargs may be PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c_call_ex(Py2cValue callable, Py2cValue args_tuple, Py2cValue kwargs);
/* callable(v) test: 1 or 0. */
int py2c_callable(Py2cValue v);
/* list.extend(iterable) for a starred item: f(*x) (func: the callee) or a
 * display [*x] (func PY2C_NULL), with CPython's TypeError when x is not
 * iterable ("f() argument after * must be an iterable, not int",
 * "Value after * must be an iterable, not int"). 0 or -1. */
PY2C_WARN_UNUSED int py2c_star_extend(Py2cValue list, Py2cValue iterable, Py2cValue func);

/* Ellipsis (`...`): an immortal object of type `ellipsis`. */
extern const Py2cType py2c_ellipsis_type;
extern Py2cObject py2c_ellipsis;
#define PY2C_ELLIPSIS py2c_obj_value(&py2c_ellipsis)

/* type(v) as a value (borrowed): the first argument of __exit__ in `with`. */
static inline Py2cValue py2c_type_value_of(Py2cValue v) { return py2c_type_value(py2c_type_of(v)); }

/* --- iteration ------------------------------------------------------------ */
/* iter(v), with "'int' object is not iterable". */
PY2C_WARN_UNUSED Py2cValue py2c_iter(Py2cValue v);
/* next(it): a new reference; PY2C_NULL with NO exception set when the
 * iterator is exhausted; PY2C_NULL with an exception on error. */
PY2C_WARN_UNUSED Py2cValue py2c_iter_next(Py2cValue it);

/* --- `for x in range(...)` loops ---------------------------------------- *
 * The compiler lowers a for loop over the builtin range (not shadowed) to
 * these two calls instead of iter() + next(), with the loop state in four
 * temporaries: it, cur, stop, step. *start, *stop and *step hold range's
 * arguments (start 0 and step 1 when absent; nargs: how many were given).
 * When all three are small ints and step is not 0, the loop counts in C:
 * the result is None (no object is made) and *start serves as the counter.
 * Otherwise the result is iter(range(args...)) (so bools, big ints, objects
 * with __index__ and the errors are exactly range's) and the three are
 * released and set to None. A new reference, or PY2C_NULL with an exception
 * (the three then keep their values). */
PY2C_WARN_UNUSED Py2cValue py2c_range_loop_new(Py2cValue *start, Py2cValue *stop, Py2cValue *step, int nargs);
/* The next value of such a loop into *x (an empty temporary): 1, or 0 when
 * the loop is over, or -1 with an exception. cur never leaves the small
 * range: it stops at stop instead of passing it. */
PY2C__INLINE PY2C_WARN_UNUSED int py2c_range_loop_next(Py2cValue it, Py2cValue *cur, Py2cValue stop, Py2cValue step,
                                                        Py2cValue *x) {
    if (py2c_is_none(it)) {
        int64_t i = py2c_small_int_value(*cur), e = py2c_small_int_value(stop), s = py2c_small_int_value(step);
        if (s > 0 ? i >= e : i <= e) return 0;
        *x = *cur;
        int64_t n = i + s; /* 48-bit operands: no int64_t overflow */
        if (s > 0 ? n > e : n < e) n = e;
        *cur = py2c_int(n);
        return 1;
    }
    Py2cValue v = py2c_iter_next(it);
    if (PY2C_IS_NULL(v)) return py2c_error_occurred() ? -1 : 0;
    *x = v;
    return 1;
}

#endif
