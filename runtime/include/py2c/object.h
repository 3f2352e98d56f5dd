/* Heap objects: a header {type, refcount} followed by the type's fields.
 *
 * Reference counts are plain for now (no threads yet); they become atomic for
 * objects that can be seen by several threads when threads arrive. A negative
 * count marks an immortal object (static constants emitted by py2c), which
 * incref/decref never touch. */
#ifndef PY2C_OBJECT_H
#define PY2C_OBJECT_H

#include <stdint.h>

#include "py2c/value.h"

/* Opaque outside the runtime; generated code only takes addresses of types. */
typedef struct Py2cType Py2cType;

typedef struct Py2cObject {
    const Py2cType *type;
    int64_t refcount;
} Py2cObject;

#define PY2C_REFCOUNT_IMMORTAL (-1)

static inline Py2cObject *py2c_obj_ptr(Py2cValue v) {
    return (Py2cObject *)(uintptr_t)(v.bits & PY2C__PAYLOAD_MASK);
}

static inline Py2cValue py2c_obj_value(Py2cObject *o) {
    return PY2C__MAKE(PY2C__TAG_OBJ, (uint64_t)(uintptr_t)o);
}

/* Frees an object whose count reached zero. Internal to the runtime. */
void py2c__dealloc(Py2cObject *o);

static inline void py2c_incref(Py2cValue v) {
    if (py2c_is_obj(v)) {
        Py2cObject *o = py2c_obj_ptr(v);
        if (o->refcount >= 0) o->refcount++;
    }
}

/* Releases one reference; a no-op for immediates and PY2C_NULL. */
static inline void py2c_decref(Py2cValue v) {
    if (py2c_is_obj(v)) {
        Py2cObject *o = py2c_obj_ptr(v);
        if (o->refcount > 0 && --o->refcount == 0) py2c__dealloc(o);
    }
}

/* Releases the reference held in lvalue v and leaves PY2C_NULL there. */
#define PY2C_CLEAR(v)                        \
    do {                                     \
        Py2cValue py2c__old = (v);           \
        (v) = PY2C_NULL;                     \
        py2c_decref(py2c__old);              \
    } while (0)

/* The Python type name of v ("int", "str", "NoneType", ...), as CPython's
 * type(v).__name__. The string is static. */
const char *py2c_type_name(Py2cValue v);

/* str(v) and repr(v): new references, or PY2C_NULL with an exception set. */
PY2C_WARN_UNUSED Py2cValue py2c_object_str(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_object_repr(Py2cValue v);

/* bool(v): 1, 0, or -1 with an exception set. */
PY2C_WARN_UNUSED int py2c_object_is_true(Py2cValue v);

#endif
