/* Module objects and `import`.
 *
 * A module keeps its attributes in a dict. The standard-library modules py2c
 * provides are written in C in the runtime (runtime/src/mod_<name>.c); each
 * registers itself with one line at file scope,
 *     PY2C_STDLIB_MODULE("math", py2c__module_init_math);
 * which declares its init function. The build collects these lines into the
 * registry (py2c_stdlib_modules.h, generated), which the runtime's
 * py2c_import and the compiler (which imports are valid) both read. An init
 * function returns a new module object (py2c_module_new + py2c_module_add);
 * it runs once, at the first import, and the module is cached (sys.modules). */
#ifndef PY2C_MODULE_H
#define PY2C_MODULE_H

#include "py2c/type.h"

/* The type of module objects ("module"). */
extern const Py2cType py2c_module_type;

#define PY2C_STDLIB_MODULE(pyname, initfn) PY2C_WARN_UNUSED Py2cValue initfn(void)

/* A new, empty module named name (copied); __name__ is set. */
PY2C_WARN_UNUSED Py2cValue py2c_module_new(const char *name);
/* module.name = value (value borrowed). 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c_module_add(Py2cValue module, const char *name, Py2cValue value);
/* The module's attribute dict (borrowed). */
Py2cValue py2c_module_dict(Py2cValue module);
/* The module's __name__ (static or owned by the module). */
const char *py2c_module_name(Py2cValue module);

/* `import name` for a dotted name ("os.path"): imports the parents first
 * (binding each child as an attribute of its parent, as CPython does) and
 * returns the module `name` itself (a new reference), from the cache when it
 * was imported before. ModuleNotFoundError "No module named 'x'" otherwise. */
PY2C_WARN_UNUSED Py2cValue py2c_import(const char *name);
/* `from module import name`: module.name, else sys.modules["<module>.name"]
 * (a submodule still being imported), else ImportError "cannot import name
 * 'x' from 'm' (<file>)" as CPython (with "partially initialized module" while
 * the module's body runs). */
PY2C_WARN_UNUSED Py2cValue py2c_import_from(Py2cValue module, const char *name);

/* ---- the program's own modules ----------------------------------------------
 * py2c compiles every module of a program into one C file. Each module gets a
 * static Py2cModuleDef; its globals stay C statics (fast access from its own
 * code) that the module object reads and writes through global_slots, so
 * `mod.x` sees and rebinds the module's current globals. */
typedef struct Py2cModuleDef {
    const char *name;                     /* __name__: dotted ("pkg.mod"), or "__main__" */
    const char *file;                     /* __file__: the .py path as py2c read it */
    const struct Py2cModuleDef *parent;   /* the package it is in, or NULL */
    int is_package;                       /* pkg/__init__.py: has __path__ */
    Py2cValue (*body)(void);              /* runs the top level: None, or PY2C_NULL with an exception */
    const char *const *global_names;      /* the module's globals ... */
    Py2cValue *const *global_slots;       /* ... and where their values live (PY2C_NULL: unbound) */
    int nglobals;
} Py2cModuleDef;

/* `import name` of a program module: the module (a new reference). The first
 * time, imports its parent package first, creates the module, puts it in
 * sys.modules, runs its body (the module is visible, partly initialised, to
 * circular imports meanwhile; a failing body removes it from sys.modules
 * again, as CPython) and binds it as an attribute of its parent. */
PY2C_WARN_UNUSED Py2cValue py2c_import_program(const Py2cModuleDef *def);
/* The fromlist step of `from pkg import name` (CPython's handle_fromlist):
 * when package does not have attribute name, imports its submodule sub.
 * 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c_import_submodule(Py2cValue package, const char *name, const Py2cModuleDef *sub);
/* The module object of def, created (not run) if needed: py2c_main_program
 * makes __main__ with it. New reference. */
PY2C_WARN_UNUSED Py2cValue py2c_module_from_def(const Py2cModuleDef *def);

/* The cache of imported modules (sys.modules): a dict, borrowed. */
Py2cValue py2c_modules_dict(void);

#endif
