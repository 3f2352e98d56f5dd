/* Operators on any values: dispatch on the operand kinds to int.c, float.c
 * and str.c, and CPython's TypeError messages for everything else. */
#include <string.h>

#include "internal.h"

/* int and bool operands as int64_t. */
static int as_int(Py2cValue v, int64_t *out) {
    if (py2c_is_small_int(v)) {
        *out = py2c_small_int_value(v);
        return 1;
    }
    if (py2c_is_bool(v)) {
        *out = py2c_bool_value(v);
        return 1;
    }
    return 0;
}

/* int, bool and float operands as double (small ints convert exactly). */
static int as_double(Py2cValue v, double *out) {
    int64_t i;
    if (py2c_is_float(v)) {
        *out = py2c_float_value(v);
        return 1;
    }
    if (as_int(v, &i)) {
        *out = (double)i;
        return 1;
    }
    return 0;
}

static const char *const op_symbols[] = {
    [PY2C__OP_ADD] = "+", [PY2C__OP_SUB] = "-", [PY2C__OP_MUL] = "*", [PY2C__OP_TRUEDIV] = "/",
    [PY2C__OP_FLOORDIV] = "//", [PY2C__OP_MOD] = "%", [PY2C__OP_POW] = "** or pow()",
    [PY2C__OP_LSHIFT] = "<<", [PY2C__OP_RSHIFT] = ">>", [PY2C__OP_AND] = "&",
    [PY2C__OP_OR] = "|", [PY2C__OP_XOR] = "^",
};

static Py2cValue unsupported(int op, Py2cValue a, Py2cValue b) {
    return py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                             op_symbols[op], py2c_type_name(a), py2c_type_name(b));
}

/* Sequence operands: str + str and str * int (either order). */
static Py2cValue sequence_binary(int op, Py2cValue a, Py2cValue b) {
    int64_t n;
    if (op == PY2C__OP_ADD && py2c_is_str(a)) {
        if (py2c_is_str(b)) return py2c_str_concat(a, b);
        return py2c_error_format(&py2c_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                                 py2c_type_name(b));
    }
    if (op == PY2C__OP_MUL && (py2c_is_str(a) || py2c_is_str(b))) {
        Py2cValue seq = py2c_is_str(a) ? a : b, count = py2c_is_str(a) ? b : a;
        if (as_int(count, &n)) return py2c_str_repeat(seq, n);
        return py2c_error_format(&py2c_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 py2c_type_name(count));
    }
    return unsupported(op, a, b);
}

static Py2cValue binary(int op, Py2cValue a, Py2cValue b) {
    int64_t x, y;
    double dx, dy;
    if (as_int(a, &x) && as_int(b, &y)) {
        /* bool & | ^ bool stays a bool */
        if (py2c_is_bool(a) && py2c_is_bool(b) && (op == PY2C__OP_AND || op == PY2C__OP_OR || op == PY2C__OP_XOR))
            return py2c_bool(op == PY2C__OP_AND ? (x & y) : op == PY2C__OP_OR ? (x | y) : (x ^ y));
        return py2c__int_binary(op, x, y);
    }
    if (op <= PY2C__OP_POW && as_double(a, &dx) && as_double(b, &dy)) return py2c__float_binary(op, dx, dy);
    return sequence_binary(op, a, b);
}

Py2cValue py2c_object_add(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_ADD, a, b); }
Py2cValue py2c_object_sub(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_SUB, a, b); }
Py2cValue py2c_object_mul(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_MUL, a, b); }
Py2cValue py2c_object_truediv(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_TRUEDIV, a, b); }
Py2cValue py2c_object_floordiv(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_FLOORDIV, a, b); }
Py2cValue py2c_object_mod(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_MOD, a, b); }
Py2cValue py2c_object_pow(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_POW, a, b); }
Py2cValue py2c_object_lshift(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_LSHIFT, a, b); }
Py2cValue py2c_object_rshift(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_RSHIFT, a, b); }
Py2cValue py2c_object_and(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_AND, a, b); }
Py2cValue py2c_object_or(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_OR, a, b); }
Py2cValue py2c_object_xor(Py2cValue a, Py2cValue b) { return binary(PY2C__OP_XOR, a, b); }

static Py2cValue bad_unary(const char *op, Py2cValue a) {
    return py2c_error_format(&py2c_exc_TypeError, "bad operand type for unary %s: '%s'", op, py2c_type_name(a));
}

Py2cValue py2c_object_neg(Py2cValue a) {
    int64_t x;
    if (as_int(a, &x)) return py2c__int_checked(-x);
    if (py2c_is_float(a)) return py2c_float(-py2c_float_value(a));
    return bad_unary("-", a);
}

Py2cValue py2c_object_pos(Py2cValue a) {
    int64_t x;
    if (as_int(a, &x)) return py2c_int(x);
    if (py2c_is_float(a)) return a;
    return bad_unary("+", a);
}

Py2cValue py2c_object_invert(Py2cValue a) {
    int64_t x;
    if (as_int(a, &x)) return py2c_int(~x);
    return bad_unary("~", a);
}

Py2cValue py2c_object_not(Py2cValue a) {
    int t = py2c_object_is_true(a);
    if (t < 0) return PY2C_NULL;
    return py2c_bool(!t);
}

enum { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };

static const char *const cmp_symbols[] = {"==", "!=", "<", "<=", ">", ">="};

/* c < 0, 0, > 0 into the result of op. */
static Py2cValue cmp_result(int op, int c) {
    switch (op) {
    case CMP_EQ: return py2c_bool(c == 0);
    case CMP_NE: return py2c_bool(c != 0);
    case CMP_LT: return py2c_bool(c < 0);
    case CMP_LE: return py2c_bool(c <= 0);
    case CMP_GT: return py2c_bool(c > 0);
    default: return py2c_bool(c >= 0);
    }
}

static Py2cValue compare(int op, Py2cValue a, Py2cValue b) {
    int64_t x, y;
    double dx, dy;
    if (as_int(a, &x) && as_int(b, &y)) return cmp_result(op, (x > y) - (x < y));
    if (as_double(a, &dx) && as_double(b, &dy)) {
        /* Not via cmp_result: every comparison but != is false for NaN. */
        switch (op) {
        case CMP_EQ: return py2c_bool(dx == dy);
        case CMP_NE: return py2c_bool(dx != dy);
        case CMP_LT: return py2c_bool(dx < dy);
        case CMP_LE: return py2c_bool(dx <= dy);
        case CMP_GT: return py2c_bool(dx > dy);
        default: return py2c_bool(dx >= dy);
        }
    }
    if (py2c_is_str(a) && py2c_is_str(b)) {
        /* Byte order of UTF-8 is code point order. */
        Py2cStr *s = py2c__as_str(a), *t = py2c__as_str(b);
        int64_t n = s->len < t->len ? s->len : t->len;
        int c = memcmp(s->data, t->data, (size_t)n);
        if (c == 0) c = (s->len > t->len) - (s->len < t->len);
        return cmp_result(op, c);
    }
    /* Other types only compare by identity, and have no order. */
    if (op == CMP_EQ) return py2c_bool(a.bits == b.bits);
    if (op == CMP_NE) return py2c_bool(a.bits != b.bits);
    return py2c_error_format(&py2c_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             cmp_symbols[op], py2c_type_name(a), py2c_type_name(b));
}

Py2cValue py2c_object_eq(Py2cValue a, Py2cValue b) { return compare(CMP_EQ, a, b); }
Py2cValue py2c_object_ne(Py2cValue a, Py2cValue b) { return compare(CMP_NE, a, b); }
Py2cValue py2c_object_lt(Py2cValue a, Py2cValue b) { return compare(CMP_LT, a, b); }
Py2cValue py2c_object_le(Py2cValue a, Py2cValue b) { return compare(CMP_LE, a, b); }
Py2cValue py2c_object_gt(Py2cValue a, Py2cValue b) { return compare(CMP_GT, a, b); }
Py2cValue py2c_object_ge(Py2cValue a, Py2cValue b) { return compare(CMP_GE, a, b); }
