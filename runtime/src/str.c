/* str objects: allocation, the protocols (repr, hash, compare, len, items,
 * iteration, containment, + * %), and the type object. The methods are in
 * str_methods.c, str.format and % in str_format.c, format specs in
 * format_spec.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"

extern const Py2cMethodDef py2c__str_methods[];
extern const Py2cMethodDef py2c__str_classmethods[];

/* ---- allocation ------------------------------------------------------------ */
static void str_dealloc(Py2cObject *o) { free(o); }

/* The text is stored right after the header, in the same allocation. A str
 * of CACHE_MIN bytes or more also keeps, after its text (8-aligned), one word
 * remembering a (code point index, byte offset) pair for py2c__str_offset;
 * shorter ones are cheap to walk from an end, and so pay nothing for it (the
 * many short strs of a program stay in glibc's 64-byte chunks up to 7 bytes). */
enum { CACHE_MIN = 32 };

static size_t cache_at(int64_t len) { return ((size_t)len + 1 + 7) & ~(size_t)7; }

Py2cStr *py2c__str_alloc(int64_t len) {
    if (len < 0 || (uint64_t)len > (SIZE_MAX >> 1) - sizeof(Py2cStr) - 16) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    size_t room = len >= CACHE_MIN ? cache_at(len) + sizeof(uint64_t) : (size_t)len + 1;
    Py2cStr *s = (Py2cStr *)py2c__object_new(&py2c_str_type, sizeof(Py2cStr) + room);
    if (!s) return NULL;
    s->len = len;
    s->nchars = 0;
    s->data = (const char *)(s + 1);
    s->hash = 0;
    if (len >= CACHE_MIN) memset((char *)(s + 1) + cache_at(len), 0, sizeof(uint64_t));
    return s;
}

static char *str_buffer(Py2cStr *s) { return (char *)(s + 1); }

static Py2cStr empty_str = PY2C_STR_STATIC("", 0, 0);
Py2cValue py2c__str_empty(void) { return py2c_obj_value(&empty_str.ob); }

/* One-character ASCII strings are shared (iteration and indexing make many).
 * Built by the compiler (static initialisers), not on first use, so that
 * threads never race to fill an entry. ascii_text holds "c\0" per char. */
#define ASCII_T1(c) (char)(c), 0,
#define ASCII_T8(c)                                                                                                    \
    ASCII_T1(c) ASCII_T1(c + 1) ASCII_T1(c + 2) ASCII_T1(c + 3) ASCII_T1(c + 4) ASCII_T1(c + 5) ASCII_T1(c + 6)        \
        ASCII_T1(c + 7)
#define ASCII_T64(c)                                                                                                   \
    ASCII_T8(c) ASCII_T8(c + 8) ASCII_T8(c + 16) ASCII_T8(c + 24) ASCII_T8(c + 32) ASCII_T8(c + 40) ASCII_T8(c + 48)   \
        ASCII_T8(c + 56)
static const char ascii_text[256] = {ASCII_T64(0) ASCII_T64(64)};

#define ASCII_S1(c) PY2C_STR_STATIC(&ascii_text[2 * (c)], 1, 1),
#define ASCII_S8(c)                                                                                                    \
    ASCII_S1(c) ASCII_S1(c + 1) ASCII_S1(c + 2) ASCII_S1(c + 3) ASCII_S1(c + 4) ASCII_S1(c + 5) ASCII_S1(c + 6)        \
        ASCII_S1(c + 7)
#define ASCII_S64(c)                                                                                                   \
    ASCII_S8(c) ASCII_S8(c + 8) ASCII_S8(c + 16) ASCII_S8(c + 24) ASCII_S8(c + 32) ASCII_S8(c + 40) ASCII_S8(c + 48)   \
        ASCII_S8(c + 56)
static Py2cStr ascii_chars[128] = {ASCII_S64(0) ASCII_S64(64)};

static Py2cValue ascii_char(unsigned c) { return py2c_obj_value(&ascii_chars[c].ob); }

Py2cValue py2c__str_new(const char *text, int64_t len, int64_t nchars) {
    if (len == 0) return py2c__str_empty();
    if (len == 1 && (unsigned char)text[0] < 128) return ascii_char((unsigned char)text[0]);
    Py2cStr *s = py2c__str_alloc(len);
    if (!s) return PY2C_NULL;
    memcpy(str_buffer(s), text, (size_t)len);
    str_buffer(s)[len] = '\0';
    s->nchars = nchars;
    return py2c_obj_value(&s->ob);
}

Py2cValue py2c_str_from_utf8(const char *text, int64_t len) {
    return py2c__str_new(text, len, py2c__utf8_count(text, len));
}

Py2cValue py2c_str_from_cstr(const char *text) { return py2c_str_from_utf8(text, (int64_t)strlen(text)); }

Py2cValue py2c_str_from_codepoint(int64_t cp) {
    if (cp < 0 || cp >= 0x110000) return py2c_error_format(&py2c_exc_ValueError, "chr() arg not in range(0x110000)");
    if (cp < 128) return ascii_char((unsigned)cp);
    char buf[4];
    int n = py2c__utf8_put((uint32_t)cp, buf);
    return py2c__str_new(buf, n, 1);
}

/* Static strs (PY2C_STR_STATIC: text elsewhere, never freed) remember their
 * pair in a small per-thread table keyed by address instead. */
typedef struct StaticCache {
    const Py2cStr *s;
    uint64_t packed;
} StaticCache;
static _Thread_local StaticCache static_cache[16];

int64_t py2c__str_offset(const Py2cStr *s, int64_t i) {
    if (s->len == s->nchars) return i;
    if (i == 0) return 0;
    if (i == s->nchars) return s->len;
    /* Walk from the nearest known point: the start, the cache or the end.
     * Threads may index the same string at once, so the (index, offset) pair
     * lives in ONE word, index << 32 | offset, read and written atomically (a
     * torn pair would point into the middle of a character); strings of 4 GiB
     * or more are not cached. */
    _Atomic uint64_t *word = NULL;
    StaticCache *sc = NULL;
    uint64_t packed = 0;
    if (s->data == (const char *)(s + 1)) {
        if (s->len >= CACHE_MIN) {
            word = (_Atomic uint64_t *)(uintptr_t)((const char *)(s + 1) + cache_at(s->len));
            packed = atomic_load_explicit(word, memory_order_relaxed);
        }
    } else {
        sc = &static_cache[((uintptr_t)s >> 4) & 15];
        if (sc->s == s) packed = sc->packed;
    }
    int64_t ci = (int64_t)(packed >> 32), co = (int64_t)(packed & 0xFFFFFFFFu);
    int64_t d_start = i, d_cache = i > ci ? i - ci : ci - i, d_end = s->nchars - i;
    if (d_start <= d_cache && d_start <= d_end) ci = 0, co = 0;
    else if (d_end < d_cache) ci = s->nchars, co = s->len;
    const unsigned char *p = (const unsigned char *)s->data;
    while (ci < i) {
        co++;
        while ((p[co] & 0xC0) == 0x80) co++;
        ci++;
    }
    while (ci > i) {
        co--;
        while ((p[co] & 0xC0) == 0x80) co--;
        ci--;
    }
    if (s->len <= (int64_t)0xFFFFFFFFu) {
        packed = (uint64_t)ci << 32 | (uint64_t)co;
        if (word) atomic_store_explicit(word, packed, memory_order_relaxed);
        else if (sc) sc->s = s, sc->packed = packed;
    }
    return co;
}

/* ---- concatenation and repetition ----------------------------------------- */
Py2cValue py2c_str_concat(Py2cValue a, Py2cValue b) {
    Py2cStr *x = py2c__strp(a), *y = py2c__strp(b);
    if (y->len == 0) return py2c__str_ref(a);
    if (x->len == 0) return py2c__str_ref(b);
    if (x->len > INT64_MAX / 2 - y->len) return py2c_error_nomemory();
    Py2cStr *s = py2c__str_alloc(x->len + y->len);
    if (!s) return PY2C_NULL;
    memcpy(str_buffer(s), x->data, (size_t)x->len);
    memcpy(str_buffer(s) + x->len, y->data, (size_t)y->len);
    str_buffer(s)[s->len] = '\0';
    s->nchars = x->nchars + y->nchars;
    return py2c_obj_value(&s->ob);
}

Py2cValue py2c_str_repeat(Py2cValue v, int64_t n) {
    Py2cStr *x = py2c__strp(v);
    if (n <= 0 || x->len == 0) return py2c__str_empty();
    if (n == 1) return py2c__str_ref(v);
    if (x->len > (INT64_MAX >> 1) / n) return py2c_error_format(&py2c_exc_OverflowError, "repeated string is too long");
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

Py2cValue py2c_str_join_array(size_t n, const Py2cValue *parts) {
    int64_t len = 0, nchars = 0;
    for (size_t i = 0; i < n; i++) {
        len += py2c__strp(parts[i])->len;
        nchars += py2c__strp(parts[i])->nchars;
    }
    if (n == 1) return py2c__str_ref(parts[0]);
    if (len == 0) return py2c__str_empty();
    Py2cStr *s = py2c__str_alloc(len);
    if (!s) return PY2C_NULL;
    char *d = str_buffer(s);
    for (size_t i = 0; i < n; i++) {
        Py2cStr *p = py2c__strp(parts[i]);
        memcpy(d, p->data, (size_t)p->len);
        d += p->len;
    }
    *d = '\0';
    s->nchars = nchars;
    return py2c_obj_value(&s->ob);
}

/* ---- equality, hash, order ------------------------------------------------- */
/* The cached hash (0: not computed). Threads may compute one string's hash
 * at once; the value is deterministic, so relaxed atomic loads and stores of
 * the one word are all that is needed. */
static Py2cHash cached_hash(const Py2cStr *s) {
    return atomic_load_explicit((_Atomic Py2cHash *)&((Py2cStr *)s)->hash, memory_order_relaxed);
}

int py2c_str_equal(Py2cValue a, Py2cValue b) {
    if (a.bits == b.bits) return 1;
    Py2cStr *x = py2c__strp(a), *y = py2c__strp(b);
    if (x->len != y->len) return 0;
    Py2cHash hx = cached_hash(x), hy = cached_hash(y);
    if (hx != 0 && hy != 0 && hx != hy) return 0;
    return py2c__str_same_text(x, y);
}

int py2c_str_equal_cstr(Py2cValue s, const char *text) {
    Py2cStr *x = py2c__strp(s);
    size_t n = strlen(text);
    return (size_t)x->len == n && memcmp(x->data, text, n) == 0;
}

/* FNV-1a over the UTF-8 bytes. CPython randomises str hashes, so no program
 * can depend on their values; only equal strings must hash equal. */
Py2cHash py2c__str_hash(Py2cValue v) {
    Py2cStr *s = py2c__strp(v);
    Py2cHash cached = cached_hash(s);
    if (cached != 0) return cached;
    uint64_t h = 0xcbf29ce484222325u;
    const unsigned char *p = (const unsigned char *)s->data;
    for (int64_t i = 0; i < s->len; i++) {
        h ^= p[i];
        h *= 0x100000001b3u;
    }
    h ^= h >> 29; /* FNV's low bits mix poorly; tables index by them */
    Py2cHash r = (Py2cHash)(h & 0x7FFFFFFFFFFFFFFFu);
    if (r == 0) r = 1; /* 0 means "not computed" (and -1 is never produced) */
    atomic_store_explicit((_Atomic Py2cHash *)&s->hash, r, memory_order_relaxed);
    return r;
}

static Py2cValue str_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_str(a) || !py2c_is_str(b)) return PY2C_NOT_IMPLEMENTED;
    if (op == PY2C_EQ) return py2c_bool(py2c_str_equal(a, b));
    if (op == PY2C_NE) return py2c_bool(!py2c_str_equal(a, b));
    /* The byte order of UTF-8 is code point order. */
    Py2cStr *s = py2c__strp(a), *t = py2c__strp(b);
    int64_t n = s->len < t->len ? s->len : t->len;
    int c = memcmp(s->data, t->data, (size_t)n);
    if (c == 0) c = (s->len > t->len) - (s->len < t->len);
    switch (op) {
    case PY2C_LT: return py2c_bool(c < 0);
    case PY2C_LE: return py2c_bool(c <= 0);
    case PY2C_GT: return py2c_bool(c > 0);
    case PY2C_GE: return py2c_bool(c >= 0);
    case PY2C_EQ:
    case PY2C_NE: break;
    }
    return py2c_bool(c != 0);
}

/* ---- repr and ascii ------------------------------------------------------- */
static const char hexdigits[] = "0123456789abcdef";

static void add_escape(Py2cTextBuf *b, uint32_t c) {
    char buf[10];
    int n = 0;
    buf[n++] = '\\';
    int digits;
    if (c <= 0xFF) buf[n++] = 'x', digits = 2;
    else if (c <= 0xFFFF) buf[n++] = 'u', digits = 4;
    else buf[n++] = 'U', digits = 8;
    for (int k = digits - 1; k >= 0; k--) buf[n++] = hexdigits[(c >> (4 * k)) & 15];
    py2c__tb_add(b, buf, n, n);
}

Py2cValue py2c_str_repr(Py2cValue v) {
    Py2cStr *s = py2c__strp(v);
    int has_single = memchr(s->data, '\'', (size_t)s->len) != NULL;
    int has_double = memchr(s->data, '"', (size_t)s->len) != NULL;
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__tb_reserve(&b, s->len + 2);
    py2c__tb_add_char(&b, quote);
    int64_t i = 0;
    while (i < s->len) {
        int64_t start = i;
        uint32_t c = py2c__utf8_next(s->data, &i);
        if (c == quote || c == '\\') {
            py2c__tb_add_char(&b, '\\');
            py2c__tb_add_char(&b, c);
        } else if (c == '\n') py2c__tb_add(&b, "\\n", 2, 2);
        else if (c == '\r') py2c__tb_add(&b, "\\r", 2, 2);
        else if (c == '\t') py2c__tb_add(&b, "\\t", 2, 2);
        else if (c < ' ' || c == 0x7F) add_escape(&b, c);
        else if (c < 0x7F || py2c__uni_has(c, PY2C__UNI_F_PRINTABLE)) py2c__tb_add(&b, s->data + start, i - start, 1);
        else add_escape(&b, c);
    }
    py2c__tb_add_char(&b, quote);
    return py2c__tb_finish(&b);
}

Py2cValue py2c_str_escape_ascii(Py2cValue v) {
    Py2cStr *s = py2c__strp(v);
    if (s->len == s->nchars) return py2c__str_ref(v);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t i = 0;
    while (i < s->len) {
        uint32_t c = py2c__utf8_next(s->data, &i);
        if (c < 0x80) py2c__tb_add_char(&b, c);
        else add_escape(&b, c);
    }
    return py2c__tb_finish(&b);
}

/* ---- sequence protocol ------------------------------------------------------ */
static int64_t str_len(Py2cValue v) { return py2c__strp(v)->nchars; }

static int str_is_true(Py2cValue v) { return py2c__strp(v)->len != 0; }

/* s[i] for 0 <= i < len(s). */
static Py2cValue str_char_at(Py2cStr *s, int64_t i) {
    int64_t off = py2c__str_offset(s, i);
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) return ascii_char(c);
    int64_t end = off;
    (void)py2c__utf8_next(s->data, &end);
    return py2c__str_new(s->data + off, end - off, 1);
}

/* s[start:stop] for 0 <= start <= stop <= len(s). */
static Py2cValue str_substr(Py2cValue v, int64_t start, int64_t stop) {
    Py2cStr *s = py2c__strp(v);
    if (start == 0 && stop == s->nchars) return py2c__str_ref(v);
    if (start >= stop) return py2c__str_empty();
    int64_t a = py2c__str_offset(s, start), z = py2c__str_offset(s, stop);
    return py2c__str_new(s->data + a, z - a, stop - start);
}

static Py2cValue str_getitem(Py2cValue v, Py2cValue key) {
    Py2cStr *s = py2c__strp(v);
    int64_t i;
    int r = py2c__as_index(key, 0, &i);
    if (r < 0) return PY2C_NULL;
    if (r == 0) {
        if (i < 0) i += s->nchars;
        if (i < 0 || i >= s->nchars) return py2c_error_format(&py2c_exc_IndexError, "string index out of range");
        return str_char_at(s, i);
    }
    if (!py2c__is_slice(key))
        return py2c_error_format(&py2c_exc_TypeError, "string indices must be integers, not '%s'", py2c_type_name(key));
    int64_t start, stop, step, n;
    if (py2c__slice_indices(key, s->nchars, &start, &stop, &step, &n) < 0) return PY2C_NULL;
    if (n <= 0) return py2c__str_empty();
    if (step == 1) return str_substr(v, start, start + n);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    if (s->len == s->nchars) {
        if (py2c__tb_reserve(&b, n) < 0) return py2c__tb_finish(&b);
        for (int64_t k = 0, j = start; k < n; k++, j += step) b.data[b.len++] = s->data[j];
        b.nchars = n;
        return py2c__tb_finish(&b);
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
        int64_t off = py2c__str_offset(s, j), end = off;
        (void)py2c__utf8_next(s->data, &end);
        py2c__tb_add(&b, s->data + off, end - off, 1);
    }
    return py2c__tb_finish(&b);
}

static int str_contains(Py2cValue v, Py2cValue item) {
    if (!py2c_is_str(item)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                                py2c_type_name(item));
        return -1;
    }
    Py2cStr *s = py2c__strp(v), *t = py2c__strp(item);
    if (t->len == 0) return 1;
    if (t->len > s->len) return 0;
    return py2c__memfind(s->data, s->len, t->data, t->len) >= 0;
}

/* Iterators: str_ascii_iterator walks bytes, str_iterator code points. */
typedef struct StrIter {
    Py2cObject ob;
    Py2cValue str; /* PY2C_NULL once exhausted */
    int64_t pos;   /* byte offset */
} StrIter;

static void str_iter_dealloc(Py2cObject *o) {
    py2c_decref(((StrIter *)o)->str);
    free(o);
}

static Py2cValue str_iter_self(Py2cValue v) {
    py2c_incref(v);
    return v;
}

static Py2cValue str_iter_next(Py2cValue v) {
    StrIter *it = (StrIter *)py2c_obj_ptr(v);
    if (PY2C_IS_NULL(it->str)) return PY2C_NULL;
    Py2cStr *s = py2c__strp(it->str);
    if (it->pos >= s->len) {
        PY2C_CLEAR(it->str);
        return PY2C_NULL;
    }
    unsigned char c = (unsigned char)s->data[it->pos];
    if (c < 0x80) {
        it->pos++;
        return ascii_char(c);
    }
    int64_t start = it->pos;
    (void)py2c__utf8_next(s->data, &it->pos);
    return py2c__str_new(s->data + start, it->pos - start, 1);
}

const Py2cType py2c_str_ascii_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "str_ascii_iterator", .base = &py2c_object_type,
    .basicsize = sizeof(StrIter), .dealloc = str_iter_dealloc, .iter = str_iter_self, .iternext = str_iter_next};
const Py2cType py2c_str_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "str_iterator", .base = &py2c_object_type,
    .basicsize = sizeof(StrIter), .dealloc = str_iter_dealloc, .iter = str_iter_self, .iternext = str_iter_next};

static Py2cValue str_iter(Py2cValue v) {
    Py2cStr *s = py2c__strp(v);
    const Py2cType *t = s->len == s->nchars ? &py2c_str_ascii_iterator_type : &py2c_str_iterator_type;
    StrIter *it = (StrIter *)py2c__object_new(t, sizeof(StrIter));
    if (!it) return PY2C_NULL;
    py2c_incref(v);
    it->str = v;
    it->pos = 0;
    return py2c_obj_value(&it->ob);
}

/* ---- operators -------------------------------------------------------------- */
/* str + x: CPython's sequence concatenation message when x is a built-in
 * type (no built-in type adds itself to a str from the right); a user type
 * gets its turn through NotImplemented. */
static Py2cValue str_add(Py2cValue a, Py2cValue b) {
    if (!py2c_is_str(a)) return PY2C_NOT_IMPLEMENTED;
    if (py2c_is_str(b)) return py2c_str_concat(a, b);
    const Py2cType *tb = py2c_type_of(b);
    if (tb->flags & PY2C_TPFLAG_HEAPTYPE) return PY2C_NOT_IMPLEMENTED;
    return py2c_error_format(&py2c_exc_TypeError, "can only concatenate str (not \"%s\") to str", py2c_type_name(b));
}

static Py2cValue repeat_by(Py2cValue s, Py2cValue n) {
    int64_t count;
    int r = py2c__as_index(n, PY2C_INDEX_CLAMP, &count);
    if (r < 0) return PY2C_NULL;
    if (r == 1) {
        if (py2c_type_of(n)->flags & PY2C_TPFLAG_HEAPTYPE) return PY2C_NOT_IMPLEMENTED;
        return py2c_error_format(&py2c_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                 py2c_type_name(n));
    }
    if (!py2c_is_small_int(n) && (count == INT64_MAX || count == INT64_MIN))
        return py2c_error_format(&py2c_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return py2c_str_repeat(s, count);
}

static Py2cValue str_mul(Py2cValue a, Py2cValue b) {
    if (py2c_is_str(a)) return repeat_by(a, b);
    return repeat_by(b, a);
}

static Py2cValue str_mod(Py2cValue a, Py2cValue b) {
    if (!py2c_is_str(a)) return PY2C_NOT_IMPLEMENTED;
    return py2c_str_mod(a, b);
}

static const Py2cNumberMethods str_number = {
    .binary = {[PY2C_OP_ADD] = str_add, [PY2C_OP_MUL] = str_mul, [PY2C_OP_MOD] = str_mod},
};

static Py2cValue str_str(Py2cValue v) { return py2c__str_ref(v); }

/* str(object='') / str(object=b'', encoding='utf-8', errors='strict') */
static Py2cValue str_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const kwlist[] = {"object", "encoding", "errors"};
    Py2cValue a[3];
    if (py2c__text_parse_kw("str", args, nargs, kwnames, kwlist, 3, a) < 0) return PY2C_NULL;
    for (int k = 1; k < 3; k++)
        if (!PY2C_IS_NULL(a[k]) && !py2c_is_str(a[k]))
            return py2c_error_format(&py2c_exc_TypeError, "str() argument '%s' must be str, not %s", kwlist[k],
                                     py2c_type_name(a[k]));
    if (PY2C_IS_NULL(a[0])) return py2c__str_empty();
    if (PY2C_IS_NULL(a[1]) && PY2C_IS_NULL(a[2])) return py2c_str(a[0]);
    if (py2c_is_str(a[0])) return py2c_error_format(&py2c_exc_TypeError, "decoding str is not supported");
    if (!py2c_is_bytes(a[0]))
        return py2c_error_format(&py2c_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                                 py2c_type_name(a[0]));
    Py2cBytes *b = py2c_bytes_ptr(a[0]);
    return py2c__bytes_decode(b->data, b->len, PY2C_IS_NULL(a[1]) ? "utf-8" : py2c_str_utf8(a[1], NULL),
                              PY2C_IS_NULL(a[2]) ? "strict" : py2c_str_utf8(a[2], NULL));
}

const Py2cType py2c_str_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "str",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cStr),
    .dealloc = str_dealloc,
    .new_ = str_new,
    .repr = py2c_str_repr,
    .str = str_str,
    .hash = py2c__str_hash,
    .richcompare = str_richcompare,
    .is_true = str_is_true,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .number = &str_number,
    .methods = py2c__str_methods,
    .classmethods = py2c__str_classmethods,
    .format = py2c_str_format,
};
