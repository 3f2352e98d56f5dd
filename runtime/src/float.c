/* float: arithmetic with CPython's semantics and repr. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

/* CPython's float_pow, case by case. */
static Py2cValue float_pow(double iv, double iw) {
    if (iw == 0.0) return py2c_float(1.0);
    if (isnan(iv)) return py2c_float(iv);
    if (isnan(iw)) return py2c_float(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return py2c_float(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return py2c_float(fabs(iw));
        return py2c_float(0.0);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) return py2c_float(odd ? iv : fabs(iv));
        return py2c_float(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return py2c_error_format(&py2c_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return py2c_float(is_odd_integer(iw) ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return py2c_error_format(&py2c_exc_NotImplementedError,
                                     "complex numbers are not supported by py2c yet "
                                     "(a negative number raised to a fractional power)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return py2c_float(negate ? -1.0 : 1.0);
    double ix = pow(iv, iw);
    if (isinf(ix))
        return py2c_error_format(&py2c_exc_OverflowError, "(%d, 'Numerical result out of range')", ERANGE);
    return py2c_float(negate ? -ix : ix);
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

Py2cValue py2c__float_binary(int op, double x, double y) {
    double q, m;
    switch (op) {
    case PY2C__OP_ADD: return py2c_float(x + y);
    case PY2C__OP_SUB: return py2c_float(x - y);
    case PY2C__OP_MUL: return py2c_float(x * y);
    case PY2C__OP_TRUEDIV:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
        return py2c_float(x / y);
    case PY2C__OP_FLOORDIV:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float floor division by zero");
        float_divmod(x, y, &q, &m);
        return py2c_float(q);
    case PY2C__OP_MOD:
        if (y == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float modulo");
        m = fmod(x, y);
        if (m != 0.0) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = copysign(0.0, y);
        }
        return py2c_float(m);
    case PY2C__OP_POW: return float_pow(x, y);
    }
    return py2c_error_format(&py2c_exc_RuntimeError, "py2c: bad float operator %d", op);
}
