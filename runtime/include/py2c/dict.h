/* dict (to be written: owned by the containers work). */
#ifndef PY2C_DICT_H
#define PY2C_DICT_H

#include "py2c/type.h"

#endif
