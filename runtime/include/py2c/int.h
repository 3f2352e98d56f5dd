/* int (to be written: owned by the numbers work). */
#ifndef PY2C_INT_H
#define PY2C_INT_H

#include "py2c/type.h"

#endif
