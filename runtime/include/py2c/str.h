/* str: immutable Unicode text, stored as UTF-8 with its length in bytes and in
 * code points (equal lengths mean ASCII, where indexing is O(1)). Lone
 * surrogates are stored WTF-8 style. */
#ifndef PY2C_STR_H
#define PY2C_STR_H

#include <stdint.h>

#include "py2c/object.h"

typedef struct Py2cStr {
    Py2cObject ob;
    int64_t len;      /* bytes, without the terminating NUL */
    int64_t nchars;   /* code points */
    const char *data; /* NUL-terminated (may contain other NULs) */
} Py2cStr;

extern const Py2cType py2c_str_type;

/* An immortal str constant, for static objects in generated code:
 *   static Py2cStr s = PY2C_STR_STATIC("héllo", 6, 5); */
#define PY2C_STR_STATIC(text, nbytes, ncodepoints) \
    { {&py2c_str_type, PY2C_REFCOUNT_IMMORTAL}, (nbytes), (ncodepoints), (text) }

static inline int py2c_is_str(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_str_type;
}

/* A new str holding a copy of len bytes of UTF-8 (or WTF-8) text. */
PY2C_WARN_UNUSED Py2cValue py2c_str_from_utf8(const char *s, int64_t len);
/* a + b and s * n for str operands. */
PY2C_WARN_UNUSED Py2cValue py2c_str_concat(Py2cValue a, Py2cValue b);
PY2C_WARN_UNUSED Py2cValue py2c_str_repeat(Py2cValue s, int64_t n);

#endif
