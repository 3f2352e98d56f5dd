/* The int and bool types: slots with fast paths for two small ints
 * (computed in int64_t, where only * and << can overflow; results go back
 * through py2c_int_from_int64, which boxes what leaves the small range) and
 * long.c for everything else. */
#include <stdlib.h>
#include <string.h>

#include "number_internal.h"

static inline int64_t small(Py2cValue v) { return py2c_small_int_value(v); }
static inline int both_small(Py2cValue a, Py2cValue b) { return py2c_is_small_int(a) && py2c_is_small_int(b); }

/* Python's floor division and modulo on int64_t; y != 0, no overflow for
 * small operands. */
static int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

#define INT_CHECK(a, b) \
    if (!py2c_is_int(a) || !py2c_is_int(b)) return PY2C_NOT_IMPLEMENTED

static Py2cValue int_add(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) return py2c_int_from_int64(small(a) + small(b));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_ADD, a, b);
}

static Py2cValue int_sub(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) return py2c_int_from_int64(small(a) - small(b));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_SUB, a, b);
}

static Py2cValue int_mul(Py2cValue a, Py2cValue b) {
    int64_t r;
    if (both_small(a, b) && !__builtin_mul_overflow(small(a), small(b), &r)) return py2c_int_from_int64(r);
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_MUL, a, b);
}

static Py2cValue int_truediv(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) {
        if (small(b) == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "division by zero");
        /* small ints are exact doubles: one correctly rounded division */
        return py2c_float((double)small(a) / (double)small(b));
    }
    INT_CHECK(a, b);
    return py2c__long_truediv(a, b);
}

static Py2cValue int_floordiv(Py2cValue a, Py2cValue b) {
    if (both_small(a, b) && small(b) != 0) return py2c_int_from_int64(floor_div(small(a), small(b)));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_FLOORDIV, a, b);
}

static Py2cValue int_mod(Py2cValue a, Py2cValue b) {
    if (both_small(a, b) && small(b) != 0) return py2c_int(floor_mod(small(a), small(b)));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_MOD, a, b);
}

static Py2cValue int_divmod(Py2cValue a, Py2cValue b) {
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_DIVMOD, a, b);
}

static Py2cValue int_pow(Py2cValue a, Py2cValue b) {
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_POW, a, b);
}

static Py2cValue int_lshift(Py2cValue a, Py2cValue b) {
    if (both_small(a, b) && small(b) >= 0 && small(b) < 16) /* |a| < 2**47: no int64_t overflow */
        return py2c_int_from_int64((int64_t)((uint64_t)small(a) << small(b)));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_LSHIFT, a, b);
}

static Py2cValue int_rshift(Py2cValue a, Py2cValue b) {
    if (both_small(a, b) && small(b) >= 0) return py2c_int(small(a) >> (small(b) > 62 ? 62 : small(b)));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_RSHIFT, a, b);
}

static Py2cValue int_and(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) return py2c_int(small(a) & small(b));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_AND, a, b);
}

static Py2cValue int_or(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) return py2c_int(small(a) | small(b));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_OR, a, b);
}

static Py2cValue int_xor(Py2cValue a, Py2cValue b) {
    if (both_small(a, b)) return py2c_int(small(a) ^ small(b));
    INT_CHECK(a, b);
    return py2c__long_binary(PY2C_OP_XOR, a, b);
}

static Py2cValue int_pow3(Py2cValue a, Py2cValue b, Py2cValue m) {
    if (!py2c_is_int(a) || !py2c_is_int(b) || !py2c_is_int(m)) {
        if (py2c_is_int(a) && py2c_is_int(b) && py2c_is_none(m)) return int_pow(a, b);
        if ((py2c_is_int(a) || py2c_is_float(a)) && (py2c_is_int(b) || py2c_is_float(b)) &&
            (py2c_is_int(m) || py2c_is_float(m)))
            return py2c_error_format(&py2c_exc_TypeError,
                                     "pow() 3rd argument not allowed unless all arguments are integers");
        return PY2C_NOT_IMPLEMENTED;
    }
    return py2c__long_pow3(a, b, m);
}

static Py2cValue int_neg(Py2cValue a) {
    if (py2c_is_small_int(a)) return py2c_int_from_int64(-small(a));
    return py2c__long_neg(a);
}

static Py2cValue int_pos(Py2cValue a) {
    if (py2c_is_bool(a)) return py2c_int(py2c_bool_value(a));
    py2c_incref(a);
    return a;
}

static Py2cValue int_abs(Py2cValue a) {
    if (py2c_is_small_int(a)) return py2c_int_from_int64(small(a) < 0 ? -small(a) : small(a));
    return py2c__long_abs(a);
}

static Py2cValue int_invert(Py2cValue a) {
    if (py2c_is_small_int(a)) return py2c_int(~small(a));
    return py2c__long_invert(a);
}

static Py2cValue int_to_float(Py2cValue a) {
    double d;
    if (py2c_int_as_double(a, &d) < 0) return PY2C_NULL;
    return py2c_float(d);
}

/* int(x) and operator.index(x) of an int: the plain int (bool -> 0 or 1). */
static Py2cValue int_index(Py2cValue a) { return int_pos(a); }

static Py2cValue int_repr(Py2cValue self) { return py2c_int_to_str(self, 10, 0); }

static Py2cHash int_hash(Py2cValue self) { return py2c__hash_int(self); }

static int int_is_true(Py2cValue self) { return py2c_int_sign(self) != 0; }

void py2c__long_dealloc(Py2cObject *o);
void py2c__long_dealloc(Py2cObject *o) { py2c__long_free((Py2cLong *)o); }

/* ---- construction ------------------------------------------------------------ */

static int kw_is(Py2cValue kwnames, size_t i, const char *name) {
    Py2cValue k = py2c_getitem(kwnames, py2c_int((int64_t)i));
    if (PY2C_IS_NULL(k)) return -1;
    size_t len;
    const char *s = py2c__num_str_data(k, &len);
    int r = s && len == strlen(name) && memcmp(s, name, len) == 0;
    if (!r && s) {
        (void)py2c_error_format(&py2c_exc_TypeError, "'%.*s' is an invalid keyword argument for int()", (int)len, s);
        r = -1;
    }
    py2c_decref(k);
    return r;
}

static Py2cValue int_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    size_t nkw = 0;
    Py2cValue x = PY2C_NULL, base = PY2C_NULL;
    if (!PY2C_IS_NULL(kwnames)) {
        int64_t n = py2c_len(kwnames);
        if (n < 0) return PY2C_NULL;
        nkw = (size_t)n;
    }
    if (nargs + nkw > 2)
        return py2c_error_format(&py2c_exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    if (nargs >= 1) x = args[0];
    if (nargs == 2) base = args[1];
    for (size_t i = 0; i < nkw; i++) {
        int r = kw_is(kwnames, i, "base");
        if (r < 0) return PY2C_NULL;
        if (!PY2C_IS_NULL(base))
            return py2c_error_format(&py2c_exc_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    if (PY2C_IS_NULL(base)) {
        if (PY2C_IS_NULL(x)) return py2c_int(0);
        return py2c_number_int(x);
    }
    if (PY2C_IS_NULL(x)) return py2c_error_format(&py2c_exc_TypeError, "int() missing string argument");
    Py2cValue bi = py2c_number_index(base);
    if (PY2C_IS_NULL(bi)) return bi;
    int64_t b = py2c_int_as_int64_clamped(bi);
    py2c_decref(bi);
    size_t len;
    const char *s = py2c__num_str_data(x, &len);
    if (!s) return py2c_error_format(&py2c_exc_TypeError, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
        return py2c_error_format(&py2c_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return py2c__int_from_text_obj(s, len, (int)b, x);
}

static Py2cValue bool_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return PY2C_FALSE;
    int t = py2c_is_true(args[0]);
    if (t < 0) return PY2C_NULL;
    return py2c_bool(t);
}

/* ---- methods and attributes ---------------------------------------------------- */

static int no_args(const char *name, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    return -1;
}

static Py2cValue int_bit_length(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("int.bit_length", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_int_from_uint64(py2c__long_bit_length(self));
}

static Py2cValue int_bit_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("int.bit_count", nargs, kwnames) < 0) return PY2C_NULL;
    if (!py2c_is_obj(self)) {
        int64_t v = py2c_is_bool(self) ? (int64_t)py2c_bool_value(self) : small(self);
        return py2c_int(__builtin_popcountll((uint64_t)(v < 0 ? -v : v)));
    }
    Py2cLong *l = py2c__as_long(self);
    size_t n = (size_t)(l->size < 0 ? -l->size : l->size);
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) c += (uint64_t)__builtin_popcount(l->d[i]);
    return py2c_int_from_uint64(c);
}

static Py2cValue int_conjugate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("int.conjugate", nargs, kwnames) < 0) return PY2C_NULL;
    return int_pos(self);
}

static Py2cValue int_as_integer_ratio(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("int.as_integer_ratio", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue items[2] = {int_pos(self), py2c_int(1)};
    Py2cValue t = py2c_tuple_pack(2, items);
    py2c_decref(items[0]);
    return t;
}

/* (length, byteorder, signed) of to_bytes / (bytes, byteorder, signed) of
 * from_bytes: two positional-or-keyword parameters and keyword-only signed
 * (Argument Clinic's messages). out[i] PY2C_NULL when not given. */
static int bytes_conv_args(const char *name, const char *first, const Py2cValue *args, size_t nargs,
                           Py2cValue kwnames, Py2cValue out[3]) {
    const char *names[3] = {first, "byteorder", "signed"};
    if (nargs > 2) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes at most 2 positional arguments (%zu given)", name,
                                nargs);
        return -1;
    }
    for (size_t i = 0; i < 3; i++) out[i] = i < nargs ? args[i] : PY2C_NULL;
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c_tuple_size(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        Py2cValue key = py2c_tuple_item(kwnames, k);
        size_t i = 0;
        while (i < 3 && !py2c_str_equal_cstr(key, names[i])) i++;
        if (i == 3) {
            (void)py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                    py2c_str_utf8(key, NULL), name);
            return -1;
        }
        if (i < nargs) {
            (void)py2c_error_format(&py2c_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                                    name, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    return 0;
}

/* 1 for little, 0 for big (the default), -1 with an exception. */
static int byteorder_arg(const char *name, Py2cValue v) {
    if (PY2C_IS_NULL(v)) return 0;
    if (!py2c_is_str(v)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", name,
                                py2c_type_name(v));
        return -1;
    }
    if (py2c_str_equal_cstr(v, "little")) return 1;
    if (py2c_str_equal_cstr(v, "big")) return 0;
    (void)py2c_error_format(&py2c_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static int hexdigit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static Py2cValue int_to_bytes(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[3];
    if (bytes_conv_args("to_bytes", "length", args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t length = 1;
    if (!PY2C_IS_NULL(a[0])) {
        if (py2c__as_index(a[0], PY2C_INDEX_REQUIRED, &length) < 0) {
            if (py2c_error_matches(&py2c_exc_IndexError)) {
                py2c_error_clear();
                (void)py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return PY2C_NULL;
        }
        if (length < 0) return py2c_error_format(&py2c_exc_ValueError, "length argument must be non-negative");
    }
    int little = byteorder_arg("to_bytes", a[1]);
    if (little < 0) return PY2C_NULL;
    int is_signed = 0;
    if (!PY2C_IS_NULL(a[2]) && (is_signed = py2c_is_true(a[2])) < 0) return PY2C_NULL;
    int neg = py2c__long_compare(self, py2c_int(0)) < 0;
    if (neg && !is_signed) return py2c_error_format(&py2c_exc_OverflowError, "can't convert negative int to unsigned");
    /* the magnitude to encode: |v| for v >= 0, |v| - 1 for v < 0 (then inverted) */
    Py2cValue m = neg ? py2c__long_invert(self) : int_pos(self);
    if (PY2C_IS_NULL(m)) return m;
    uint64_t bits = py2c__long_bit_length(m);
    if (bits + (uint64_t)is_signed > (uint64_t)length * 8) {
        py2c_decref(m);
        return py2c_error_format(&py2c_exc_OverflowError, "int too big to convert");
    }
    size_t hexlen;
    char *hex = py2c__long_to_text(m, 16, &hexlen);
    py2c_decref(m);
    if (!hex) return PY2C_NULL;
    unsigned char *out = calloc((size_t)length + 1, 1);
    if (!out) {
        free(hex);
        return py2c_error_nomemory();
    }
    /* hex digits from the least significant end into little-endian bytes */
    for (size_t k = 0; k < hexlen; k++) {
        int d = hexdigit(hex[hexlen - 1 - k]);
        out[k / 2] |= (unsigned char)(k % 2 ? d << 4 : d);
    }
    free(hex);
    if (neg)
        for (int64_t i = 0; i < length; i++) out[i] = (unsigned char)~out[i];
    if (!little)
        for (int64_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
    Py2cValue r = py2c_bytes_from((const char *)out, (size_t)length);
    free(out);
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) (a class method). */
static Py2cValue int_from_bytes(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    Py2cValue a[3];
    if (bytes_conv_args("from_bytes", "bytes", args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (PY2C_IS_NULL(a[0]))
        return py2c_error_format(&py2c_exc_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    int little = byteorder_arg("from_bytes", a[1]);
    if (little < 0) return PY2C_NULL;
    int is_signed = 0;
    if (!PY2C_IS_NULL(a[2]) && (is_signed = py2c_is_true(a[2])) < 0) return PY2C_NULL;
    Py2cValue b = a[0];
    if (py2c_is_bytes(b)) {
        py2c_incref(b);
    } else {
        if (py2c__as_index(b, 0, &(int64_t){0}) == 0)
            return py2c_error_format(&py2c_exc_TypeError, "cannot convert '%s' object to bytes", py2c_type_name(b));
        if (py2c_error_occurred()) py2c_error_clear();
        b = py2c_call(py2c_type_value(&py2c_bytes_type), &a[0], 1, PY2C_NULL);
        if (PY2C_IS_NULL(b)) return b;
    }
    Py2cBytes *p = py2c_bytes_ptr(b);
    int64_t n = p->len;
    char *hex = malloc((size_t)n * 2 + 2);
    if (!hex) {
        py2c_decref(b);
        return py2c_error_nomemory();
    }
    static const char digits[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p->data[little ? n - 1 - i : i];
        hex[2 * i] = digits[c >> 4];
        hex[2 * i + 1] = digits[c & 15];
    }
    int top = n > 0 && (unsigned char)p->data[little ? n - 1 : 0] >= 0x80;
    py2c_decref(b);
    if (n == 0) {
        free(hex);
        return py2c_int(0);
    }
    Py2cValue v = py2c__long_from_digits(hex, (size_t)n * 2, 16, 0);
    free(hex);
    if (PY2C_IS_NULL(v) || !is_signed || !top) return v;
    Py2cValue shift = py2c__long_binary(PY2C_OP_LSHIFT, py2c_int(1), py2c_int(8 * n));
    if (PY2C_IS_NULL(shift)) {
        py2c_decref(v);
        return shift;
    }
    Py2cValue r = py2c__long_binary(PY2C_OP_SUB, v, shift);
    py2c_decref(v);
    py2c_decref(shift);
    return r;
}

static Py2cValue int_get_self(Py2cValue self) { return int_pos(self); }
static Py2cValue int_get_zero(Py2cValue self) { return (void)self, py2c_int(0); }
static Py2cValue int_get_one(Py2cValue self) { return (void)self, py2c_int(1); }

static const Py2cMethodDef int_methods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"conjugate", int_conjugate},
    {"as_integer_ratio", int_as_integer_ratio},
    {"to_bytes", int_to_bytes},
    {"__round__", py2c__number_round_method},
    {"__trunc__", py2c__number_trunc},
    {"__floor__", py2c__number_floor},
    {"__ceil__", py2c__number_ceil},
    {"__int__", py2c__number_int},
    {"__float__", py2c__number_float},
    {"__index__", py2c__number_index},
    {NULL, NULL},
};

static const Py2cMethodDef int_classmethods[] = {
    {"from_bytes", int_from_bytes},
    {NULL, NULL},
};

static const Py2cGetSetDef int_getset[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

/* ---- bool ------------------------------------------------------------------------ */

static Py2cValue bool_and(Py2cValue a, Py2cValue b) {
    if (py2c_is_bool(a) && py2c_is_bool(b)) return py2c_bool(py2c_bool_value(a) && py2c_bool_value(b));
    return int_and(a, b);
}

static Py2cValue bool_or(Py2cValue a, Py2cValue b) {
    if (py2c_is_bool(a) && py2c_is_bool(b)) return py2c_bool(py2c_bool_value(a) || py2c_bool_value(b));
    return int_or(a, b);
}

static Py2cValue bool_xor(Py2cValue a, Py2cValue b) {
    if (py2c_is_bool(a) && py2c_is_bool(b)) return py2c_bool(py2c_bool_value(a) ^ py2c_bool_value(b));
    return int_xor(a, b);
}

static Py2cValue bool_repr(Py2cValue self) {
    if (!py2c_is_bool(self)) return int_repr(self);
    return py2c_bool_value(self) ? py2c_str_from_utf8("True", 4) : py2c_str_from_utf8("False", 5);
}

/* ---- type objects ---------------------------------------------------------------- */

#define INT_BINARY_SLOTS(and_, or_, xor_)                                                                     \
    [PY2C_OP_ADD] = int_add, [PY2C_OP_SUB] = int_sub, [PY2C_OP_MUL] = int_mul,                              \
    [PY2C_OP_TRUEDIV] = int_truediv, [PY2C_OP_FLOORDIV] = int_floordiv, [PY2C_OP_MOD] = int_mod,            \
    [PY2C_OP_POW] = int_pow, [PY2C_OP_LSHIFT] = int_lshift, [PY2C_OP_RSHIFT] = int_rshift,                  \
    [PY2C_OP_AND] = and_, [PY2C_OP_OR] = or_, [PY2C_OP_XOR] = xor_, [PY2C_OP_DIVMOD] = int_divmod

static const Py2cNumberMethods int_number = {
    .binary = {INT_BINARY_SLOTS(int_and, int_or, int_xor)},
    .pow3 = int_pow3,
    .neg = int_neg,
    .pos = int_pos,
    .abs = int_abs,
    .invert = int_invert,
    .to_int = int_index,
    .to_float = int_to_float,
    .index = int_index,
};

static const Py2cNumberMethods bool_number = {
    .binary = {INT_BINARY_SLOTS(bool_and, bool_or, bool_xor)},
    .pow3 = int_pow3,
    .neg = int_neg,
    .pos = int_pos,
    .abs = int_abs,
    .invert = int_invert,
    .to_int = int_index,
    .to_float = int_to_float,
    .index = int_index,
};

const Py2cType py2c_int_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "int",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cLong),
    .dealloc = py2c__long_dealloc,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = py2c__num_richcompare,
    .is_true = int_is_true,
    .number = &int_number,
    .methods = int_methods,
    .getset = int_getset,
    .classmethods = int_classmethods,
    .format = py2c__int_format_slot,
};

const Py2cType py2c_bool_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "bool",
    .base = &py2c_int_type,
    .flags = 0, /* bool cannot be subclassed */
    .basicsize = sizeof(Py2cObject),
    .new_ = bool_new,
    .repr = bool_repr,
    .hash = int_hash,
    .richcompare = py2c__num_richcompare,
    .is_true = int_is_true,
    .number = &bool_number,
    .methods = int_methods,
    .getset = int_getset,
    .classmethods = int_classmethods,
    .format = py2c__int_format_slot,
};
