/* range (to be written: owned by the containers work). */
#ifndef PY2C_RANGE_H
#define PY2C_RANGE_H

#include "py2c/type.h"

#endif
