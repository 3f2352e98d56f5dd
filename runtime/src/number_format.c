/* format(int, spec) and format(float, spec): CPython's
 * Python/formatter_unicode.c behaviour (format_long_internal,
 * format_float_internal, calc_number_widths, the zero padding that grows
 * thousands groups). The spec parser is the str side's
 * (py2c__format_spec_parse), shared by every __format__. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format_internal.h"
#include "number_internal.h"

/* A number laid out as: sign, prefix, integer digits (grouped), rest. */
typedef struct NumParts {
    char sign;          /* 0, '-', '+', ' ' */
    const char *prefix; /* "0x", ... or "" */
    const char *digits; /* ASCII digits subject to grouping */
    size_t ndigits;
    const char *rest; /* decimal point, fraction, exponent, '%', or the 'c' character (UTF-8) */
    size_t nrest;
    int64_t rest_chars;
    int group; /* 3, 4, or 0 for no grouping */
} NumParts;

static Py2cValue emit(const NumParts *p, const Py2cFormatSpec *f) {
    int64_t nsign = p->sign != 0, nprefix = (int64_t)strlen(p->prefix);
    char sep = f->thousands;
    int group = sep ? p->group : 0;
    /* the integer digits, grouped, right to left; the 0 flag ('=' and fill
     * '0') makes leading zeros part of the number, groups included */
    int64_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && f->width > 0)
        min_width = f->width - nsign - nprefix - p->rest_chars;
    size_t cap = p->ndigits * 2 + (size_t)(min_width > 0 ? min_width : 0) * 2 + 8;
    char *rev = malloc(cap);
    if (!rev) return py2c_error_nomemory();
    size_t k = 0, remaining = p->ndigits;
    if (group) {
        int64_t left = min_width;
        for (;;) {
            int64_t want = (int64_t)remaining > left ? (int64_t)remaining : left;
            if (want < 1) want = 1;
            int64_t l = want < group ? want : group;
            for (int64_t i = 0; i < l; i++) rev[k++] = remaining ? p->digits[--remaining] : '0';
            left -= l;
            if (remaining == 0 && left <= 0) break;
            rev[k++] = sep;
            left--;
        }
    } else {
        while (remaining) rev[k++] = p->digits[--remaining];
        while ((int64_t)k < min_width) rev[k++] = '0';
    }
    int64_t len = nsign + nprefix + (int64_t)k + p->rest_chars;
    int64_t pad = f->width > len ? f->width - len : 0, left_pad = 0, mid_pad = 0;
    switch (f->align) {
    case '<': break;
    case '^': left_pad = pad / 2; break;
    case '=': mid_pad = pad; break;
    default: left_pad = pad; break;
    }
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__tb_add_repeat(&b, f->fill, left_pad);
    if (p->sign) py2c__tb_add_char(&b, (unsigned char)p->sign);
    py2c__tb_add_cstr(&b, p->prefix);
    py2c__tb_add_repeat(&b, f->fill, mid_pad);
    for (size_t i = k; i-- > 0;) py2c__tb_add_char(&b, (unsigned char)rev[i]);
    free(rev);
    py2c__tb_add(&b, p->rest, (int64_t)p->nrest, p->rest_chars);
    py2c__tb_add_repeat(&b, f->fill, pad - left_pad - mid_pad);
    return py2c__tb_finish(&b);
}

static char sign_char(int neg, const Py2cFormatSpec *f) {
    if (neg) return '-';
    if (f->sign == '+' || f->sign == ' ') return f->sign;
    return 0;
}

/* ---- floats ------------------------------------------------------------------ */

/* Digits of |x| rounded to p significant digits (p >= 1) and the decimal
 * point position: |x| ~ 0.d1d2...dp * 10**decpt. */
static void sig_digits(double ax, int p, char *digits, int *decpt) {
    char buf[1100];
    snprintf(buf, sizeof buf, "%.*e", p - 1, ax);
    int k = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') digits[k++] = *s;
    digits[k] = '\0';
    *decpt = atoi(s + 1) + 1;
    if (ax == 0.0) *decpt = 1;
}

/* C's %g, and CPython's none-type-with-precision variant (add_dot_0:
 * exponent already from decpt > p - 1, and ".0" on integral results), for
 * |x| finite. upper: 'G'. */
static int format_g(double ax, int p, int alt, int add_dot_0, int upper, char *out) {
    if (p == 0) p = 1;
    char *digits = malloc((size_t)p + 2 > 1100 ? (size_t)p + 2 : 1100);
    if (!digits) return -1;
    int decpt;
    sig_digits(ax, p, digits, &decpt);
    int nd = (int)strlen(digits);
    if (!alt) /* strip trailing zeros */
        while (nd > 1 && digits[nd - 1] == '0') nd--;
    int use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
    int n = 0;
    if (use_exp) {
        out[n++] = digits[0];
        if (nd > 1 || alt) out[n++] = '.';
        memcpy(out + n, digits + 1, (size_t)nd - 1);
        n += nd - 1;
        n += sprintf(out + n, "%c%c%02d", upper ? 'E' : 'e', decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -decpt; i++) out[n++] = '0';
        memcpy(out + n, digits, (size_t)nd);
        n += nd;
    } else {
        for (int i = 0; i < decpt; i++) out[n++] = i < nd ? digits[i] : '0';
        if (nd > decpt) {
            out[n++] = '.';
            memcpy(out + n, digits + decpt, (size_t)(nd - decpt));
            n += nd - decpt;
        } else if (alt) {
            out[n++] = '.';
        } else if (add_dot_0) {
            out[n++] = '.';
            out[n++] = '0';
        }
    }
    out[n] = '\0';
    free(digits);
    return n;
}

static Py2cValue format_double(double x, const Py2cFormatSpec *f, const char *type_name) {
    char type = f->type;
    int64_t prec = f->precision;
    int add_pct = 0;
    if (type == 'n') type = 'g';
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case '\0': break;
    default: return py2c__format_unknown_code(f, type_name);
    }
    if (type == '%') {
        type = 'f';
        x *= 100.0;
        add_pct = 1;
    }
    if (prec > 100000000) /* as CPython's "precision too big" bound for the buffer */
        return py2c_error_format(&py2c_exc_ValueError, "precision too big");
    int neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    size_t size = (size_t)(prec > 0 ? prec : 0) + 1200;
    char *body = malloc(size + 2);
    if (!body) return py2c_error_nomemory();
    int n;
    int upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(x) || isinf(x)) {
        n = snprintf(body, size, "%s", isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else if (type == '\0' && prec < 0) {
        n = py2c__float_repr(ax, body);
    } else if (type == '\0' || type == 'g' || type == 'G') {
        n = format_g(ax, (int)(prec < 0 ? 6 : prec), f->alternate, type == '\0', upper, body);
    } else {
        char fmt[8];
        snprintf(fmt, sizeof fmt, f->alternate ? "%%#.*%c" : "%%.*%c", type);
        n = snprintf(body, size, fmt, (int)(prec < 0 ? 6 : prec), ax);
    }
    if (n < 0) {
        free(body);
        return py2c_error_nomemory();
    }
    if (add_pct) body[n++] = '%', body[n] = '\0';
    if (f->alternate && type == '\0' && prec < 0 && isfinite(x) && !strchr(body, '.')) {
        /* repr with '#': a decimal point even before an exponent */
        char *e = strchr(body, 'e');
        size_t at = e ? (size_t)(e - body) : (size_t)n;
        memmove(body + at + 1, body + at, (size_t)n - at + 1);
        body[at] = '.';
        n++;
    }
    if (neg && f->no_neg_zero && isfinite(x)) { /* 'z': a result that rounded to zero loses its sign */
        int nonzero = 0;
        for (int i = 0; i < n && body[i] != 'e' && body[i] != 'E'; i++)
            if (body[i] >= '1' && body[i] <= '9') nonzero = 1;
        if (!nonzero) neg = 0;
    }
    size_t nint = 0;
    if (isfinite(x))
        while ((int)nint < n && body[nint] >= '0' && body[nint] <= '9') nint++;
    NumParts p = {sign_char(neg, f), "", body, nint, body + nint, (size_t)n - nint, (int64_t)((size_t)n - nint), isfinite(x) ? 3 : 0};
    Py2cValue r = emit(&p, f);
    free(body);
    return r;
}

/* ---- ints --------------------------------------------------------------------- */

static Py2cValue format_int(Py2cValue v, const Py2cFormatSpec *f, const char *type_name) {
    char type = f->type;
    switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (py2c_int_as_double(v, &d) < 0) return PY2C_NULL;
        return format_double(d, f, type_name);
    }
    default: return py2c__format_unknown_code(f, type_name);
    }
    if (f->precision >= 0)
        return py2c_error_format(&py2c_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_zero)
        return py2c_error_format(&py2c_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (f->sign)
            return py2c_error_format(&py2c_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return py2c_error_format(&py2c_exc_ValueError,
                                     "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (py2c_int_as_int64(v, &cp) < 0) return PY2C_NULL;
        if (cp < 0 || cp > 0x10FFFF) return py2c_error_format(&py2c_exc_OverflowError, "%%c arg not in range(0x110000)");
        Py2cTextBuf tb;
        py2c__tb_init(&tb);
        py2c__tb_add_char(&tb, (uint32_t)cp);
        if (tb.failed) return py2c__tb_finish(&tb);
        NumParts p = {0, "", "", 0, tb.data, (size_t)tb.len, 1, 0};
        Py2cValue r = emit(&p, f);
        py2c__tb_free(&tb);
        return r;
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    size_t len;
    char *text = py2c__long_to_text(v, base, &len);
    if (!text) return PY2C_NULL;
    int neg = text[0] == '-';
    if (type == 'X')
        for (size_t i = 0; i < len; i++)
            if (text[i] >= 'a' && text[i] <= 'f') text[i] = (char)(text[i] - 'a' + 'A');
    const char *prefix = "";
    if (f->alternate) prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    NumParts p = {sign_char(neg, f), prefix, text + neg, len - (size_t)neg, "", 0, 0, base == 10 ? 3 : 4};
    Py2cValue r = emit(&p, f);
    free(text);
    return r;
}

/* ---- entry points ----------------------------------------------------------------- */

static Py2cValue number_format_slot(Py2cValue self, Py2cValue spec) {
    if (!py2c_is_str(spec))
        return py2c_error_format(&py2c_exc_TypeError, "format() argument 2 must be str, not %s", py2c_type_name(spec));
    if (py2c__strp(spec)->len == 0) return py2c_str(self);
    const char *tn = py2c_type_name(self);
    Py2cFormatSpec f;
    if (py2c_is_float(self)) {
        if (py2c__format_spec_parse(spec, tn, '\0', '>', &f) < 0) return PY2C_NULL;
        return format_double(py2c_float_value(self), &f, tn);
    }
    if (py2c__format_spec_parse(spec, tn, 'd', '>', &f) < 0) return PY2C_NULL;
    return format_int(self, &f, tn);
}

Py2cValue py2c__int_format_slot(Py2cValue self, Py2cValue spec) { return number_format_slot(self, spec); }
Py2cValue py2c__float_format_slot(Py2cValue self, Py2cValue spec) { return number_format_slot(self, spec); }

Py2cValue py2c_number_format(Py2cValue num, const char *spec, size_t len) {
    if (!py2c_is_int(num) && !py2c_is_float(num)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue s = py2c_str_from_utf8(spec, (int64_t)len);
    if (PY2C_IS_NULL(s)) return s;
    Py2cValue r = number_format_slot(num, s);
    py2c_decref(s);
    return r;
}
