/* The float type: arithmetic with CPython's semantics and messages, repr,
 * parsing, methods. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py2c/float_fast.h"
#include "number_internal.h"
/* errno values as Python shows them: Linux's numbers (wasi-libc numbers
 * errno its own way; runtime/src/wasi/errno_linux.c), the same natively. */
#ifdef __wasi__
#include "wasi/wasi_internal.h"
#else
static inline int py2c__errno_to_python(int err) { return err; }
#endif

/* Whether the decimal m * 10**e reads back as ax. */
static int reads_back(uint64_t m, int e, double ax) {
    char b[48];
    snprintf(b, sizeof b, "%llue%d", (unsigned long long)m, e);
    return strtod(b, NULL) == ax;
}

static const uint64_t pow10_table[] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
};

/* Whether some decimal of p significant digits reads back as ax (> 0); if so
 * stores the one nearest ax as m * 10**e. If any does, one of the two
 * p-digit decimals around ax does: the correctly rounded one (from %e) or its
 * neighbour on the other side of ax. */
static int shortest_at(double ax, int p, uint64_t *mo, int *eo) {
    char b[48];
    snprintf(b, sizeof b, "%.*e", p - 1, ax);
    uint64_t m = 0;
    const char *s = b;
    for (; *s != 'e'; s++)
        if (*s != '.') m = m * 10 + (uint64_t)(*s - '0');
    int e = atoi(s + 1) - (p - 1);
    double back = strtod(b, NULL);
    if (back == ax) {
        *mo = m, *eo = e;
        return 1;
    }
    uint64_t m2 = m;
    int e2 = e;
    if (back > ax) {
        if (--m2 < pow10_table[p - 1]) m2 = pow10_table[p] - 1, e2 = e - 1;
    } else {
        if (++m2 == pow10_table[p]) m2 = pow10_table[p - 1], e2 = e + 1;
    }
    if (!reads_back(m2, e2, ax)) return 0;
    *mo = m2, *eo = e2;
    return 1;
}

/* repr(x) as CPython's float_repr ('r' format, Py_DTSF_ADD_DOT_0): the
 * shortest digit string that reads back as x (nearest x among those), in
 * positional notation when the decimal point position decpt satisfies
 * -4 < decpt <= 16, otherwise in exponent notation with at least two
 * exponent digits. Relies on correctly rounded printf %e and strtod, as glibc
 * and wasi-libc provide; whether a p-digit decimal exists is monotonic in p,
 * so p is found by binary search (17 digits always suffice). */
int py2c__float_repr(double x, char *out) {
    if (isnan(x)) return (int)(strcpy(out, "nan"), 3);
    if (isinf(x)) return x > 0 ? (int)(strcpy(out, "inf"), 3) : (int)(strcpy(out, "-inf"), 4);
    int neg = signbit(x) != 0;
    double ax = fabs(x);
    char digits[24];
    int nd, decpt;
    if (ax == 0.0) {
        digits[0] = '0', nd = 1, decpt = 1;
    } else {
        int lo = 1, hi = 17;
        uint64_t m = 0;
        int e = 0;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (shortest_at(ax, mid, &m, &e)) hi = mid;
            else lo = mid + 1;
        }
        if (!shortest_at(ax, lo, &m, &e)) snprintf(digits, sizeof digits, "?"); /* cannot happen */
        while (m % 10 == 0) m /= 10, e++;
        nd = snprintf(digits, sizeof digits, "%llu", (unsigned long long)m);
        decpt = nd + e;
    }

    int n = 0;
    if (neg) out[n++] = '-';
    if (decpt <= -4 || decpt > 16) {
        out[n++] = digits[0];
        if (nd > 1) {
            out[n++] = '.';
            memcpy(out + n, digits + 1, (size_t)nd - 1);
            n += nd - 1;
        }
        n += sprintf(out + n, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -decpt; i++) out[n++] = '0';
        memcpy(out + n, digits, (size_t)nd);
        n += nd;
    } else if (decpt >= nd) {
        memcpy(out + n, digits, (size_t)nd);
        n += nd;
        for (int i = nd; i < decpt; i++) out[n++] = '0';
        out[n++] = '.';
        out[n++] = '0';
    } else {
        memcpy(out + n, digits, (size_t)decpt);
        n += decpt;
        out[n++] = '.';
        memcpy(out + n, digits + decpt, (size_t)(nd - decpt));
        n += nd - decpt;
    }
    out[n] = '\0';
    return n;
}

static int is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

/* CPython's float_pow, case by case (py2c/float_fast.h). */
int py2c_ff_pow(double iv, double iw, double *out) {
    if (iw == 0.0) return *out = 1.0, 0;
    if (isnan(iv)) return *out = iv, 0;
    if (isnan(iw)) return *out = iv == 1.0 ? 1.0 : iw, 0;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return *out = 1.0, 0;
        if ((iw > 0.0) == (iv > 1.0)) return *out = fabs(iw), 0;
        return *out = 0.0, 0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) return *out = odd ? iv : fabs(iv), 0;
        return *out = odd ? copysign(0.0, iv) : 0.0, 0;
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            (void)py2c_error_format(&py2c_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1;
        }
        return *out = is_odd_integer(iw) ? iv : 0.0, 0;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            (void)py2c_error_format(&py2c_exc_NotImplementedError,
                                    "complex numbers are not supported by py2c yet "
                                    "(a negative number raised to a fractional power)");
            return -1;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return *out = negate ? -1.0 : 1.0, 0;
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "(%d, 'Numerical result out of range')",
                                py2c__errno_to_python(ERANGE));
        return -1;
    }
    return *out = negate ? -ix : ix, 0;
}

static Py2cValue float_pow(double iv, double iw) {
    double r;
    return py2c_ff_pow(iv, iw, &r) < 0 ? PY2C_NULL : py2c_float(r);
}

/* CPython's _float_div_mod: floor division and modulo that agree with each
 * other and with the signs Python promises. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

/* ---- operators -------------------------------------------------------------- */

Py2cValue py2c__float_binary_op(Py2cBinaryOp op, double x, double y) {
    double q, m;
    switch (op) {
    case PY2C_OP_ADD: return py2c_float(x + y);
    case PY2C_OP_SUB: return py2c_float(x - y);
    case PY2C_OP_MUL: return py2c_float(x * y);
    case PY2C_OP_TRUEDIV:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
        return py2c_float(x / y);
    case PY2C_OP_FLOORDIV:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float floor division by zero");
        float_divmod(x, y, &q, &m);
        return py2c_float(q);
    case PY2C_OP_MOD:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float modulo");
        m = fmod(x, y);
        if (m != 0.0) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = copysign(0.0, y);
        }
        return py2c_float(m);
    case PY2C_OP_DIVMOD: {
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float divmod()");
        float_divmod(x, y, &q, &m);
        Py2cValue items[2] = {py2c_float(q), py2c_float(m)};
        return py2c_tuple_pack(2, items);
    }
    case PY2C_OP_POW: return float_pow(x, y);
    case PY2C_OP_MATMUL:
    case PY2C_OP_LSHIFT:
    case PY2C_OP_RSHIFT:
    case PY2C_OP_AND:
    case PY2C_OP_OR:
    case PY2C_OP_XOR:
    case PY2C_BINARY_OP_COUNT: break;
    }
    return PY2C_NOT_IMPLEMENTED;
}

/* Both operands as doubles when both are numbers (one of them a float, or
 * the slot would not have been called): 1, 0 (not numbers), -1 (error). */
static int operands(Py2cValue a, Py2cValue b, double *x, double *y) {
    int r = py2c__num_as_double(a, x);
    if (r <= 0) return r;
    return py2c__num_as_double(b, y);
}

#define FLOAT_BINARY(name, op)                                        \
    static Py2cValue name(Py2cValue a, Py2cValue b) {                 \
        double x, y;                                                  \
        if (py2c_is_float(a) && py2c_is_float(b))                     \
            return py2c__float_binary_op(op, py2c_float_value(a), py2c_float_value(b)); \
        int r = operands(a, b, &x, &y);                               \
        if (r < 0) return PY2C_NULL;                                  \
        if (r == 0) return PY2C_NOT_IMPLEMENTED;                      \
        return py2c__float_binary_op(op, x, y);                       \
    }

FLOAT_BINARY(float_add, PY2C_OP_ADD)
FLOAT_BINARY(float_sub, PY2C_OP_SUB)
FLOAT_BINARY(float_mul, PY2C_OP_MUL)
FLOAT_BINARY(float_truediv, PY2C_OP_TRUEDIV)
FLOAT_BINARY(float_floordiv, PY2C_OP_FLOORDIV)
FLOAT_BINARY(float_mod, PY2C_OP_MOD)
FLOAT_BINARY(float_divmod_slot, PY2C_OP_DIVMOD)
FLOAT_BINARY(float_pow_slot, PY2C_OP_POW)

static Py2cValue float_pow3(Py2cValue a, Py2cValue b, Py2cValue m) {
    if (py2c_is_none(m)) return float_pow_slot(a, b);
    double x;
    if (py2c__num_as_double(a, &x) == 0 || py2c__num_as_double(b, &x) == 0 ||
        (!py2c_is_float(m) && !py2c_is_int(m))) {
        py2c_error_clear();
        return PY2C_NOT_IMPLEMENTED;
    }
    py2c_error_clear();
    return py2c_error_format(&py2c_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

static Py2cValue float_neg(Py2cValue a) { return py2c_float(-py2c_float_value(a)); }
static Py2cValue float_pos(Py2cValue a) { return a; }
static Py2cValue float_abs(Py2cValue a) { return py2c_float(fabs(py2c_float_value(a))); }
static Py2cValue float_to_int(Py2cValue a) { return py2c_int_from_double(py2c_float_value(a)); }

Py2cValue py2c_int_from_double(double d) {
    if (isinf(d)) return py2c_error_format(&py2c_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return py2c_error_format(&py2c_exc_ValueError, "cannot convert float NaN to integer");
    if (fabs(d) < 9.0e15) return py2c_int_from_int64((int64_t)d); /* C truncates too */
    return py2c__long_from_double_trunc(d);
}

static Py2cValue float_repr(Py2cValue self) {
    char buf[40];
    int n = py2c__float_repr(py2c_float_value(self), buf);
    return py2c_str_from_utf8(buf, n);
}

int py2c_float_repr_buf(double x, char *buf) { return py2c__float_repr(x, buf); }

static Py2cHash float_hash(Py2cValue self) { return py2c__hash_double(py2c_float_value(self)); }
static int float_is_true(Py2cValue self) { return py2c_float_value(self) != 0.0; }

/* ---- parsing ---------------------------------------------------------------------- */

static int lower_eq(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    if (n != k) return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return 0;
    return 1;
}

/* digitpart: digit (['_'] digit)*, copied without underscores; returns the
 * number of bytes consumed (0: none). */
static size_t digitpart(const char *s, size_t n, char *out, size_t *k) {
    size_t i = 0;
    if (i >= n || s[i] < '0' || s[i] > '9') return 0;
    while (i < n) {
        if (s[i] >= '0' && s[i] <= '9') {
            out[(*k)++] = s[i++];
        } else if (s[i] == '_' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            i++;
        } else {
            break;
        }
    }
    return i;
}

Py2cValue py2c_float_from_string(const char *text, size_t len) {
    return py2c__float_from_text_obj(text, len, PY2C_NULL);
}

static Py2cValue float_from_ascii(const char *text, size_t len, Py2cValue orig);

Py2cValue py2c__float_from_text_obj(const char *text, size_t len, Py2cValue orig) {
    char *a;
    size_t an;
    int r = PY2C_IS_NULL(orig) || py2c_is_str(orig) ? py2c__num_to_ascii(text, len, &a, &an) : 0;
    if (r < 0) return PY2C_NULL;
    if (r == 0) return float_from_ascii(text, len, orig);
    Py2cValue o = orig;
    if (PY2C_IS_NULL(o)) o = py2c_str_from_utf8(text, (int64_t)len);
    else py2c_incref(o);
    Py2cValue res = PY2C_IS_NULL(o) ? PY2C_NULL : float_from_ascii(a, an, o);
    free(a);
    py2c_decref(o);
    return res;
}

static Py2cValue float_from_ascii(const char *text, size_t len, Py2cValue orig) {
    const char *s = text;
    size_t n = len;
    py2c__num_strip(&s, &n);
    char stack[64];
    char *buf = n + 2 <= sizeof stack ? stack : malloc(n + 2);
    if (!buf) return py2c_error_nomemory();
    size_t i = 0, k = 0;
    int ok = 0;
    double result = 0.0;
    if (i < n && (s[i] == '+' || s[i] == '-')) buf[k++] = s[i++];
    int neg = k && buf[0] == '-';
    if (lower_eq(s + i, n - i, "inf") || lower_eq(s + i, n - i, "infinity")) {
        result = neg ? -INFINITY : INFINITY;
        ok = 1;
    } else if (lower_eq(s + i, n - i, "nan")) {
        result = neg ? -NAN : NAN;
        ok = 1;
    } else {
        size_t d1 = digitpart(s + i, n - i, buf, &k), d2 = 0;
        i += d1;
        if (i < n && s[i] == '.') {
            buf[k++] = s[i++];
            d2 = digitpart(s + i, n - i, buf, &k);
            i += d2;
        }
        if (d1 + d2 > 0) {
            ok = 1;
            if (i < n && (s[i] == 'e' || s[i] == 'E')) {
                buf[k++] = s[i++];
                if (i < n && (s[i] == '+' || s[i] == '-')) buf[k++] = s[i++];
                size_t d3 = digitpart(s + i, n - i, buf, &k);
                i += d3;
                if (d3 == 0) ok = 0;
            }
            if (i != n) ok = 0;
        }
        if (ok) {
            buf[k] = '\0';
            result = strtod(buf, NULL);
        }
    }
    if (buf != stack) free(buf);
    if (ok) return py2c_float(result);
    Py2cValue str = orig;
    if (PY2C_IS_NULL(orig)) {
        str = py2c_str_from_utf8(text, (int64_t)len);
        if (PY2C_IS_NULL(str)) return str;
    } else {
        py2c_incref(str);
    }
    char *r = py2c__num_str_repr(str, -1);
    py2c_decref(str);
    if (!r) return PY2C_NULL;
    (void)py2c_error_format(&py2c_exc_ValueError, "could not convert string to float: %s", r);
    free(r);
    return PY2C_NULL;
}

static Py2cValue float_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return py2c_float(0.0);
    return py2c_number_float(args[0]);
}

/* ---- methods --------------------------------------------------------------------- */

static int no_args(const char *name, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    return -1;
}

static Py2cValue float_is_integer(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("float.is_integer", nargs, kwnames) < 0) return PY2C_NULL;
    double x = py2c_float_value(self);
    return py2c_bool(isfinite(x) && floor(x) == x);
}

static Py2cValue float_conjugate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("float.conjugate", nargs, kwnames) < 0) return PY2C_NULL;
    return self;
}

static Py2cValue float_as_integer_ratio(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("float.as_integer_ratio", nargs, kwnames) < 0) return PY2C_NULL;
    double x = py2c_float_value(self);
    if (isinf(x)) return py2c_error_format(&py2c_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return py2c_error_format(&py2c_exc_ValueError, "cannot convert NaN to integer ratio");
    int64_t m;
    int e;
    py2c__double_split(x, &m, &e);
    Py2cValue num, den;
    Py2cValue mv = py2c_int_from_int64(m);
    if (PY2C_IS_NULL(mv)) return mv;
    if (e >= 0) {
        num = py2c__long_binary(PY2C_OP_LSHIFT, mv, py2c_int(e));
        den = py2c_int(1);
        py2c_decref(mv);
    } else {
        num = mv;
        den = py2c__long_binary(PY2C_OP_LSHIFT, py2c_int(1), py2c_int(-e));
    }
    if (PY2C_IS_NULL(num) || PY2C_IS_NULL(den)) {
        py2c_decref(num), py2c_decref(den);
        return PY2C_NULL;
    }
    Py2cValue items[2] = {num, den};
    Py2cValue t = py2c_tuple_pack(2, items);
    py2c_decref(num), py2c_decref(den);
    return t;
}

static Py2cValue float_hex(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("float.hex", nargs, kwnames) < 0) return PY2C_NULL;
    double x = py2c_float_value(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        int n = py2c__float_repr(x, buf);
        return py2c_str_from_utf8(buf, n);
    }
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0.0) {
        int n = snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return py2c_str_from_utf8(buf, n);
    }
    /* |x| = f * 2**e with 1 <= f < 2 for normal numbers; subnormals keep
     * the minimum exponent with a leading 0 */
    int e;
    double f = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    f = ldexp(f, shift);
    e -= shift;
    int k = 0;
    char digits[20];
    digits[k++] = "0123456789abcdef"[(int)f];
    f -= (int)f;
    for (int i = 0; i < 13; i++) {
        f *= 16.0;
        digits[k++] = "0123456789abcdef"[(int)f];
        f -= (int)f;
    }
    int n = snprintf(buf, sizeof buf, "%s0x%c.%.13sp%c%d", sign, digits[0], digits + 1, e < 0 ? '-' : '+', abs(e));
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue float_get_real(Py2cValue self) { return self; }
static Py2cValue float_get_imag(Py2cValue self) { return (void)self, py2c_float(0.0); }

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The hexadecimal mantissa s[0..n) (digits with at most one '.', at least
 * one digit; checked by the caller) times 2**exp2, rounded half-even to a
 * double (subnormals included). Our own rounding rather than strtod's:
 * C99 leaves hexadecimal input with more digits than fit unspecified, and
 * musl (wasi-libc) rounds such input differently from glibc. Sets *overflow
 * when the rounded value does not fit. */
static double hex_to_double(const char *s, size_t n, int64_t exp2, int *overflow) {
    uint64_t m = 0;
    int nsig = 0, sticky = 0;
    int64_t scale = 0; /* m * 16**scale is the digits read so far */
    size_t i = 0;
    int after_point = 0;
    *overflow = 0;
    for (; i < n; i++) {
        if (s[i] == '.') {
            after_point = 1;
            continue;
        }
        int d = hex_value(s[i]);
        if (nsig == 0 && d == 0) { /* a leading zero */
            if (after_point) scale--;
            continue;
        }
        if (nsig < 16) {
            m = m << 4 | (uint64_t)d;
            nsig++;
            if (after_point) scale--;
        } else {
            sticky |= d != 0;
            if (!after_point) scale++;
        }
    }
    if (m == 0) return 0.0;
    int64_t e = exp2 + 4 * scale; /* value = (m + sticky part) * 2**e */
    int bl = 64;
    while (!(m >> (bl - 1))) bl--;
    int64_t top = e + bl - 1;
    if (top >= DBL_MAX_EXP) {
        *overflow = 1;
        return 0.0;
    }
    int64_t shift = top >= DBL_MIN_EXP - 1 ? bl - DBL_MANT_DIG : (DBL_MIN_EXP - DBL_MANT_DIG) - e;
    if (shift > 64) return 0.0; /* below half the smallest subnormal */
    if (shift > 0) {
        uint64_t q = shift == 64 ? 0 : m >> shift;
        uint64_t rem = shift == 64 ? m : m & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        if (rem > half || (rem == half && (sticky || (q & 1)))) q++;
        m = q;
        e += shift;
    }
    double r = ldexp((double)m, (int)e); /* m < 2**54: exact */
    if (isinf(r)) *overflow = 1;
    return r;
}

/* float.fromhex(string) (a class method): [sign] ('inf' | 'infinity' | 'nan'
 * | ['0x'] hex mantissa ['p' [sign] decimal exponent]) within ASCII white
 * space, correctly rounded (hex_to_double). */
static Py2cValue float_fromhex(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (!PY2C_IS_NULL(kwnames) && py2c_len(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "float.fromhex() takes no keyword arguments");
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "float.fromhex() takes exactly one argument (%zu given)", nargs);
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "bad argument type for built-in operation");
    int64_t n64;
    const char *s = py2c_str_utf8(args[0], &n64);
    size_t n = (size_t)n64, i = 0;
#define SPACE(c) ((c) == ' ' || ((c) >= 9 && (c) <= 13))
    while (i < n && SPACE(s[i])) i++;
    while (n > i && SPACE(s[n - 1])) n--;
#undef SPACE
    int neg = 0, ok = 0;
    double result = 0.0;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (lower_eq(s + i, n - i, "inf") || lower_eq(s + i, n - i, "infinity")) {
        result = INFINITY;
        ok = 1;
    } else if (lower_eq(s + i, n - i, "nan")) {
        result = NAN;
        ok = 1;
    } else {
        if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
        size_t start = i, digits = 0;
        while (i < n && hex_value(s[i]) >= 0) i++, digits++;
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && hex_value(s[i]) >= 0) i++, digits++;
        }
        size_t end = i;
        ok = digits > 0;
        int64_t exp2 = 0;
        if (ok && i < n && (s[i] | 0x20) == 'p') {
            i++;
            int eneg = 0;
            if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
            size_t e = 0;
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, e++)
                if (exp2 < (INT64_C(1) << 40)) exp2 = exp2 * 10 + (s[i] - '0'); /* beyond: saturated */
            if (e == 0) ok = 0;
            if (eneg) exp2 = -exp2;
        }
        if (i != n) ok = 0;
        if (ok) {
            int overflow;
            result = hex_to_double(s + start, end - start, exp2, &overflow);
            if (overflow)
                return py2c_error_format(&py2c_exc_OverflowError,
                                         "hexadecimal value too large to represent as a float");
        }
    }
    if (!ok) return py2c_error_format(&py2c_exc_ValueError, "invalid hexadecimal floating-point string");
    return py2c_float(neg ? -result : result);
}

static const Py2cMethodDef float_classmethods[] = {
    {"fromhex", float_fromhex},
    {NULL, NULL},
};

static const Py2cMethodDef float_methods[] = {
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"hex", float_hex},
    {"conjugate", float_conjugate},
    {"__round__", py2c__number_round_method},
    {"__trunc__", py2c__number_trunc},
    {"__floor__", py2c__number_floor},
    {"__ceil__", py2c__number_ceil},
    {"__int__", py2c__number_int},
    {"__float__", py2c__number_float},
    {NULL, NULL},
};

static const Py2cGetSetDef float_getset[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

static const Py2cNumberMethods float_number = {
    .binary =
        {
            [PY2C_OP_ADD] = float_add,
            [PY2C_OP_SUB] = float_sub,
            [PY2C_OP_MUL] = float_mul,
            [PY2C_OP_TRUEDIV] = float_truediv,
            [PY2C_OP_FLOORDIV] = float_floordiv,
            [PY2C_OP_MOD] = float_mod,
            [PY2C_OP_POW] = float_pow_slot,
            [PY2C_OP_DIVMOD] = float_divmod_slot,
        },
    .pow3 = float_pow3,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .to_int = float_to_int,
    .to_float = float_pos,
};

const Py2cType py2c_float_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "float",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cObject),
    .new_ = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = py2c__num_richcompare,
    .is_true = float_is_true,
    .number = &float_number,
    .methods = float_methods,
    .classmethods = float_classmethods,
    .getset = float_getset,
    .format = py2c__float_format_slot,
};
