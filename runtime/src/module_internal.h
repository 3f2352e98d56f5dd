/* Module objects' layout (runtime/src/module.c), shared with sys.c, whose
 * module is a static object filled lazily. */
#ifndef PY2C_MODULE_INTERNAL_H
#define PY2C_MODULE_INTERNAL_H

#include "internal.h"

typedef struct Py2cModule {
    Py2cObject ob;
    const char *name;  /* __name__ (owned_name, or static) */
    char *owned_name;
    Py2cValue dict;    /* attributes; PY2C_NULL until a lazy module is initialised */
    /* Fills dict on first use (sys); NULL for modules made complete. */
    int (*lazy_init)(struct Py2cModule *m);
    /* A module of the program: its globals are def's C statics; NULL for others. */
    const Py2cModuleDef *def;
    int initializing; /* its body is running (circular imports see it so) */
} Py2cModule;

static inline Py2cModule *py2c__as_module(Py2cValue v) { return (Py2cModule *)py2c_obj_ptr(v); }
/* The module's dict, initialising a lazy module first (borrowed; PY2C_NULL with an exception). */
Py2cValue py2c__module_dict_ready(Py2cModule *m);

#endif
