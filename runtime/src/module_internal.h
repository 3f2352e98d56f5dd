/* Module objects' layout (runtime/src/module.c), shared with sys.c, whose
 * module is a static object filled lazily. */
#ifndef PY2C_MODULE_INTERNAL_H
#define PY2C_MODULE_INTERNAL_H

#include <stdatomic.h>

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
    /* Its body is running (circular imports see it so). Set before the
     * module enters the cache and cleared (release) when the body ends:
     * another thread that finds it set waits for the module's import lock. */
    _Atomic int initializing;
} Py2cModule;

static inline Py2cModule *py2c__as_module(Py2cValue v) { return (Py2cModule *)py2c_obj_ptr(v); }
static inline int py2c__module_initializing(const Py2cModule *m) {
    return atomic_load_explicit(&((Py2cModule *)m)->initializing, memory_order_acquire);
}
/* Publishes a lazily made dict (lazy_init's last step): other threads read
 * m->dict with an acquire load (py2c__module_dict_ready), so they see it
 * filled. */
static inline void py2c__module_publish_dict(Py2cModule *m, Py2cValue d) {
    atomic_store_explicit((_Atomic uint64_t *)&m->dict.bits, d.bits, memory_order_release);
}
/* The module's dict, initialising a lazy module first (borrowed; PY2C_NULL with an exception). */
Py2cValue py2c__module_dict_ready(Py2cModule *m);

#endif
