/* Numbers across types: the comparison shared by int, bool and float (exact
 * between ints and floats), round(), int()/float()/index() of any value,
 * bin/oct/hex, and the older py2c_object_<op> entry points. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number_internal.h"

int py2c__num_as_double(Py2cValue v, double *out) {
    if (py2c_is_float(v)) {
        *out = py2c_float_value(v);
        return 1;
    }
    if (!py2c_is_int(v)) return 0;
    return py2c_int_as_double(v, out) < 0 ? -1 : 1;
}

int py2c_float_as_double(Py2cValue v, double *out) {
    int r = py2c__num_as_double(v, out);
    if (r > 0) return 0;
    if (r == 0) (void)py2c_error_format(&py2c_exc_TypeError, "must be real number, not %s", py2c_type_name(v));
    return -1;
}

static Py2cValue cmp_result(Py2cCompareOp op, int c) {
    switch (op) {
    case PY2C_LT: return py2c_bool(c < 0);
    case PY2C_LE: return py2c_bool(c <= 0);
    case PY2C_EQ: return py2c_bool(c == 0);
    case PY2C_NE: return py2c_bool(c != 0);
    case PY2C_GT: return py2c_bool(c > 0);
    case PY2C_GE: return py2c_bool(c >= 0);
    }
    return PY2C_NOT_IMPLEMENTED;
}

static Py2cValue cmp_doubles(Py2cCompareOp op, double x, double y) {
    switch (op) { /* not via cmp_result: every comparison but != is false for NaN */
    case PY2C_LT: return py2c_bool(x < y);
    case PY2C_LE: return py2c_bool(x <= y);
    case PY2C_EQ: return py2c_bool(x == y);
    case PY2C_NE: return py2c_bool(x != y);
    case PY2C_GT: return py2c_bool(x > y);
    case PY2C_GE: return py2c_bool(x >= y);
    }
    return PY2C_NOT_IMPLEMENTED;
}

static Py2cCompareOp swapped(Py2cCompareOp op) {
    switch (op) {
    case PY2C_LT: return PY2C_GT;
    case PY2C_LE: return PY2C_GE;
    case PY2C_GT: return PY2C_LT;
    case PY2C_GE: return PY2C_LE;
    case PY2C_EQ:
    case PY2C_NE: break;
    }
    return op;
}

Py2cValue py2c__num_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (py2c_is_small_int(a) && py2c_is_small_int(b)) {
        int64_t x = py2c_small_int_value(a), y = py2c_small_int_value(b);
        return cmp_result(op, (x > y) - (x < y));
    }
    if (py2c_is_float(a) && py2c_is_float(b)) return cmp_doubles(op, py2c_float_value(a), py2c_float_value(b));
    int ai = py2c_is_int(a), bi = py2c_is_int(b);
    if (ai && bi) return cmp_result(op, py2c__long_compare(a, b));
    if (ai && py2c_is_float(b)) {
        double d = py2c_float_value(b);
        if (isnan(d)) return py2c_bool(op == PY2C_NE);
        return cmp_result(op, py2c__long_compare_double(a, d));
    }
    if (py2c_is_float(a) && bi) return py2c__num_richcompare(b, a, swapped(op));
    return PY2C_NOT_IMPLEMENTED;
}

/* ---- str helpers ------------------------------------------------------------- */

const char *py2c__num_str_data(Py2cValue s, size_t *len) {
    if (py2c_is_bytes(s)) {
        const Py2cBytes *b = (const Py2cBytes *)py2c_obj_ptr(s);
        *len = (size_t)b->len;
        return b->data;
    }
    if (!py2c_is_str(s)) return NULL;
    const Py2cStr *p = (const Py2cStr *)py2c_obj_ptr(s);
    *len = (size_t)p->len;
    return p->data;
}

char *py2c__num_str_repr(Py2cValue s, int64_t max) {
    Py2cValue r = py2c_repr(s);
    if (PY2C_IS_NULL(r)) return NULL;
    size_t len;
    const char *data = py2c__num_str_data(r, &len);
    if (!data) data = "", len = 0;
    if (max >= 0) { /* keep max code points */
        size_t i = 0;
        for (int64_t cp = 0; i < len && cp < max; cp++) {
            i++;
            while (i < len && ((unsigned char)data[i] & 0xC0) == 0x80) i++;
        }
        len = i;
    }
    char *out = malloc(len + 1);
    if (out) {
        memcpy(out, data, len);
        out[len] = '\0';
    } else {
        (void)py2c_error_nomemory();
    }
    py2c_decref(r);
    return out;
}

/* ---- conversions ---------------------------------------------------------------- */

Py2cValue py2c_number_index(Py2cValue x) {
    if (py2c_is_small_int(x) || py2c_is_big_int(x)) {
        py2c_incref(x);
        return x;
    }
    if (py2c_is_bool(x)) return py2c_int(py2c_bool_value(x));
    const Py2cType *t = py2c_type_of(x);
    if (t->number && t->number->index) return t->number->index(x);
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

Py2cValue py2c_number_int(Py2cValue x) {
    if (py2c_is_int(x)) return py2c_number_index(x);
    if (py2c_is_float(x)) return py2c_int_from_double(py2c_float_value(x));
    size_t len;
    const char *s = py2c__num_str_data(x, &len);
    if (s) return py2c__int_from_text_obj(s, len, 10, x);
    const Py2cType *t = py2c_type_of(x);
    if (t->number && t->number->to_int) return t->number->to_int(x);
    if (t->number && t->number->index) return t->number->index(x);
    return py2c_error_format(&py2c_exc_TypeError,
                             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                             t->name);
}

Py2cValue py2c_number_float(Py2cValue x) {
    if (py2c_is_float(x)) return x;
    if (py2c_is_int(x)) {
        double d;
        if (py2c_int_as_double(x, &d) < 0) return PY2C_NULL;
        return py2c_float(d);
    }
    size_t len;
    const char *s = py2c__num_str_data(x, &len);
    if (s) return py2c__float_from_text_obj(s, len, x);
    const Py2cType *t = py2c_type_of(x);
    if (t->number && t->number->to_float) return t->number->to_float(x);
    if (t->number && t->number->index) {
        Py2cValue i = t->number->index(x);
        if (PY2C_IS_NULL(i)) return i;
        Py2cValue r = py2c_number_float(i);
        py2c_decref(i);
        return r;
    }
    return py2c_error_format(&py2c_exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                             t->name);
}

static Py2cValue based(Py2cValue x, int base) {
    Py2cValue i = py2c_number_index(x);
    if (PY2C_IS_NULL(i)) return i;
    Py2cValue r = py2c_int_to_str(i, base, 1);
    py2c_decref(i);
    return r;
}

Py2cValue py2c_number_bin(Py2cValue x) { return based(x, 2); }
Py2cValue py2c_number_oct(Py2cValue x) { return based(x, 8); }
Py2cValue py2c_number_hex(Py2cValue x) { return based(x, 16); }

/* ---- round ------------------------------------------------------------------------ */

/* 10 ** n as an int. */
static Py2cValue pow10_int(int64_t n) { return py2c__long_binary(PY2C_OP_POW, py2c_int(10), py2c_int(n)); }

/* q = round-half-even(num / den) for den > 0. */
static Py2cValue div_round_half_even(Py2cValue num, Py2cValue den) {
    Py2cValue q, r;
    if (py2c__long_divmod(num, den, &q, &r) < 0) return PY2C_NULL;
    /* floor division: 0 <= r < den; compare 2r with den */
    Py2cValue r2 = py2c__long_binary(PY2C_OP_LSHIFT, r, py2c_int(1));
    py2c_decref(r);
    if (PY2C_IS_NULL(r2)) {
        py2c_decref(q);
        return r2;
    }
    int c = py2c__long_compare(r2, den);
    py2c_decref(r2);
    if (c > 0 || (c == 0 && py2c_int_sign(py2c__long_binary(PY2C_OP_AND, q, py2c_int(1))) != 0)) {
        Py2cValue q1 = py2c__long_binary(PY2C_OP_ADD, q, py2c_int(1));
        py2c_decref(q);
        q = q1;
    }
    return q;
}

static Py2cValue round_int(Py2cValue x, int64_t nd) {
    if (nd >= 0) return py2c_number_index(x);
    Py2cValue p = pow10_int(-nd);
    if (PY2C_IS_NULL(p)) return p;
    Py2cValue q = div_round_half_even(x, p);
    Py2cValue r = PY2C_IS_NULL(q) ? q : py2c__long_binary(PY2C_OP_MUL, q, p);
    py2c_decref(q);
    py2c_decref(p);
    return r;
}

/* round(x, nd) for a finite double: the double nearest to the decimal
 * round-half-even(x * 10**nd) / 10**nd, computed exactly with ints (x is
 * m * 2**e) and one correctly rounded division, as CPython's dtoa-based
 * rounding. */
static Py2cValue round_double(double x, int64_t nd) {
    if (!isfinite(x) || x == 0.0) return py2c_float(x);
    if (nd > 323) return py2c_float(x);
    if (nd < -308) return py2c_float(0.0 * x);
    if (nd >= 0 && nd <= 30 && fabs(x) < 1e17) {
        /* printf's %.*f is exact with ties to even on the binary value (glibc
         * and musl), which is the decimal CPython rounds to as well */
        char buf[80];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        double r = strtod(buf, NULL);
        return py2c_float(r == 0.0 ? copysign(0.0, x) : r);
    }
    int64_t m;
    int e;
    py2c__double_split(x, &m, &e);
    Py2cValue num = py2c_int_from_int64(m), den = py2c_int(1), t;
    if (PY2C_IS_NULL(num)) return num;
    /* x * 10**nd = num / den */
    if (e > 0) t = py2c__long_binary(PY2C_OP_LSHIFT, num, py2c_int(e)), py2c_decref(num), num = t;
    else if (e < 0) den = py2c__long_binary(PY2C_OP_LSHIFT, py2c_int(1), py2c_int(-e));
    Py2cValue p = pow10_int(nd < 0 ? -nd : nd);
    if (PY2C_IS_NULL(num) || PY2C_IS_NULL(den) || PY2C_IS_NULL(p)) goto fail;
    if (nd >= 0) t = py2c__long_binary(PY2C_OP_MUL, num, p), py2c_decref(num), num = t;
    else t = py2c__long_binary(PY2C_OP_MUL, den, p), py2c_decref(den), den = t;
    if (PY2C_IS_NULL(num) || PY2C_IS_NULL(den)) goto fail;
    Py2cValue q = div_round_half_even(num, den);
    py2c_decref(num), py2c_decref(den);
    num = den = PY2C_NULL;
    if (PY2C_IS_NULL(q)) goto fail;
    Py2cValue r;
    if (nd >= 0) {
        r = py2c__long_truediv(q, p);
    } else {
        Py2cValue big = py2c__long_binary(PY2C_OP_MUL, q, p);
        double d;
        if (PY2C_IS_NULL(big)) r = big;
        else if (py2c_int_as_double(big, &d) < 0) {
            py2c_error_clear();
            r = py2c_error_format(&py2c_exc_OverflowError, "rounded value too large to represent");
        } else {
            r = py2c_float(d);
        }
        py2c_decref(big);
    }
    py2c_decref(q);
    py2c_decref(p);
    if (!PY2C_IS_NULL(r) && py2c_float_value(r) == 0.0) r = py2c_float(copysign(0.0, x));
    return r;
fail:
    py2c_decref(num), py2c_decref(den), py2c_decref(p);
    return PY2C_NULL;
}

Py2cValue py2c_number_round(Py2cValue x, Py2cValue ndigits) {
    int absent = PY2C_IS_NULL(ndigits) || py2c_is_none(ndigits);
    int64_t nd = 0;
    if (!absent) {
        Py2cValue i = py2c_number_index(ndigits);
        if (PY2C_IS_NULL(i)) return i;
        nd = py2c_int_as_int64_clamped(i);
        py2c_decref(i);
    }
    if (py2c_is_int(x)) return absent ? py2c_number_index(x) : round_int(x, nd);
    if (py2c_is_float(x)) {
        double d = py2c_float_value(x);
        if (!absent) return round_double(d, nd);
        double r = round(d); /* half away from zero; fix the ties */
        if (fabs(d - trunc(d)) == 0.5) r = 2.0 * round(d / 2.0);
        return py2c_int_from_double(r);
    }
    return py2c_error_format(&py2c_exc_TypeError, "type %s doesn't define __round__ method", py2c_type_name(x));
}

/* ---- older entry points ---------------------------------------------------------- */

Py2cValue py2c_object_add(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_ADD); }
Py2cValue py2c_object_sub(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_SUB); }
Py2cValue py2c_object_mul(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_MUL); }
Py2cValue py2c_object_truediv(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_TRUEDIV); }
Py2cValue py2c_object_floordiv(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_FLOORDIV); }
Py2cValue py2c_object_mod(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_MOD); }
Py2cValue py2c_object_pow(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_POW); }
Py2cValue py2c_object_lshift(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_LSHIFT); }
Py2cValue py2c_object_rshift(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_RSHIFT); }
Py2cValue py2c_object_and(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_AND); }
Py2cValue py2c_object_or(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_OR); }
Py2cValue py2c_object_xor(Py2cValue a, Py2cValue b) { return py2c_binary_op(a, b, PY2C_OP_XOR); }
Py2cValue py2c_object_neg(Py2cValue a) { return py2c_negative(a); }
Py2cValue py2c_object_pos(Py2cValue a) { return py2c_positive(a); }
Py2cValue py2c_object_invert(Py2cValue a) { return py2c_invert(a); }

Py2cValue py2c_object_not(Py2cValue a) {
    int t = py2c_is_true(a);
    if (t < 0) return PY2C_NULL;
    return py2c_bool(!t);
}

Py2cValue py2c_object_eq(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_EQ); }
Py2cValue py2c_object_ne(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_NE); }
Py2cValue py2c_object_lt(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_LT); }
Py2cValue py2c_object_le(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_LE); }
Py2cValue py2c_object_gt(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_GT); }
Py2cValue py2c_object_ge(Py2cValue a, Py2cValue b) { return py2c_compare(a, b, PY2C_GE); }

/* x.__round__([ndigits]) for int and float (what builtins.round calls). */
Py2cValue py2c__number_round_method(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "%s.__round__() takes no keyword arguments",
                                 py2c_type_name(self));
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
    return py2c_number_round(self, nargs ? args[0] : PY2C_NULL);
}

/* __trunc__, __floor__, __ceil__, __int__, __float__, __index__ of numbers. */
static Py2cValue floor_ceil(Py2cValue self, int ceil_) {
    if (!py2c_is_float(self)) return py2c_number_index(self);
    double d = py2c_float_value(self);
    return py2c_int_from_double(ceil_ ? ceil(d) : floor(d));
}

#define NUM_NOARG(name, expr)                                                                               \
    Py2cValue py2c__number_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)args;                                                                                         \
        if (nargs || (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0))                                     \
            return py2c_error_format(&py2c_exc_TypeError, "%s.__" #name "__() takes no arguments (%zu given)", \
                                     py2c_type_name(self), nargs);                                          \
        return expr;                                                                                        \
    }

NUM_NOARG(trunc, py2c_number_int(self))
NUM_NOARG(floor, floor_ceil(self, 0))
NUM_NOARG(ceil, floor_ceil(self, 1))
NUM_NOARG(int, py2c_number_int(self))
NUM_NOARG(float, py2c_number_float(self))
NUM_NOARG(index, py2c_number_index(self))
