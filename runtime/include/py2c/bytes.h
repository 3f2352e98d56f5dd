/* bytes (to be written: owned by the strings work). */
#ifndef PY2C_BYTES_H
#define PY2C_BYTES_H

#include "py2c/type.h"

#endif
