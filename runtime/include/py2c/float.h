/* float (to be written: owned by the numbers work). */
#ifndef PY2C_FLOAT_H
#define PY2C_FLOAT_H

#include "py2c/type.h"

#endif
