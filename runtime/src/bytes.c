/* bytes objects and the codecs between str and bytes (utf-8, ascii, latin-1
 * with the errors handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace (encoding), surrogateescape and surrogatepass). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"

/* ---- objects -------------------------------------------------------------- */
static void bytes_dealloc(Py2cObject *o) { free(o); }

static Py2cBytes *bytes_alloc(int64_t len) {
    if (len < 0 || (uint64_t)len > (SIZE_MAX >> 1) - sizeof(Py2cBytes) - 1) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    Py2cBytes *b = (Py2cBytes *)py2c__object_new(&py2c_bytes_type, sizeof(Py2cBytes) + (size_t)len + 1);
    if (!b) return NULL;
    b->len = len;
    b->hash = 0;
    b->data[len] = '\0';
    return b;
}

Py2cBytes *py2c__bytes_alloc(int64_t len) { return bytes_alloc(len); }

Py2cValue py2c_bytes_from(const char *data, size_t len) {
    Py2cBytes *b = bytes_alloc((int64_t)len);
    if (!b) return PY2C_NULL;
    if (len) memcpy(b->data, data, len);
    return py2c_obj_value(&b->ob);
}

Py2cValue py2c_bytes_concat(Py2cValue a, Py2cValue b) {
    Py2cBytes *x = py2c_bytes_ptr(a), *y = py2c_bytes_ptr(b);
    Py2cBytes *r = bytes_alloc(x->len + y->len);
    if (!r) return PY2C_NULL;
    memcpy(r->data, x->data, (size_t)x->len);
    memcpy(r->data + x->len, y->data, (size_t)y->len);
    return py2c_obj_value(&r->ob);
}

/* ---- protocols -------------------------------------------------------------- */
void py2c__bytes_repr_into(Py2cTextBuf *b, const unsigned char *d, int64_t len) {
    int has_single = memchr(d, '\'', (size_t)len) != NULL, has_double = memchr(d, '"', (size_t)len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    py2c__tb_add_char(b, 'b');
    py2c__tb_add_char(b, (unsigned char)quote);
    for (int64_t i = 0; i < len; i++) {
        unsigned c = d[i];
        char buf[5];
        if (c == (unsigned char)quote || c == '\\') buf[0] = '\\', buf[1] = (char)c, buf[2] = 0;
        else if (c == '\t') strcpy(buf, "\\t");
        else if (c == '\n') strcpy(buf, "\\n");
        else if (c == '\r') strcpy(buf, "\\r");
        else if (c < ' ' || c >= 0x7F) snprintf(buf, sizeof buf, "\\x%02x", c);
        else buf[0] = (char)c, buf[1] = 0;
        py2c__tb_add_cstr(b, buf);
    }
    py2c__tb_add_char(b, (unsigned char)quote);
}

static Py2cValue bytes_repr(Py2cValue v) {
    Py2cBytes *p = py2c_bytes_ptr(v);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__bytes_repr_into(&b, (const unsigned char *)p->data, p->len);
    return py2c__tb_finish(&b);
}

static Py2cHash bytes_hash(Py2cValue v) {
    Py2cBytes *p = py2c_bytes_ptr(v);
    if (p->hash != 0) return p->hash;
    uint64_t h = 0xcbf29ce484222325u;
    for (int64_t i = 0; i < p->len; i++) {
        h ^= (unsigned char)p->data[i];
        h *= 0x100000001b3u;
    }
    h ^= h >> 29;
    Py2cHash r = (Py2cHash)(h & 0x7FFFFFFFFFFFFFFFu);
    if (r == 0) r = 1;
    p->hash = r;
    return r;
}

static Py2cValue bytes_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_bytes(a) || !py2c_is_bytes(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cBytes *x = py2c_bytes_ptr(a), *y = py2c_bytes_ptr(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0) c = (x->len > y->len) - (x->len < y->len);
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

static int64_t bytes_len(Py2cValue v) { return py2c_bytes_ptr(v)->len; }

static Py2cValue bytes_getitem(Py2cValue v, Py2cValue key) {
    Py2cBytes *p = py2c_bytes_ptr(v);
    int64_t i;
    int r = py2c__as_index(key, 0, &i);
    if (r < 0) return PY2C_NULL;
    if (r == 0) {
        if (i < 0) i += p->len;
        if (i < 0 || i >= p->len) return py2c_error_format(&py2c_exc_IndexError, "index out of range");
        return py2c_int((unsigned char)p->data[i]);
    }
    if (!py2c__is_slice(key))
        return py2c_error_format(&py2c_exc_TypeError, "byte indices must be integers or slices, not %s",
                                 py2c_type_name(key));
    int64_t start, stop, step, n;
    if (py2c__slice_indices(key, p->len, &start, &stop, &step, &n) < 0) return PY2C_NULL;
    if (step == 1 && n == p->len) {
        py2c_incref(v);
        return v;
    }
    Py2cBytes *r2 = bytes_alloc(n > 0 ? n : 0);
    if (!r2) return PY2C_NULL;
    for (int64_t k = 0, j = start; k < n; k++, j += step) r2->data[k] = p->data[j];
    return py2c_obj_value(&r2->ob);
}

static int bytes_contains(Py2cValue v, Py2cValue item) {
    Py2cBytes *p = py2c_bytes_ptr(v);
    if (py2c_is_bytes(item)) {
        Py2cBytes *q = py2c_bytes_ptr(item);
        return py2c__memfind(p->data, p->len, q->data, q->len) >= 0;
    }
    int64_t x;
    int r = py2c__as_index(item, PY2C_INDEX_CLAMP, &x);
    if (r < 0) return -1;
    if (r > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "a bytes-like object is required, not '%s'",
                                py2c_type_name(item));
        return -1;
    }
    if (x < 0 || x > 255) {
        (void)py2c_error_format(&py2c_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return p->len > 0 && memchr(p->data, (int)x, (size_t)p->len) != NULL;
}

typedef struct BytesIter {
    Py2cObject ob;
    Py2cValue bytes; /* PY2C_NULL once exhausted */
    int64_t pos;
} BytesIter;

static void bytes_iter_dealloc(Py2cObject *o) {
    py2c_decref(((BytesIter *)o)->bytes);
    free(o);
}

static Py2cValue bytes_iter_self(Py2cValue v) {
    py2c_incref(v);
    return v;
}

static Py2cValue bytes_iter_next(Py2cValue v) {
    BytesIter *it = (BytesIter *)py2c_obj_ptr(v);
    if (PY2C_IS_NULL(it->bytes)) return PY2C_NULL;
    Py2cBytes *p = py2c_bytes_ptr(it->bytes);
    if (it->pos >= p->len) {
        PY2C_CLEAR(it->bytes);
        return PY2C_NULL;
    }
    return py2c_int((unsigned char)p->data[it->pos++]);
}

const Py2cType py2c_bytes_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "bytes_iterator", .base = &py2c_object_type,
    .basicsize = sizeof(BytesIter), .dealloc = bytes_iter_dealloc, .iter = bytes_iter_self,
    .iternext = bytes_iter_next};

static Py2cValue bytes_iter(Py2cValue v) {
    BytesIter *it = (BytesIter *)py2c__object_new(&py2c_bytes_iterator_type, sizeof(BytesIter));
    if (!it) return PY2C_NULL;
    py2c_incref(v);
    it->bytes = v;
    it->pos = 0;
    return py2c_obj_value(&it->ob);
}

static int bytes_is_true(Py2cValue v) { return py2c_bytes_ptr(v)->len != 0; }

static Py2cValue bytes_add(Py2cValue a, Py2cValue b) {
    if (!py2c_is_bytes(a)) return PY2C_NOT_IMPLEMENTED;
    if (py2c_is_bytes(b)) return py2c_bytes_concat(a, b);
    if (py2c_type_of(b)->flags & PY2C_TPFLAG_HEAPTYPE) return PY2C_NOT_IMPLEMENTED;
    return py2c_error_format(&py2c_exc_TypeError, "can't concat %s to bytes", py2c_type_name(b));
}

static Py2cValue bytes_mul(Py2cValue a, Py2cValue b) {
    Py2cValue s = py2c_is_bytes(a) ? a : b, n = py2c_is_bytes(a) ? b : a;
    int64_t count;
    int r = py2c__as_index(n, PY2C_INDEX_CLAMP, &count);
    if (r < 0) return PY2C_NULL;
    if (r > 0) {
        if (py2c_type_of(n)->flags & PY2C_TPFLAG_HEAPTYPE) return PY2C_NOT_IMPLEMENTED;
        return py2c_error_format(&py2c_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 py2c_type_name(n));
    }
    Py2cBytes *p = py2c_bytes_ptr(s);
    if (!py2c_is_small_int(n) && (count == INT64_MAX || count == INT64_MIN))
        return py2c_error_format(&py2c_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (count <= 0 || p->len == 0) return py2c_bytes_from("", 0);
    if (count == 1) {
        py2c_incref(s);
        return s;
    }
    if (p->len > (INT64_MAX >> 1) / count) return py2c_error_nomemory();
    Py2cBytes *r2 = bytes_alloc(p->len * count);
    if (!r2) return PY2C_NULL;
    for (int64_t k = 0; k < count; k++) memcpy(r2->data + k * p->len, p->data, (size_t)p->len);
    return py2c_obj_value(&r2->ob);
}

static const Py2cNumberMethods bytes_number = {
    .binary = {[PY2C_OP_ADD] = bytes_add, [PY2C_OP_MUL] = bytes_mul},
};

/* ---- codecs ------------------------------------------------------------------- */
typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN } Encoding;

static Encoding lookup_encoding(const char *name) {
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (c == '-' || c == '_' || c == ' ') continue;
        if (n + 1 >= sizeof norm) return ENC_UNKNOWN;
        norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    norm[n] = 0;
    static const char *const utf8[] = {"utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "usascii", "646", "us", "ansix3.41968", "iso646us", "cp367", NULL};
    static const char *const latin1[] = {"latin1", "latin", "l1", "iso88591", "8859", "cp819", "iso885911987",
                                         "isoir100", "csisolatin1", NULL};
    for (int k = 0; utf8[k]; k++)
        if (!strcmp(norm, utf8[k])) return ENC_UTF8;
    for (int k = 0; ascii[k]; k++)
        if (!strcmp(norm, ascii[k])) return ENC_ASCII;
    for (int k = 0; latin1[k]; k++)
        if (!strcmp(norm, latin1[k])) return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_SURROGATEESCAPE,
               ERR_SURROGATEPASS, ERR_UNKNOWN } ErrHandler;

static ErrHandler lookup_errors(const char *name) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                        "surrogateescape", "surrogatepass"};
    for (int k = 0; k < (int)(sizeof names / sizeof names[0]); k++)
        if (!strcmp(name, names[k])) return (ErrHandler)k;
    return ERR_UNKNOWN;
}

static Py2cValue unknown_handler(const char *errors) {
    return py2c_error_format(&py2c_exc_LookupError, "unknown error handler name '%s'", errors);
}

/* Growable byte buffer for encoding. */
typedef struct ByteBuf {
    char *data;
    int64_t len, cap;
    int failed;
} ByteBuf;

static void bb_add(ByteBuf *b, const char *s, int64_t n) {
    if (b->failed) return;
    if (b->len + n > b->cap) {
        int64_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        char *d = realloc(b->data, (size_t)cap);
        if (!d) {
            b->failed = 1;
            (void)py2c_error_nomemory();
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
}

static Py2cValue bb_finish(ByteBuf *b) {
    Py2cValue r = b->failed ? PY2C_NULL : py2c_bytes_from(b->data ? b->data : "", (size_t)b->len);
    free(b->data);
    return r;
}

Py2cValue py2c__str_encode(Py2cValue sv, const char *encoding, const char *errors) {
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN) return py2c_error_format(&py2c_exc_LookupError, "unknown encoding: %s", encoding);
    Py2cStr *s = py2c__strp(sv);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    /* Fast path: nothing to convert. */
    if (s->len == s->nchars) return py2c_bytes_from(s->data, (size_t)s->len);
    if (enc == ENC_UTF8) {
        /* Valid UTF-8 unless it holds a (WTF-8) surrogate: ED A0..BF xx. */
        const unsigned char *p = (const unsigned char *)s->data;
        int64_t k = 0;
        while (k + 1 < s->len && !(p[k] == 0xED && p[k + 1] >= 0xA0)) k++;
        if (k + 1 >= s->len) return py2c_bytes_from(s->data, (size_t)s->len);
    }
    ErrHandler eh = lookup_errors(errors);
    ByteBuf b = {NULL, 0, 0, 0};
    int64_t i = 0, ci = 0;
    while (i < s->len) {
        int64_t start = i;
        uint32_t c = py2c__utf8_next(s->data, &i);
        int surrogate = c >= 0xD800 && c < 0xE000;
        int bad = c >= limit || (enc == ENC_UTF8 && surrogate);
        if (!bad) {
            if (enc == ENC_UTF8) bb_add(&b, s->data + start, i - start);
            else {
                char ch = (char)c;
                bb_add(&b, &ch, 1);
            }
            ci++;
            continue;
        }
        if (enc == ENC_UTF8 && eh == ERR_SURROGATEPASS) {
            bb_add(&b, s->data + start, i - start);
            ci++;
            continue;
        }
        if (eh == ERR_SURROGATEESCAPE && c >= 0xDC80 && c <= 0xDCFF) {
            char ch = (char)(c - 0xDC00);
            bb_add(&b, &ch, 1);
            ci++;
            continue;
        }
        char buf[16];
        switch (eh) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: bb_add(&b, "?", 1); break;
        case ERR_BACKSLASH:
            bb_add(&b, buf, snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c));
            break;
        case ERR_XMLCHARREF: bb_add(&b, buf, snprintf(buf, sizeof buf, "&#%u;", c)); break;
        case ERR_UNKNOWN:
            free(b.data);
            return unknown_handler(errors);
        case ERR_STRICT:
        case ERR_SURROGATEESCAPE:
        case ERR_SURROGATEPASS: {
            /* CPython reports the whole run of unencodable characters. */
            int64_t end = ci + 1, j = i;
            while (j < s->len) {
                int64_t k = j;
                uint32_t d = py2c__utf8_next(s->data, &k);
                int dbad = enc == ENC_UTF8 ? d >= 0xD800 && d < 0xE000 : d >= limit;
                if (!dbad) break;
                j = k;
                end++;
            }
            const char *reason = enc == ENC_UTF8 ? "surrogates not allowed"
                                 : enc == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
            free(b.data);
            if (end == ci + 1) {
                snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c);
                return py2c_error_format(&py2c_exc_UnicodeEncodeError,
                                         "'%s' codec can't encode character '%s' in position %lld: %s",
                                         codec_names[enc], buf, (long long)ci, reason);
            }
            return py2c_error_format(&py2c_exc_UnicodeEncodeError,
                                     "'%s' codec can't encode characters in position %lld-%lld: %s",
                                     codec_names[enc], (long long)ci, (long long)(end - 1), reason);
        }
        }
        ci++;
    }
    return bb_finish(&b);
}

static Py2cValue decode_error(Encoding enc, const unsigned char *d, int64_t start, int64_t end, const char *reason) {
    if (end == start + 1)
        return py2c_error_format(&py2c_exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %lld: %s",
                                 codec_names[enc], d[start], (long long)start, reason);
    return py2c_error_format(&py2c_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                             codec_names[enc], (long long)start, (long long)(end - 1), reason);
}

Py2cValue py2c__bytes_decode(const char *data, int64_t len, const char *encoding, const char *errors) {
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN) return py2c_error_format(&py2c_exc_LookupError, "unknown encoding: %s", encoding);
    const unsigned char *d = (const unsigned char *)data;
    ErrHandler eh = lookup_errors(errors);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t i = 0;
    while (i < len) {
        int64_t bad_start, bad_end;
        const char *reason;
        if (enc == ENC_LATIN1) {
            for (; i < len; i++) py2c__tb_add_char(&b, d[i]);
            break;
        }
        if (enc == ENC_ASCII) {
            int64_t j = i;
            while (j < len && d[j] < 0x80) j++;
            py2c__tb_add(&b, data + i, j - i, j - i);
            if (j == len) break;
            bad_start = j;
            bad_end = j + 1;
            reason = "ordinal not in range(128)";
        } else {
            int64_t off = py2c__utf8_check(d + i, len - i, &reason, &bad_end);
            if (off < 0) {
                py2c__tb_add(&b, data + i, len - i, -1);
                break;
            }
            py2c__tb_add(&b, data + i, off, -1);
            bad_start = i + off;
            bad_end += i;
        }
        switch (eh) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: py2c__tb_add_char(&b, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (int64_t k = bad_start; k < bad_end; k++) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\x%02x", d[k]);
                py2c__tb_add_cstr(&b, buf);
            }
            break;
        case ERR_SURROGATEESCAPE:
            for (int64_t k = bad_start; k < bad_end; k++)
                if (d[k] >= 0x80) py2c__tb_add_char(&b, 0xDC00 + d[k]);
                else py2c__tb_add_char(&b, d[k]);
            break;
        case ERR_UNKNOWN:
            py2c__tb_free(&b);
            return unknown_handler(errors);
        case ERR_XMLCHARREF:
        case ERR_STRICT:
        case ERR_SURROGATEPASS:
            py2c__tb_free(&b);
            if (eh == ERR_XMLCHARREF)
                return py2c_error_format(&py2c_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            return decode_error(enc, d, bad_start, bad_end, reason);
        }
        i = bad_end;
    }
    return py2c__tb_finish(&b);
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]) */
static Py2cValue bytes_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const kwlist[] = {"source", "encoding", "errors"};
    Py2cValue a[3];
    if (py2c__text_parse_kw("bytes", args, nargs, kwnames, kwlist, 3, a) < 0) return PY2C_NULL;
    for (int k = 1; k < 3; k++)
        if (!PY2C_IS_NULL(a[k]) && !py2c_is_str(a[k]))
            return py2c_error_format(&py2c_exc_TypeError, "bytes() argument '%s' must be str, not %s", kwlist[k],
                                     py2c_type_name(a[k]));
    Py2cValue src = a[0];
    if (PY2C_IS_NULL(src)) {
        if (!PY2C_IS_NULL(a[1])) return py2c_error_format(&py2c_exc_TypeError, "encoding without a string argument");
        if (!PY2C_IS_NULL(a[2])) return py2c_error_format(&py2c_exc_TypeError, "errors without a string argument");
        return py2c_bytes_from("", 0);
    }
    if (py2c_is_str(src)) {
        if (PY2C_IS_NULL(a[1])) return py2c_error_format(&py2c_exc_TypeError, "string argument without an encoding");
        return py2c__str_encode(src, py2c_str_utf8(a[1], NULL), PY2C_IS_NULL(a[2]) ? "strict" : py2c_str_utf8(a[2], NULL));
    }
    if (!PY2C_IS_NULL(a[1])) return py2c_error_format(&py2c_exc_TypeError, "encoding without a string argument");
    if (!PY2C_IS_NULL(a[2])) return py2c_error_format(&py2c_exc_TypeError, "errors without a string argument");
    if (py2c_is_bytes(src)) {
        py2c_incref(src);
        return src;
    }
    int64_t count;
    int r = py2c__as_index(src, PY2C_INDEX_CLAMP, &count);
    if (r < 0) return PY2C_NULL;
    if (r == 0) {
        if (count < 0) return py2c_error_format(&py2c_exc_ValueError, "negative count");
        Py2cBytes *z = bytes_alloc(count);
        if (!z) return PY2C_NULL;
        memset(z->data, 0, (size_t)count);
        return py2c_obj_value(&z->ob);
    }
    const Py2cType *t = py2c_type_of(src);
    if (!t->iter) return py2c_error_format(&py2c_exc_TypeError, "cannot convert '%s' object to bytes", t->name);
    Py2cValue it = py2c_iter(src);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    ByteBuf b = {NULL, 0, 0, 0};
    for (;;) {
        Py2cValue x = py2c_iter_next(it);
        if (PY2C_IS_NULL(x)) {
            if (py2c_error_occurred()) goto fail;
            break;
        }
        int64_t v;
        if (py2c__as_index(x, PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &v) < 0) {
            py2c_decref(x);
            goto fail;
        }
        py2c_decref(x);
        if (v < 0 || v > 255) {
            (void)py2c_error_format(&py2c_exc_ValueError, "bytes must be in range(0, 256)");
            goto fail;
        }
        char c = (char)v;
        bb_add(&b, &c, 1);
    }
    py2c_decref(it);
    return bb_finish(&b);
fail:
    py2c_decref(it);
    free(b.data);
    return PY2C_NULL;
}

const Py2cType py2c_bytes_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "bytes",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cBytes),
    .dealloc = bytes_dealloc,
    .new_ = bytes_new,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .is_true = bytes_is_true,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .number = &bytes_number,
    .methods = py2c__bytes_methods,
    .classmethods = py2c__bytes_classmethods,
};
