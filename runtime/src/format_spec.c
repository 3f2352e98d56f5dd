/* The format-spec mini-language parser shared by every __format__, and
 * format(str, spec) (CPython's Python/formatter_unicode.c). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "format_internal.h"

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

int py2c__format_spec_parse(Py2cValue specv, const char *type_name, char default_type, char default_align,
                            Py2cFormatSpec *f) {
    Py2cStr *sp = py2c__strp(specv);
    const char *s = sp->data;
    int64_t n = sp->len, i = 0;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->thousands = 0;
    f->type = default_type;
    f->type_cp = (unsigned char)default_type;
    f->fill_given = f->align_given = f->alternate = f->no_neg_zero = 0;
    f->width = f->precision = -1;
    if (n == 0) return 0;

    /* [[fill]align]: the fill may be any character. */
    int64_t j = 0;
    uint32_t c0 = py2c__utf8_next(s, &j);
    if (j < n && is_align((unsigned char)s[j])) {
        f->fill = c0;
        f->fill_given = 1;
        f->align = s[j];
        f->align_given = 1;
        i = j + 1;
    } else if (is_align(c0)) {
        f->align = (char)c0;
        f->align_given = 1;
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
    if (i < n && s[i] == 'z') f->no_neg_zero = 1, i++;
    if (i < n && s[i] == '#') f->alternate = 1, i++;
    if (!f->fill_given && i < n && s[i] == '0') {
        f->fill = '0';
        if (!f->align_given && default_align == '>') f->align = '=';
        i++;
    }
    if (i < n && s[i] >= '0' && s[i] <= '9') {
        int64_t w = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (w > (INT64_MAX - 9) / 10) {
                (void)py2c_error_format(&py2c_exc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            w = w * 10 + (s[i++] - '0');
        }
        f->width = w;
    }
    if (i < n && s[i] == ',') f->thousands = ',', i++;
    if (i < n && s[i] == '_') {
        if (f->thousands) goto both;
        f->thousands = '_';
        i++;
    }
    if (i < n && s[i] == ',' && f->thousands == '_') goto both;
    if (i < n && s[i] == '.') {
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9') {
            (void)py2c_error_format(&py2c_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        int64_t p = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (p > (INT64_MAX - 9) / 10) {
                (void)py2c_error_format(&py2c_exc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            p = p * 10 + (s[i++] - '0');
        }
        f->precision = p;
    }
    if (i < n) {
        int64_t k = i;
        uint32_t t = py2c__utf8_next(s, &k);
        if (k < n) {
            (void)py2c_error_format(&py2c_exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s,
                                    type_name);
            return -1;
        }
        f->type_cp = t;
        f->type = t < 128 ? (char)t : '\x7f'; /* no presentation type is beyond ASCII */
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0': break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') break;
            /* fall through */
        default:
            if (f->type_cp > 32 && f->type_cp < 128)
                (void)py2c_error_format(&py2c_exc_ValueError, "Cannot specify '%c' with '%c'.", f->thousands,
                                        (int)f->type_cp);
            else
                (void)py2c_error_format(&py2c_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", f->thousands,
                                        (unsigned)f->type_cp);
            return -1;
        }
    }
    return 0;
both:
    (void)py2c_error_format(&py2c_exc_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

Py2cValue py2c__format_unknown_code(const Py2cFormatSpec *f, const char *type_name) {
    if (f->type_cp > 32 && f->type_cp < 128)
        return py2c_error_format(&py2c_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                                 (int)f->type_cp, type_name);
    return py2c_error_format(&py2c_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                             (unsigned)f->type_cp, type_name);
}

void py2c__format_pad_into(Py2cTextBuf *b, const char *text, int64_t len, int64_t nchars, const Py2cFormatSpec *f) {
    int64_t total = f->width > nchars ? f->width - nchars : 0, left = 0;
    switch (f->align) {
    case '<': left = 0; break;
    case '^': left = total / 2; break;
    default: left = total; break; /* '>' and '=' */
    }
    py2c__tb_add_repeat(b, f->fill, left);
    py2c__tb_add(b, text, len, nchars);
    py2c__tb_add_repeat(b, f->fill, total - left);
}

Py2cValue py2c_str_format(Py2cValue s, Py2cValue spec) {
    if (!py2c_is_str(spec))
        return py2c_error_format(&py2c_exc_TypeError, "format() argument 2 must be str, not %s",
                                 py2c_type_name(spec));
    if (py2c__strp(spec)->len == 0) return py2c__str_ref(s);
    Py2cFormatSpec f;
    if (py2c__format_spec_parse(spec, "str", 's', '<', &f) < 0) return PY2C_NULL;
    if (f.type != 's') return py2c__format_unknown_code(&f, "str");
    if (f.sign) {
        return py2c_error_format(&py2c_exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                                      : "Sign not allowed in string format specifier");
    }
    if (f.no_neg_zero)
        return py2c_error_format(&py2c_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return py2c_error_format(&py2c_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return py2c_error_format(&py2c_exc_ValueError, "'=' alignment not allowed in string format specifier");
    Py2cStr *p = py2c__strp(s);
    int64_t nchars = p->nchars, len = p->len;
    if (f.precision >= 0 && f.precision < nchars) {
        nchars = f.precision;
        len = py2c__str_offset(p, nchars);
    }
    if (f.width <= nchars && len == p->len) return py2c__str_ref(s);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__format_pad_into(&b, p->data, len, nchars, &f);
    return py2c__tb_finish(&b);
}
