/* tuple (to be written: owned by the containers work). */
#ifndef PY2C_TUPLE_H
#define PY2C_TUPLE_H

#include "py2c/type.h"

#endif
