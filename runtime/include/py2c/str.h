/* str: immutable Unicode text, stored as UTF-8 with its length in bytes and in
 * code points (equal lengths mean ASCII, where indexing is O(1)). Lone
 * surrogates are stored WTF-8 style.
 *
 * Ownership as everywhere: arguments borrowed, results new references, or
 * PY2C_NULL with the current exception set. */
#ifndef PY2C_STR_H
#define PY2C_STR_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/object.h"

typedef struct Py2cStr {
    Py2cObject ob;
    int64_t len;      /* bytes, without the terminating NUL */
    int64_t nchars;   /* code points */
    const char *data; /* NUL-terminated (may contain other NULs) */
    int64_t hash;     /* cached hash; 0 until computed (so zero-initialised objects are right) */
    /* A heap str keeps its text right after these fields (data == (char *)(s + 1)),
     * 48 bytes of header in all. Long ones (see str.c) also keep a remembered
     * (code point index, byte offset) pair after the text, so that walking a
     * non-ASCII string by index is not quadratic. */
} Py2cStr;

extern const Py2cType py2c_str_type;
extern const Py2cType py2c_str_iterator_type;       /* str_iterator */
extern const Py2cType py2c_str_ascii_iterator_type; /* str_ascii_iterator */

/* An immortal str constant, for static objects in generated code:
 *   static Py2cStr s = PY2C_STR_STATIC("héllo", 6, 5); */
#define PY2C_STR_STATIC(text, nbytes, ncodepoints) \
    { {&py2c_str_type, PY2C_REFCOUNT_IMMORTAL}, (nbytes), (ncodepoints), (text), 0 }

static inline int py2c_is_str(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_str_type;
}

/* The UTF-8 text of a str value (borrowed, NUL-terminated) and its byte length. */
static inline const char *py2c_str_utf8(Py2cValue s, int64_t *len) {
    const Py2cStr *p = (const Py2cStr *)py2c_obj_ptr(s);
    if (len) *len = p->len;
    return p->data;
}

/* A new str holding a copy of len bytes of UTF-8 (or WTF-8) text. */
PY2C_WARN_UNUSED Py2cValue py2c_str_from_utf8(const char *s, int64_t len);
/* The same for a NUL-terminated C string. */
PY2C_WARN_UNUSED Py2cValue py2c_str_from_cstr(const char *s);
/* chr(cp): a one-character str (cp < 0x110000; ValueError otherwise, as chr()). */
PY2C_WARN_UNUSED Py2cValue py2c_str_from_codepoint(int64_t cp);

/* a + b and s * n for str operands (both must be str). */
PY2C_WARN_UNUSED Py2cValue py2c_str_concat(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_str_repeat(Py2cValue s, int64_t n);
/* The concatenation of n str values (f-strings: the compiler passes the
 * literal pieces and the formatted fields). */
PY2C_WARN_UNUSED Py2cValue py2c_str_join_array(size_t n, const Py2cValue *parts);

/* Equality of two str values (no error possible). */
int py2c_str_equal(Py2cValue a, Py2cValue b);
/* Equality of a str value with a NUL-terminated UTF-8 C string. */
int py2c_str_equal_cstr(Py2cValue s, const char *text);

/* repr(s) with CPython's quoting and escapes. */
PY2C_WARN_UNUSED Py2cValue py2c_str_repr(Py2cValue s);
/* The text with every non-ASCII character escaped as \xNN, \uNNNN or
 * \UNNNNNNNN: ascii(v) is py2c_str_escape_ascii(repr(v)). */
PY2C_WARN_UNUSED Py2cValue py2c_str_escape_ascii(Py2cValue s);
/* format(s, spec) for a str s: the str part of the format-spec mini-language. */
PY2C_WARN_UNUSED Py2cValue py2c_str_format(Py2cValue s, Py2cValue spec);
/* fmt % args (printf-style formatting; fmt is a str). */
PY2C_WARN_UNUSED Py2cValue py2c_str_mod(Py2cValue fmt, Py2cValue args);
/* fmt.format(*args, **kwargs) with the vectorcall argument layout. */
PY2C_WARN_UNUSED Py2cValue py2c_str_format_method(Py2cValue fmt, const Py2cValue *args, size_t nargs,
                                                  Py2cValue kwnames);

#endif
