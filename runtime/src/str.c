/* str objects. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static Py2cValue str_str(Py2cValue v) {
    py2c_incref(v);
    return v;
}

/* repr(s): CPython's quoting for the ASCII range (non-ASCII characters are
 * printed as they are, which is right for printable ones). */
static Py2cValue str_repr(Py2cValue v) {
    Py2cStr *s = py2c__as_str(v);
    int has_single = memchr(s->data, '\'', (size_t)s->len) != NULL;
    int has_double = memchr(s->data, '"', (size_t)s->len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    char *buf = py2c__alloc((size_t)s->len * 4 + 3);
    if (!buf) return py2c_error_nomemory();
    size_t n = 0;
    buf[n++] = quote;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == (unsigned char)quote || c == '\\') {
            buf[n++] = '\\';
            buf[n++] = (char)c;
        } else if (c == '\n') {
            buf[n++] = '\\', buf[n++] = 'n';
        } else if (c == '\r') {
            buf[n++] = '\\', buf[n++] = 'r';
        } else if (c == '\t') {
            buf[n++] = '\\', buf[n++] = 't';
        } else if (c < 0x20 || c == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            buf[n++] = '\\', buf[n++] = 'x', buf[n++] = hex[c >> 4], buf[n++] = hex[c & 15];
        } else {
            buf[n++] = (char)c;
        }
    }
    buf[n++] = quote;
    Py2cValue r = py2c_str_from_utf8(buf, (int64_t)n);
    free(buf);
    return r;
}

static void str_dealloc(Py2cObject *o) { free(o); }

const Py2cType py2c_str_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "str",
                                 .base = &py2c_object_type, .flags = PY2C_TPFLAG_BASETYPE,
                                 .dealloc = str_dealloc, .str = str_str, .repr = str_repr};

int64_t py2c__utf8_count(const char *s, int64_t len) {
    int64_t n = 0;
    for (int64_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The text is stored right after the header, in the same allocation. */
Py2cStr *py2c__str_alloc(int64_t len) {
    if (len < 0 || (uint64_t)len > SIZE_MAX - sizeof(Py2cStr) - 1) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    Py2cStr *s = (Py2cStr *)py2c__object_new(&py2c_str_type, sizeof(Py2cStr) + (size_t)len + 1);
    if (!s) return NULL;
    s->len = len;
    s->nchars = 0;
    s->data = (const char *)(s + 1);
    return s;
}

static char *str_buffer(Py2cStr *s) { return (char *)(s + 1); }

Py2cValue py2c_str_from_utf8(const char *text, int64_t len) {
    Py2cStr *s = py2c__str_alloc(len);
    if (!s) return PY2C_NULL;
    memcpy(str_buffer(s), text, (size_t)len);
    str_buffer(s)[len] = '\0';
    s->nchars = py2c__utf8_count(text, len);
    return py2c_obj_value(&s->ob);
}

Py2cValue py2c_str_concat(Py2cValue a, Py2cValue b) {
    Py2cStr *x = py2c__as_str(a), *y = py2c__as_str(b);
    if (y->len == 0) return py2c_incref(a), a;
    if (x->len == 0) return py2c_incref(b), b;
    if (x->len > INT64_MAX - y->len) return py2c_error_nomemory();
    Py2cStr *s = py2c__str_alloc(x->len + y->len);
    if (!s) return PY2C_NULL;
    memcpy(str_buffer(s), x->data, (size_t)x->len);
    memcpy(str_buffer(s) + x->len, y->data, (size_t)y->len);
    str_buffer(s)[s->len] = '\0';
    s->nchars = x->nchars + y->nchars;
    return py2c_obj_value(&s->ob);
}

Py2cValue py2c_str_repeat(Py2cValue v, int64_t n) {
    Py2cStr *x = py2c__as_str(v);
    if (n <= 0 || x->len == 0) return py2c_str_from_utf8("", 0);
    if (n == 1) return py2c_incref(v), v;
    if (x->len > INT64_MAX / n) return py2c_error_format(&py2c_exc_OverflowError, "repeated string is too long");
    Py2cStr *s = py2c__str_alloc(x->len * n);
    if (!s) return PY2C_NULL;
    char *d = str_buffer(s);
    /* Doubling copies: O(log n) memcpy calls. */
    memcpy(d, x->data, (size_t)x->len);
    int64_t done = x->len, total = s->len;
    while (done < total) {
        int64_t chunk = done < total - done ? done : total - done;
        memcpy(d + done, d, (size_t)chunk);
        done += chunk;
    }
    d[total] = '\0';
    s->nchars = x->nchars * n;
    return py2c_obj_value(&s->ob);
}
