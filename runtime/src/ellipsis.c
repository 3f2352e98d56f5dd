/* The Ellipsis singleton (`...`), an immortal object of type `ellipsis`. */
#include "internal.h"

static Py2cValue ellipsis_repr(Py2cValue self) {
    (void)self;
    return py2c_str_from_utf8("Ellipsis", 8);
}

const Py2cType py2c_ellipsis_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "ellipsis",
    .base = &py2c_object_type,
    .repr = ellipsis_repr,
    .hash = py2c_object_hash,
};

Py2cObject py2c_ellipsis = PY2C_STATIC_HEADER(&py2c_ellipsis_type);
