/* io (to be written: owned by the builtins work). */
#ifndef PY2C_IO_H
#define PY2C_IO_H

#include "py2c/type.h"

#endif
