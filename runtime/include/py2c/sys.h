/* The sys module (`import sys`): a module object whose attributes are argv,
 * exit, stdin, stdout, stderr (and __stdin__/__stdout__/__stderr__), maxsize,
 * getrecursionlimit, setrecursionlimit, platform, byteorder. Attributes can
 * be rebound (sys.stdout = f) and added. */
#ifndef PY2C_SYS_H
#define PY2C_SYS_H

#include "py2c/type.h"

/* The sys module: an immortal object (generated code for `import sys` uses
 * py2c_obj_value(py2c_sys_module)). */
extern Py2cObject *const py2c_sys_module;

/* Sets sys.argv to [argv[0], ..., argv[argc-1]] (argv[0]: the script path,
 * as CPython's sys.argv[0]). Called by py2c_main before the module body runs;
 * 0, or -1 with MemoryError. */
PY2C_WARN_UNUSED int py2c_sys_set_argv(int argc, char **argv);

/* sys.<name> by C string: a new reference, or PY2C_NULL with AttributeError. */
PY2C_WARN_UNUSED Py2cValue py2c_sys_getattr(const char *name);

#endif
