/* The Unicode character database of str (tables generated from CPython's own
 * unicodedata by unicode_gen.py), UTF-8 helpers and the text builder. */
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"
#include "unicode_db.h"

_Static_assert(PY2C__UNI_ALPHA == PY2C__UNI_F_ALPHA && PY2C__UNI_LINEBREAK == PY2C__UNI_F_LINEBREAK &&
                   PY2C__UNI_EXTENDED_CASE == PY2C__UNI_F_EXTENDED_CASE && PY2C__UNI_XID_START == PY2C__UNI_F_XID_START,
               "unicode_db.h does not match str_internal.h: regenerate it");

const char py2c__uni_version[] = PY2C__UNIDB_VERSION;

const Py2cUniRecord *py2c__uni_record(uint32_t cp) {
    if (cp >= 0x110000) cp = 0xFFFF; /* a noncharacter: no properties */
    uint32_t block = py2c__unidb_index1[cp >> PY2C__UNIDB_SHIFT];
    uint32_t rec = py2c__unidb_index2[(block << PY2C__UNIDB_SHIFT) + (cp & ((1u << PY2C__UNIDB_SHIFT) - 1))];
    return &py2c__unidb_records[rec];
}

int py2c__uni_case(uint32_t cp, int which, uint32_t out[3]) {
    const Py2cUniRecord *r = py2c__uni_record(cp);
    int32_t m = r->map[which];
    if (!(r->flags & PY2C__UNI_F_EXTENDED_CASE)) {
        out[0] = (uint32_t)((int32_t)cp + m);
        return 1;
    }
    int n = (int)((uint32_t)m >> 24);
    uint32_t idx = (uint32_t)m & 0xFFFFFF;
    for (int i = 0; i < n; i++) out[i] = py2c__unidb_ext[idx + (uint32_t)i];
    return n;
}

int py2c__uni_decimal(uint32_t cp) { return py2c__uni_record(cp)->decimal; }

int py2c__uni_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
    return py2c__uni_has(cp, PY2C__UNI_F_SPACE);
}

/* ---- UTF-8 ------------------------------------------------------------------ */
int py2c__utf8_put(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int64_t py2c__utf8_count(const char *s, int64_t len) {
    int64_t n = 0;
    for (int64_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* CPython's UTF-8 decoder reports the first byte of a bad sequence and how
 * far the sequence went; its reasons follow the Unicode "maximal subpart"
 * practice, which this reproduces. */
int64_t py2c__utf8_check(const unsigned char *s, int64_t len, const char **reason, int64_t *end) {
    int64_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F; /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            *reason = "invalid start byte";
            *end = i + 1;
            return i;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= len) {
                *reason = "unexpected end of data";
                *end = len;
                return i;
            }
            unsigned d = s[i + k];
            unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (d < l || d > h) {
                *reason = "invalid continuation byte";
                *end = i + k;
                return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

int64_t py2c__memfind(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const char *p = h, *last = h + (hn - nn);
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p + 1));
        if (!p) return -1;
        if (memcmp(p + 1, n + 1, (size_t)(nn - 1)) == 0) return p - h;
        p++;
    }
    return -1;
}

/* ---- the text builder ------------------------------------------------------ */
void py2c__tb_init(Py2cTextBuf *b) {
    b->data = NULL;
    b->len = b->cap = b->nchars = 0;
    b->failed = 0;
}

int py2c__tb_reserve(Py2cTextBuf *b, int64_t more) {
    if (b->failed) return -1;
    if (more < 0 || b->len > INT64_MAX / 2 - more) goto fail;
    if (b->len + more + 1 <= b->cap) return 0;
    int64_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more + 1) cap *= 2;
    char *d = realloc(b->data, (size_t)cap);
    if (!d) goto fail;
    b->data = d;
    b->cap = cap;
    return 0;
fail:
    b->failed = 1;
    (void)py2c_error_nomemory();
    return -1;
}

void py2c__tb_add(Py2cTextBuf *b, const char *s, int64_t len, int64_t nchars) {
    if (len <= 0 || py2c__tb_reserve(b, len) < 0) return;
    memcpy(b->data + b->len, s, (size_t)len);
    b->len += len;
    b->nchars += nchars >= 0 ? nchars : py2c__utf8_count(s, len);
}

void py2c__tb_add_cstr(Py2cTextBuf *b, const char *s) {
    int64_t n = (int64_t)strlen(s);
    py2c__tb_add(b, s, n, n);
}

void py2c__tb_add_char(Py2cTextBuf *b, uint32_t cp) {
    if (py2c__tb_reserve(b, 4) < 0) return;
    b->len += py2c__utf8_put(cp, b->data + b->len);
    b->nchars++;
}

void py2c__tb_add_repeat(Py2cTextBuf *b, uint32_t cp, int64_t n) {
    if (n <= 0) return;
    char enc[4];
    int k = py2c__utf8_put(cp, enc);
    if (n > INT64_MAX / 8 || py2c__tb_reserve(b, n * k) < 0) {
        if (!b->failed) {
            b->failed = 1;
            (void)py2c_error_nomemory();
        }
        return;
    }
    if (k == 1) memset(b->data + b->len, enc[0], (size_t)n);
    else
        for (int64_t i = 0; i < n; i++) memcpy(b->data + b->len + i * k, enc, (size_t)k);
    b->len += n * k;
    b->nchars += n;
}

void py2c__tb_add_str(Py2cTextBuf *b, Py2cValue s) {
    Py2cStr *p = py2c__strp(s);
    py2c__tb_add(b, p->data, p->len, p->nchars);
}

Py2cValue py2c__tb_finish(Py2cTextBuf *b) {
    if (b->failed) {
        py2c__tb_free(b);
        return PY2C_NULL;
    }
    Py2cValue r = py2c__str_new(b->data ? b->data : "", b->len, b->nchars);
    py2c__tb_free(b);
    return r;
}

void py2c__tb_free(Py2cTextBuf *b) {
    free(b->data);
    py2c__tb_init(b);
}
