/* set (to be written: owned by the containers work). */
#ifndef PY2C_SET_H
#define PY2C_SET_H

#include "py2c/type.h"

#endif
