/* Runtime-internal declarations: the layout of types, allocation, and helpers
 * shared between runtime files. Generated code never sees this header. */
#ifndef PY2C_INTERNAL_H
#define PY2C_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "internal.h is private to the py2c runtime; include <py2c.h> instead"
#endif

#include <stddef.h>
#include <stdint.h>

#include "py2c.h"


/* malloc that returns NULL on failure (callers raise MemoryError). */
void *py2c__alloc(size_t size);
/* A new object of type with a count of 1, size bytes (header included);
 * NULL with MemoryError set on failure. */
Py2cObject *py2c__object_new(const Py2cType *type, size_t size);

int py2c__is_subtype(const Py2cType *t, const Py2cType *base);

/* int: the value as a Py2cValue, or OverflowError beyond the small range. */
Py2cValue py2c__int_checked(int64_t v);
/* Decimal text of v into buf (at least 24 bytes); returns its length. */
int py2c__int_format(int64_t v, char *buf);
Py2cValue py2c__int_binary(int op, int64_t x, int64_t y);

/* float: repr(x) into buf (at least 32 bytes) exactly as CPython; returns its length. */
int py2c__float_repr(double x, char *buf);
Py2cValue py2c__float_binary(int op, double x, double y);

/* Binary operators shared by int.c, float.c and number.c. */
enum {
    PY2C__OP_ADD, PY2C__OP_SUB, PY2C__OP_MUL, PY2C__OP_TRUEDIV, PY2C__OP_FLOORDIV,
    PY2C__OP_MOD, PY2C__OP_POW, PY2C__OP_LSHIFT, PY2C__OP_RSHIFT, PY2C__OP_AND,
    PY2C__OP_OR, PY2C__OP_XOR
};

/* str: a new uninitialised str of len bytes (data NUL-terminated by the
 * caller), or NULL with MemoryError set. */
Py2cStr *py2c__str_alloc(int64_t len);
/* Code points in len bytes of UTF-8. */
int64_t py2c__utf8_count(const char *s, int64_t len);
static inline Py2cStr *py2c__as_str(Py2cValue v) { return (Py2cStr *)py2c_obj_ptr(v); }

/* Exceptions. */
typedef struct Py2cTbEntry {
    const Py2cCode *code;
    int32_t loc;
} Py2cTbEntry;

typedef struct Py2cException {
    Py2cObject ob;
    Py2cValue msg; /* str, or PY2C_NULL for no arguments */
    Py2cTbEntry *tb; /* innermost frame first */
    int32_t tb_len, tb_cap;
} Py2cException;

/* Releases everything the runtime holds at exit (for leak checkers). */
void py2c__error_shutdown(void);

#endif
