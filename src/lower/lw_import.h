/* The program's own modules, as the lowering of `import` sees them, and the
 * module-name rules the driver shares with it (src/main.c finds the modules;
 * lw_import.c lowers imports of them).
 *
 * A program is the main file (module 0, "__main__") and every module it
 * imports, transitively. The driver fills an LwProgram before lowering and
 * says which module each lw_lower call is for (its prog and index); the
 * lowering of `import m` then refers to the module's runtime descriptor,
 * the C object `pmod_<index>` (py2c/module.h: Py2cModuleDef) the emitter
 * defines. Imports of names that are not program modules go to the runtime's
 * standard-library registry, or are errors. */
#ifndef PY2C_LOWER_LW_IMPORT_H
#define PY2C_LOWER_LW_IMPORT_H

#include <stdbool.h>

#include "common/strbuf.h"

typedef struct LwProgModule {
    const char *name; /* dotted __name__; "__main__" for module 0 */
    const char *path; /* the .py file */
    bool is_package;  /* pkg/__init__.py */
    int parent;       /* index of the package it is in, or -1 */
} LwProgModule;

typedef struct LwProgram {
    const LwProgModule *mods; /* mods[0] is the main file */
    int n;
} LwProgram;

/* Whether the runtime provides module name (the stdlib registry). */
bool lw_import_is_stdlib(const char *name);
/* Whether name is one of CPython's built-in modules that py2c provides
 * (sys, ...): sys.path cannot shadow those, so a program file of that name
 * is not imported. */
bool lw_import_is_builtin(const char *name);

/* The absolute module name of `from <level dots><module> import ...` in
 * module `current` (a package or not), appended to out. Returns NULL, or
 * CPython's ImportError text when the import cannot be resolved ("attempted
 * relative import with no known parent package", "... beyond top-level
 * package"). module may be NULL (`from . import x`). */
const char *lw_import_resolve(const char *current, bool current_is_package, int level, const char *module,
                              StrBuf *out);

#endif
