/* sys (to be written: owned by the builtins work). */
#ifndef PY2C_SYS_H
#define PY2C_SYS_H

#include "py2c/type.h"

#endif
