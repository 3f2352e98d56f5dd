/* str % args (CPython's PyUnicode_Format) and str.format / str.format_map
 * (CPython's Objects/stringlib/unicode_format.h), with CPython's messages. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format_internal.h"
#include "number_internal.h"

/* ======================= printf-style formatting ======================== */
enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctState {
    Py2cValue args;  /* the right operand, or the value of a %(key) */
    int64_t arglen;  /* -1: a single argument */
    int64_t argidx;
    Py2cValue dict;  /* the mapping, or PY2C_NULL */
    int args_owned;
} PctState;

static Py2cValue next_arg(PctState *st) {
    if (st->argidx < st->arglen) {
        int64_t i = st->argidx++;
        if (st->arglen < 0) return st->args;
        return py2c_tuple_item(st->args, i);
    }
    return py2c_error_format(&py2c_exc_TypeError, "not enough arguments for format string");
}

/* sign, prefix, zero-extended digits, padded to width, as CPython's
 * formatlong/formatfloat + the padding of unicode_format_arg_output. */
static void put_number(Py2cTextBuf *b, int neg, const char *prefix, const char *digits, int64_t ndigits, int flags,
                       int64_t width, int64_t prec) {
    char sign = neg ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    int64_t zeros = prec > ndigits ? prec - ndigits : 0;
    int64_t len = (sign != 0) + (int64_t)strlen(prefix) + zeros + ndigits;
    int64_t fill = width > len ? width - len : 0;
    if (!(flags & (F_LJUST | F_ZERO))) py2c__tb_add_repeat(b, ' ', fill);
    if (sign) py2c__tb_add_char(b, (unsigned char)sign);
    py2c__tb_add_cstr(b, prefix);
    if ((flags & F_ZERO) && !(flags & F_LJUST)) py2c__tb_add_repeat(b, '0', fill);
    py2c__tb_add_repeat(b, '0', zeros);
    py2c__tb_add(b, digits, ndigits, ndigits);
    if (flags & F_LJUST) py2c__tb_add_repeat(b, ' ', fill);
}

/* v as an int value for %d (any real number) or %x/%o/%X (integers only). */
static Py2cValue pct_int(Py2cValue v, char conv) {
    if (py2c_is_small_int(v)) return v;
    if (py2c_is_bool(v)) return py2c_int(py2c_bool_value(v));
    const Py2cType *t = py2c_type_of(v);
    if (t == &py2c_int_type) {
        py2c_incref(v);
        return v;
    }
    const Py2cNumberMethods *nm = t->number;
    int decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (nm && nm->index && !py2c_is_float(v)) return nm->index(v);
    if (decimal && py2c_is_float(v)) {
        double d = py2c_float_value(v);
        if (isfinite(d) && fabs(d) < 1e14) return py2c_int((int64_t)d);
    }
    if (decimal && nm && nm->to_int) return nm->to_int(v);
    if (decimal)
        return py2c_error_format(&py2c_exc_TypeError, "%%%c format: a real number is required, not %s", conv,
                                 py2c_type_name(v));
    return py2c_error_format(&py2c_exc_TypeError, "%%%c format: an integer is required, not %s", conv,
                             py2c_type_name(v));
}

static Py2cStr spec_d = PY2C_STR_STATIC("d", 1, 1), spec_x = PY2C_STR_STATIC("x", 1, 1),
               spec_X = PY2C_STR_STATIC("X", 1, 1), spec_o = PY2C_STR_STATIC("o", 1, 1);

static int pct_format_int(Py2cTextBuf *b, Py2cValue v, char conv, int flags, int64_t width, int64_t prec) {
    Py2cValue iv = pct_int(v, conv);
    if (PY2C_IS_NULL(iv)) return -1;
    const char *prefix = "";
    if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    if (py2c_is_small_int(iv)) {
        int64_t x = py2c_small_int_value(iv);
        unsigned long long ax = x < 0 ? (unsigned long long)-(x + 1) + 1 : (unsigned long long)x;
        char buf[32];
        int n;
        if (conv == 'x' || conv == 'X' || conv == 'o')
            n = snprintf(buf, sizeof buf, conv == 'x' ? "%llx" : conv == 'X' ? "%llX" : "%llo", ax);
        else /* small ints are far from INT64_MIN; printf is slow for the common %d (musl on WASI) */
            n = py2c__int_format((int64_t)ax, buf);
        put_number(b, x < 0, prefix, buf, n, flags, width, prec);
        return 0;
    }
    Py2cStr *spec = conv == 'x' ? &spec_x : conv == 'X' ? &spec_X : conv == 'o' ? &spec_o : &spec_d;
    Py2cValue text = py2c_format(iv, py2c_obj_value(&spec->ob));
    py2c_decref(iv);
    if (PY2C_IS_NULL(text)) return -1;
    Py2cStr *t = py2c__strp(text);
    int neg = t->len > 0 && t->data[0] == '-';
    put_number(b, neg, prefix, t->data + neg, t->len - neg, flags, width, prec);
    py2c_decref(text);
    return 0;
}

/* v as a double for %e %f %g: "must be real number, not str". */
static int pct_double(Py2cValue v, double *out) {
    if (py2c_is_float(v)) return *out = py2c_float_value(v), 0;
    if (py2c_is_small_int(v)) return *out = (double)py2c_small_int_value(v), 0;
    if (py2c_is_bool(v)) return *out = py2c_bool_value(v), 0;
    const Py2cNumberMethods *nm = py2c_type_of(v)->number;
    if (nm && nm->to_float) {
        Py2cValue f = nm->to_float(v);
        if (PY2C_IS_NULL(f)) return -1;
        *out = py2c_float_value(f);
        return 0;
    }
    (void)py2c_error_format(&py2c_exc_TypeError, "must be real number, not %s", py2c_type_name(v));
    return -1;
}

int py2c__format_double_abs(double x, char conv, int64_t prec, int alt, char *buf, size_t size) {
    int upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (isnan(x)) return snprintf(buf, size, "%s", upper ? "NAN" : "nan");
    if (isinf(x)) return snprintf(buf, size, "%s", upper ? "INF" : "inf");
    char f[8];
    snprintf(f, sizeof f, alt ? "%%#.*%c" : "%%.*%c", conv);
    return snprintf(buf, size, f, (int)prec, fabs(x));
}

static int pct_format_float(Py2cTextBuf *b, Py2cValue v, char conv, int flags, int64_t width, int64_t prec) {
    double x;
    if (pct_double(v, &x) < 0) return -1;
    if (prec < 0) prec = 6;
    /* %f of 1e300 has 300+ digits */
    size_t size = (size_t)prec + 400;
    char *buf = malloc(size);
    if (!buf) return (void)py2c_error_nomemory(), -1;
    int n = py2c__format_double_abs(x, conv, prec, (flags & F_ALT) != 0, buf, size);
    put_number(b, !isnan(x) && signbit(x), "", buf, n, flags, width, -1);
    free(buf);
    return 0;
}

/* Text padded with spaces (%s %r %a %c), truncated to prec code points. */
static void put_text(Py2cTextBuf *b, Py2cValue s, int flags, int64_t width, int64_t prec) {
    Py2cStr *p = py2c__strp(s);
    int64_t nchars = p->nchars, len = p->len;
    if (prec >= 0 && prec < nchars) {
        nchars = prec;
        len = py2c__str_offset(p, prec);
    }
    int64_t fill = width > nchars ? width - nchars : 0;
    if (!(flags & F_LJUST)) py2c__tb_add_repeat(b, ' ', fill);
    py2c__tb_add(b, p->data, len, nchars);
    if (flags & F_LJUST) py2c__tb_add_repeat(b, ' ', fill);
}

static int pct_format_char(Py2cTextBuf *b, Py2cValue v, int flags, int64_t width) {
    uint32_t cp;
    if (py2c_is_str(v)) {
        if (py2c__strp(v)->nchars != 1) goto bad;
        int64_t k = 0;
        cp = py2c__utf8_next(py2c__strp(v)->data, &k);
    } else if (py2c_is_small_int(v) || py2c_is_bool(v) || py2c_type_of(v) == &py2c_int_type) {
        int64_t x = py2c_is_bool(v) ? py2c_bool_value(v) : py2c_is_small_int(v) ? py2c_small_int_value(v) : -1;
        if (x < 0 || x >= 0x110000) {
            (void)py2c_error_format(&py2c_exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        goto bad;
    }
    char enc[4];
    int n = py2c__utf8_put(cp, enc);
    Py2cValue s = py2c__str_new(enc, n, 1);
    if (PY2C_IS_NULL(s)) return -1;
    put_text(b, s, flags, width, -1);
    py2c_decref(s);
    return 0;
bad:
    (void)py2c_error_format(&py2c_exc_TypeError, "%%c requires int or char");
    return -1;
}

/* A '*' width or precision: "* wants int". */
static int star_arg(PctState *st, int64_t *out) {
    Py2cValue v = next_arg(st);
    if (PY2C_IS_NULL(v)) return -1;
    if (py2c_is_small_int(v)) return *out = py2c_small_int_value(v), 0;
    if (py2c_is_bool(v)) return *out = py2c_bool_value(v), 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "* wants int");
    return -1;
}

static int read_number(const char *s, int64_t n, int64_t *i, int64_t *out, const char *too_big) {
    int64_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        v = v * 10 + (s[*i] - '0');
        if (v > 2147483647) {
            (void)py2c_error_format(&py2c_exc_ValueError, "%s", too_big);
            return -1;
        }
        (*i)++;
    }
    *out = v;
    return 0;
}

static void pct_release(PctState *st) {
    if (st->args_owned) py2c_decref(st->args);
    st->args_owned = 0;
}

Py2cValue py2c_str_mod(Py2cValue fmtv, Py2cValue args) {
    Py2cStr *fs = py2c__strp(fmtv);
    const char *s = fs->data;
    int64_t n = fs->len, i = 0;
    PctState st = {args, -1, -2, PY2C_NULL, 0};
    const Py2cType *at = py2c_type_of(args);
    int is_tuple = py2c__is_subtype(at, &py2c_tuple_type); /* namedtuples too (PyTuple_Check) */
    if (is_tuple) {
        st.arglen = py2c_tuple_size(args);
        st.argidx = 0;
    }
    if (at->getitem && !is_tuple && !py2c_is_str(args)) st.dict = args;
    Py2cTextBuf b;
    py2c__tb_init(&b);
    while (i < n) {
        const char *pct = memchr(s + i, '%', (size_t)(n - i));
        int64_t stop = pct ? pct - s : n;
        py2c__tb_add(&b, s + i, stop - i, -1);
        if (!pct) break;
        i = stop + 1;
        if (i < n && s[i] == '%') {
            py2c__tb_add_char(&b, '%');
            i++;
            continue;
        }
        int flags = 0;
        int64_t width = -1, prec = -1;
        if (i < n && s[i] == '(') {
            if (PY2C_IS_NULL(st.dict)) {
                (void)py2c_error_format(&py2c_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            int64_t depth = 1, k = ++i;
            while (k < n && depth > 0) {
                if (s[k] == '(') depth++;
                else if (s[k] == ')') depth--;
                k++;
            }
            if (depth > 0) {
                (void)py2c_error_format(&py2c_exc_ValueError, "incomplete format key");
                goto fail;
            }
            Py2cValue key = py2c_str_from_utf8(s + i, k - 1 - i);
            if (PY2C_IS_NULL(key)) goto fail;
            Py2cValue val = py2c_getitem(st.dict, key);
            py2c_decref(key);
            if (PY2C_IS_NULL(val)) goto fail;
            pct_release(&st);
            st.args = val;
            st.args_owned = 1;
            st.arglen = -1;
            st.argidx = -2;
            i = k;
        }
        for (; i < n; i++) {
            char c = s[i];
            if (c == '-') flags |= F_LJUST;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        if (i < n && s[i] == '*') {
            if (star_arg(&st, &width) < 0) goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else if (read_number(s, n, &i, &width, "width too big") < 0) {
            goto fail;
        }
        if (i < n && s[i] == '.') {
            i++;
            if (i < n && s[i] == '*') {
                if (star_arg(&st, &prec) < 0) goto fail;
                if (prec < 0) prec = 0;
                i++;
            } else if (read_number(s, n, &i, &prec, "precision too big") < 0) {
                goto fail;
            }
        }
        while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
        if (i >= n) {
            (void)py2c_error_format(&py2c_exc_ValueError, "incomplete format");
            goto fail;
        }
        int64_t conv_at = i;
        uint32_t conv = py2c__utf8_next(s, &i);
        Py2cValue v = next_arg(&st);
        if (PY2C_IS_NULL(v)) goto fail;
        Py2cValue text = PY2C_NULL;
        switch (conv) {
        case 's': text = py2c_str(v); break;
        case 'r': text = py2c_repr(v); break;
        case 'a': text = py2c_ascii(v); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (pct_format_int(&b, v, (char)conv, flags, width, prec) < 0) goto fail;
            continue;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (pct_format_float(&b, v, (char)conv, flags, width, prec) < 0) goto fail;
            continue;
        case 'c':
            if (pct_format_char(&b, v, flags, width) < 0) goto fail;
            continue;
        default:
            (void)py2c_error_format(&py2c_exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                                    conv >= 31 && conv <= 126 ? (int)conv : '?', (unsigned)conv,
                                    (long long)py2c__utf8_count(s, conv_at));
            goto fail;
        }
        if (PY2C_IS_NULL(text)) goto fail;
        put_text(&b, text, flags, width, prec);
        py2c_decref(text);
    }
    if (st.argidx < st.arglen && PY2C_IS_NULL(st.dict)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    pct_release(&st);
    return py2c__tb_finish(&b);
fail:
    pct_release(&st);
    py2c__tb_free(&b);
    return PY2C_NULL;
}

/* ============================ str.format ================================== */
typedef struct FmtArgs {
    const Py2cValue *args;  /* positional, then keyword values */
    size_t nargs;
    Py2cValue kwnames;      /* PY2C_NULL: none */
    Py2cValue mapping;      /* format_map's mapping, or PY2C_NULL */
    int auto_state;         /* 0 not yet known, 1 automatic numbering, 2 manual */
    int64_t auto_next;
} FmtArgs;

static Py2cValue value_error(const char *msg) { return py2c_error_format(&py2c_exc_ValueError, "%s", msg); }

static void raise_key_error(Py2cValue key) {
    Py2cValue exc = py2c__exc_alloc(&py2c_exc_KeyError, &key, 1);
    if (!PY2C_IS_NULL(exc)) py2c__error_set(exc);
}

/* The decimal value of s[a:z] when it is all (Unicode) decimal digits, -1
 * when it is not (or empty), -2 with ValueError when it is too big. */
static int64_t get_integer(const char *s, int64_t a, int64_t z) {
    if (a >= z) return -1;
    int64_t v = 0;
    while (a < z) {
        int d = (int)py2c__uni_decimal(py2c__utf8_next(s, &a));
        if (d < 0) return -1;
        if (v > (INT64_MAX - d) / 10) {
            (void)value_error("Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

/* The object named by field_name s[a:z] ("0", "name", "0.attr[key]", ""). */
static Py2cValue get_field(const char *s, int64_t a, int64_t z, FmtArgs *fa) {
    int64_t i = a;
    while (i < z && s[i] != '.' && s[i] != '[') i++;
    int64_t idx = get_integer(s, a, i);
    if (idx == -2) return PY2C_NULL;
    int empty = i == a;
    if (empty || idx >= 0) {
        if (fa->auto_state == 0) fa->auto_state = empty ? 1 : 2;
        if (empty) {
            if (fa->auto_state == 2)
                return value_error("cannot switch from manual field specification to automatic field numbering");
            idx = fa->auto_next++;
        } else if (fa->auto_state == 1) {
            return value_error("cannot switch from automatic field numbering to manual field specification");
        }
    }
    Py2cValue obj;
    if (idx < 0) {
        Py2cValue key = py2c_str_from_utf8(s + a, i - a);
        if (PY2C_IS_NULL(key)) return PY2C_NULL;
        if (!PY2C_IS_NULL(fa->mapping)) {
            obj = py2c_getitem(fa->mapping, key);
        } else {
            obj = PY2C_NULL;
            size_t nkw = py2c__text_nkw(fa->kwnames);
            for (size_t k = 0; k < nkw; k++)
                if (py2c_str_equal(py2c_tuple_item(fa->kwnames, (int64_t)k), key)) {
                    obj = fa->args[fa->nargs + k];
                    py2c_incref(obj);
                    break;
                }
            if (PY2C_IS_NULL(obj)) raise_key_error(key);
        }
        py2c_decref(key);
    } else {
        if (!PY2C_IS_NULL(fa->mapping)) return value_error("Format string contains positional fields");
        if ((uint64_t)idx >= fa->nargs)
            return py2c_error_format(&py2c_exc_IndexError,
                                     "Replacement index %lld out of range for positional args tuple", (long long)idx);
        obj = fa->args[idx];
        py2c_incref(obj);
    }
    /* .attr and [key] accessors */
    while (!PY2C_IS_NULL(obj) && i < z) {
        char c = s[i++];
        int64_t start = i;
        Py2cValue next;
        if (c == '.') {
            while (i < z && s[i] != '.' && s[i] != '[') i++;
            if (i == start) {
                py2c_decref(obj);
                return value_error("Empty attribute in format string");
            }
            Py2cValue name = py2c_str_from_utf8(s + start, i - start);
            if (PY2C_IS_NULL(name)) goto fail;
            next = py2c_getattr(obj, name);
            py2c_decref(name);
        } else if (c == '[') {
            while (i < z && s[i] != ']') i++;
            if (i >= z) {
                py2c_decref(obj);
                return value_error("Missing ']' in format field");
            }
            if (i == start) {
                py2c_decref(obj);
                return value_error("Empty attribute in format string");
            }
            int64_t k = get_integer(s, start, i);
            if (k == -2) goto fail;
            Py2cValue key = k >= 0 ? py2c_int(k) : py2c_str_from_utf8(s + start, i - start);
            if (PY2C_IS_NULL(key)) goto fail;
            next = py2c_getitem(obj, key);
            py2c_decref(key);
            i++; /* the ']' */
        } else {
            py2c_decref(obj);
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        py2c_decref(obj);
        obj = next;
    }
    return obj;
fail:
    py2c_decref(obj);
    return PY2C_NULL;
}

static int build_string(Py2cTextBuf *out, const char *s, int64_t n, FmtArgs *fa, int depth);

/* One replacement field; s[a:z] is what follows its '{' (to the end of the
 * enclosing string); *end receives the position after its '}'. */
static int render_field(Py2cTextBuf *out, const char *s, int64_t a, int64_t z, FmtArgs *fa, int depth,
                        int64_t *end) {
    int64_t i = a;
    char c = 0;
    while (i < z) {
        c = s[i++];
        if (c == '{') return (void)value_error("unexpected '{' in field name"), -1;
        if (c == '[') {
            while (i < z && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    int64_t name_end = i - 1;
    if (i >= z && c != '}' && c != ':' && c != '!') name_end = i;
    uint32_t conv = 0;
    int64_t spec_a = i, spec_z = i;
    int expand = 0;
    if (c == '!' || c == ':') {
        int done = 0;
        if (c == '!') {
            if (i >= z) return (void)value_error("end of string while looking for conversion specifier"), -1;
            conv = py2c__utf8_next(s, &i);
            if (i < z) {
                char d = s[i++];
                if (d == '}') done = 1;
                else if (d != ':') return (void)value_error("expected ':' after conversion specifier"), -1;
            }
        }
        if (!done) {
            spec_a = i;
            int count = 1;
            while (i < z) {
                char d = s[i++];
                if (d == '{') {
                    expand = 1;
                    count++;
                } else if (d == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) return (void)value_error("unmatched '{' in format spec"), -1;
            spec_z = i - 1;
        } else {
            spec_a = spec_z = i;
        }
    } else if (c != '}') {
        return (void)value_error("expected '}' before end of string"), -1;
    }
    *end = i;
    Py2cValue obj = get_field(s, a, name_end, fa);
    if (PY2C_IS_NULL(obj)) return -1;
    if (conv) {
        Py2cValue t;
        switch (conv) {
        case 'r': t = py2c_repr(obj); break;
        case 's': t = py2c_str(obj); break;
        case 'a': t = py2c_ascii(obj); break;
        default:
            py2c_decref(obj);
            if (conv > 32 && conv < 127)
                (void)py2c_error_format(&py2c_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                (void)py2c_error_format(&py2c_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            return -1;
        }
        py2c_decref(obj);
        if (PY2C_IS_NULL(t)) return -1;
        obj = t;
    }
    Py2cValue spec;
    if (expand) {
        Py2cTextBuf sb;
        py2c__tb_init(&sb);
        if (build_string(&sb, s + spec_a, spec_z - spec_a, fa, depth - 1) < 0) {
            py2c__tb_free(&sb);
            py2c_decref(obj);
            return -1;
        }
        spec = py2c__tb_finish(&sb);
    } else {
        spec = py2c_str_from_utf8(s + spec_a, spec_z - spec_a);
    }
    if (PY2C_IS_NULL(spec)) {
        py2c_decref(obj);
        return -1;
    }
    Py2cValue text = py2c_is_str(obj) ? py2c_str_format(obj, spec) : py2c_format(obj, spec);
    py2c_decref(spec);
    py2c_decref(obj);
    if (PY2C_IS_NULL(text)) return -1;
    py2c__tb_add_str(out, text);
    py2c_decref(text);
    return 0;
}

static int build_string(Py2cTextBuf *out, const char *s, int64_t n, FmtArgs *fa, int depth) {
    if (depth <= 0) return (void)value_error("Max string recursion exceeded"), -1;
    int64_t i = 0;
    while (i < n) {
        int64_t start = i;
        char c = 0;
        int markup = 0;
        while (i < n) {
            c = s[i++];
            if (c == '{' || c == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = i >= n;
        int64_t len = i - start;
        if (markup && c == '}' && (at_end || s[i] != '}'))
            return (void)value_error("Single '}' encountered in format string"), -1;
        if (markup && at_end && c == '{') return (void)value_error("Single '{' encountered in format string"), -1;
        if (markup && !at_end) {
            if (s[i] == c) {
                i++;
                markup = 0;
            } else {
                len--;
            }
        }
        py2c__tb_add(out, s + start, len, -1);
        if (!markup) continue;
        int64_t end;
        if (render_field(out, s, i, n, fa, depth, &end) < 0) return -1;
        i = end;
    }
    return out->failed ? -1 : 0;
}

static Py2cValue format_with(Py2cValue fmt, FmtArgs *fa) {
    Py2cStr *f = py2c__strp(fmt);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    if (build_string(&b, f->data, f->len, fa, 2) < 0) {
        py2c__tb_free(&b);
        return PY2C_NULL;
    }
    return py2c__tb_finish(&b);
}

Py2cValue py2c_str_format_method(Py2cValue fmt, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    FmtArgs fa = {args, nargs, kwnames, PY2C_NULL, 0, 0};
    return format_with(fmt, &fa);
}

Py2cValue py2c__str_format_map(Py2cValue fmt, Py2cValue mapping) {
    FmtArgs fa = {NULL, 0, PY2C_NULL, mapping, 0, 0};
    return format_with(fmt, &fa);
}
