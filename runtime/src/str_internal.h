/* Text internals shared by str*.c, unicode.c, format*.c and bytes.c (and
 * available to the rest of the runtime): the Unicode database, UTF-8
 * helpers, a text builder, and argument helpers of the str methods. */
#ifndef PY2C_STR_INTERNAL_H
#define PY2C_STR_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "str_internal.h is private to the py2c runtime"
#endif

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "internal.h"

/* ---- the Unicode database (unicode.c, tables from unicode_gen.py) -------- */
typedef struct Py2cUniRecord {
    uint16_t flags;   /* PY2C__UNI_* bits below */
    int8_t decimal;   /* decimal digit value, or -1 */
    int8_t digit;     /* digit value, or -1 */
    /* upper, lower, title, casefold: a code point delta, or with
     * PY2C__UNI_EXTENDED_CASE (len << 24) | index into the extra table */
    int32_t map[4];
} Py2cUniRecord;

enum {
    PY2C__UNI_F_ALPHA = 1u << 0, PY2C__UNI_F_DECIMAL = 1u << 1, PY2C__UNI_F_DIGIT = 1u << 2,
    PY2C__UNI_F_NUMERIC = 1u << 3, PY2C__UNI_F_SPACE = 1u << 4, PY2C__UNI_F_LOWER = 1u << 5,
    PY2C__UNI_F_UPPER = 1u << 6, PY2C__UNI_F_TITLE = 1u << 7, PY2C__UNI_F_PRINTABLE = 1u << 8,
    PY2C__UNI_F_CASED = 1u << 9, PY2C__UNI_F_CASE_IGNORABLE = 1u << 10, PY2C__UNI_F_XID_START = 1u << 11,
    PY2C__UNI_F_XID_CONTINUE = 1u << 12, PY2C__UNI_F_EXTENDED_CASE = 1u << 13, PY2C__UNI_F_LINEBREAK = 1u << 14,
};

enum { PY2C__CASE_UPPER, PY2C__CASE_LOWER, PY2C__CASE_TITLE, PY2C__CASE_FOLD };

const Py2cUniRecord *py2c__uni_record(uint32_t cp);
static inline int py2c__uni_has(uint32_t cp, unsigned flag) { return (py2c__uni_record(cp)->flags & flag) != 0; }
/* The full case mapping of cp (which: PY2C__CASE_*) into out (room for 3);
 * returns the number of code points. */
int py2c__uni_case(uint32_t cp, int which, uint32_t out[3]);
/* Decimal value of cp (0..9), or -1: int() and float() accept any Nd digit. */
int py2c__uni_decimal(uint32_t cp);
/* str.isspace() of one code point (int() and float() strip these). */
int py2c__uni_isspace(uint32_t cp);
/* The Unicode version of the tables ("14.0.0"). */
extern const char py2c__uni_version[];

/* ---- UTF-8 --------------------------------------------------------------- */
/* The code point starting at s[*pos] (well-formed (W)UTF-8), advancing *pos. */
static inline uint32_t py2c__utf8_next(const char *s, int64_t *pos) {
    const unsigned char *p = (const unsigned char *)s + *pos;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pos += 1;
        return c;
    }
    if (c < 0xE0) {
        *pos += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pos += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pos += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/* The code point ending just before s[*pos], moving *pos back to its start. */
static inline uint32_t py2c__utf8_prev(const char *s, int64_t *pos) {
    int64_t i = *pos - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    *pos = i;
    int64_t j = i;
    return py2c__utf8_next(s, &j);
}
/* Writes cp as (W)UTF-8 into out (room for 4); returns the byte count. */
int py2c__utf8_put(uint32_t cp, char *out);
/* Code points in len bytes of UTF-8. */
int64_t py2c__utf8_count(const char *s, int64_t len);
/* Checks len bytes of strict UTF-8 (no surrogates); returns -1 when valid,
 * else the offset of the first bad byte, with *reason CPython's words
 * ("invalid start byte", "invalid continuation byte", "unexpected end of
 * data") and *end the end of the bad sequence. */
int64_t py2c__utf8_check(const unsigned char *s, int64_t len, const char **reason, int64_t *end);

/* Byte offset of the first n[0..nn) in h[0..hn), or -1 (memmem is not C11). */
int64_t py2c__memfind(const char *h, int64_t hn, const char *n, int64_t nn);
/* Byte offset of the last n[0..nn) in h[0..hn), or -1 (nn 0: hn). */
int64_t py2c__memrfind(const char *h, int64_t hn, const char *n, int64_t nn);

/* ---- str objects --------------------------------------------------------- */
static inline Py2cStr *py2c__strp(Py2cValue v) { return (Py2cStr *)py2c_obj_ptr(v); }
/* A new uninitialised str of len bytes (data NUL-terminated by the caller),
 * or NULL with MemoryError set. */
Py2cStr *py2c__str_alloc(int64_t len);
/* A new str from UTF-8 whose code-point count is known. */
PY2C_WARN_UNUSED Py2cValue py2c__str_new(const char *s, int64_t len, int64_t nchars);
/* The byte offset of code point index i (0 <= i <= nchars). */
int64_t py2c__str_offset(const Py2cStr *s, int64_t i);
/* hash(s) of a str (computed once, then cached in the object). */
Py2cHash py2c__str_hash(Py2cValue s);
/* hash(v), with str's cached hash read inline (dict and set lookups). */
static inline Py2cHash py2c__hash_fast(Py2cValue v) {
    if (py2c_is_str(v)) {
        Py2cHash h = atomic_load_explicit((_Atomic Py2cHash *)&py2c__strp(v)->hash, memory_order_relaxed);
        return h != 0 ? h : py2c__str_hash(v);
    }
    return py2c_hash(v);
}
/* Whether two strs hold the same text (short ones compared inline: dict
 * lookups compare many short keys whose hashes already matched). */
static inline int py2c__str_same_text(const Py2cStr *x, const Py2cStr *y) {
    if (x->len != y->len) return 0;
    if (x->len > 16) return memcmp(x->data, y->data, (size_t)x->len) == 0;
    const unsigned char *p = (const unsigned char *)x->data, *q = (const unsigned char *)y->data;
    for (int64_t i = 0; i < x->len; i++)
        if (p[i] != q[i]) return 0;
    return 1;
}
/* The empty string (immortal, borrowed). */
Py2cValue py2c__str_empty(void);
/* A new reference to v (for returning a str unchanged). */
static inline Py2cValue py2c__str_ref(Py2cValue v) {
    py2c_incref(v);
    return v;
}

/* ---- building text ------------------------------------------------------- */
typedef struct Py2cTextBuf {
    char *data;
    int64_t len, cap;
    int64_t nchars;
    int failed; /* allocation failed: MemoryError is set, finish returns NULL */
} Py2cTextBuf;

void py2c__tb_init(Py2cTextBuf *b);
int py2c__tb_reserve(Py2cTextBuf *b, int64_t more);
/* Appends UTF-8 text of nchars code points (nchars -1: count them). */
void py2c__tb_add(Py2cTextBuf *b, const char *s, int64_t len, int64_t nchars);
void py2c__tb_add_cstr(Py2cTextBuf *b, const char *s); /* ASCII */
void py2c__tb_add_char(Py2cTextBuf *b, uint32_t cp);
void py2c__tb_add_repeat(Py2cTextBuf *b, uint32_t cp, int64_t n);
void py2c__tb_add_str(Py2cTextBuf *b, Py2cValue s);
/* The built str (the buffer is released), or PY2C_NULL after a failure. */
PY2C_WARN_UNUSED Py2cValue py2c__tb_finish(Py2cTextBuf *b);
void py2c__tb_free(Py2cTextBuf *b);

/* ---- argument helpers (messages as CPython's) ----------------------------- */
/* "str.upper() takes no arguments (1 given)", "... takes no keyword arguments". */
PY2C_WARN_UNUSED int py2c__text_noargs(const char *qualname, size_t nargs, Py2cValue kwnames);
/* Functions with keyword parameters kwlist[0..max): out[i] is the argument
 * for kwlist[i] or PY2C_NULL (borrowed). CPython's "f() takes at most 2
 * arguments (3 given)", "'x' is an invalid keyword argument for f()". */
PY2C_WARN_UNUSED int py2c__text_parse_kw(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                                         const char *const *kwlist, size_t max, Py2cValue *out);
/* Number of keyword arguments in kwnames (PY2C_NULL: 0). */
size_t py2c__text_nkw(Py2cValue kwnames);
/* "str.join() takes exactly one argument (0 given)" (qual: "str.join"). */
PY2C_WARN_UNUSED int py2c__text_onearg(const char *qual, size_t nargs, Py2cValue kwnames);
/* Argument Clinic positional-only: "strip expected at most 1 argument, got 2". */
PY2C_WARN_UNUSED int py2c__text_clinic_nargs(const char *qual, const char *name, size_t nargs, Py2cValue kwnames,
                                             size_t min, size_t max);
/* PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)". */
PY2C_WARN_UNUSED int py2c__text_tuple_nargs(const char *name, size_t nargs, Py2cValue kwnames, size_t min,
                                            size_t max);
/* An integer argument (big values clamp); "'str' object cannot be interpreted as an integer". */
PY2C_WARN_UNUSED int py2c__text_int_arg(Py2cValue v, int64_t *out);
/* A start/end argument: PY2C_NULL or None leave *out, else an index (clamped). */
PY2C_WARN_UNUSED int py2c__text_slice_index(Py2cValue v, int64_t *out);
/* CPython's ADJUST_INDICES: clips start/end to a sequence of len items. */
void py2c__text_adjust_indices(int64_t *start, int64_t *end, int64_t len);

/* ---- codecs (bytes.c) ------------------------------------------------------ */
/* s.encode(encoding, errors): bytes. */
PY2C_WARN_UNUSED Py2cValue py2c__str_encode(Py2cValue s, const char *encoding, const char *errors);
/* data.decode(encoding, errors): str. */
PY2C_WARN_UNUSED Py2cValue py2c__bytes_decode(const char *data, int64_t len, const char *encoding,
                                              const char *errors);

/* ---- formatting (str_format.c) --------------------------------------------- */
PY2C_WARN_UNUSED Py2cValue py2c__str_format_map(Py2cValue fmt, Py2cValue mapping);

/* bytes objects (bytes.c): a new uninitialised bytes of len bytes (NUL
 * added), or NULL with MemoryError set; the methods (bytes_methods.c). */
Py2cBytes *py2c__bytes_alloc(int64_t len);
extern const Py2cMethodDef py2c__bytes_methods[];
extern const Py2cMethodDef py2c__bytes_classmethods[];

/* bytes: repr of len bytes with CPython's escaping into a builder. */
void py2c__bytes_repr_into(Py2cTextBuf *b, const unsigned char *data, int64_t len);

#endif
