/* bytes: an immutable sequence of bytes (CPython's bytesobject.c), the data
 * inline after the header and NUL-terminated. Codecs (str.encode,
 * bytes.decode): utf-8, ascii, latin-1. */
#ifndef PY2C_BYTES_H
#define PY2C_BYTES_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cBytes {
    Py2cObject ob;
    int64_t len;
    int64_t hash;  /* cached; 0 until computed */
    char data[];   /* len bytes + NUL */
} Py2cBytes;

extern const Py2cType py2c_bytes_type;
extern const Py2cType py2c_bytes_iterator_type; /* bytes_iterator */

static inline int py2c_is_bytes(Py2cValue v) {
    return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_bytes_type;
}
static inline Py2cBytes *py2c_bytes_ptr(Py2cValue v) { return (Py2cBytes *)py2c_obj_ptr(v); }

/* A new bytes object holding a copy of data[0..len) (b"..." literals). */
PY2C_WARN_UNUSED Py2cValue py2c_bytes_from(const char *data, size_t len);
/* a + b for two bytes objects. */
PY2C_WARN_UNUSED Py2cValue py2c_bytes_concat(Py2cValue a, Py2cValue b);

#endif
