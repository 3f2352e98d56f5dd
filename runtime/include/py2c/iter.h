/* iter (to be written: owned by the containers work). */
#ifndef PY2C_ITER_H
#define PY2C_ITER_H

#include "py2c/type.h"

#endif
