/* Program entry: generated main() hands its module to py2c_main_module. */
#ifndef PY2C_MAIN_H
#define PY2C_MAIN_H

#include "py2c/value.h"

/* Runs a module body: returns None, or PY2C_NULL with an exception set. */
typedef Py2cValue (*Py2cModuleBody)(void);

/* Releases what a module holds at exit: its globals (in reverse order of
 * definition), then its non-immortal constants (big ints, bytes, ...). Must
 * be safe to call whether or not the body ran (or how far it got). */
typedef void (*Py2cModuleClear)(void);

/* Initialises the runtime, runs body, and returns the process exit status:
 * 0, or 1 after printing the traceback of an uncaught exception to stderr
 * (SystemExit: its code, as CPython). Then, in this order: clear (if not
 * NULL) releases the module's globals and constants; the runtime's shutdown
 * hooks run (py2c_atexit_runtime, last registered first); the standard
 * streams are flushed. Afterwards nothing the runtime allocated is still
 * referenced, so leak checkers stay quiet (reference cycles aside). */
int py2c_main_module(int argc, char **argv, Py2cModuleBody body, Py2cModuleClear clear);

/* A program of several modules (py2c/module.h): as py2c_main_module with
 * main_def->body, after registering the main module in sys.modules as
 * "__main__". clear releases every module's globals and constants. */
struct Py2cModuleDef;
int py2c_main_program(int argc, char **argv, const struct Py2cModuleDef *main_def, Py2cModuleClear clear);

/* py2c_main_module(argc, argv, body, NULL). */
int py2c_main(int argc, char **argv, Py2cModuleBody body);

/* Registers fn to run once at exit, after the module's globals are released
 * (runtime areas use it to release their own state: the sys module, caches).
 * Hooks run last-registered first; a hook must not raise (an exception left
 * set is cleared). Registering the same fn twice runs it once. At most 64
 * hooks; -1 (no exception set) when full, else 0. */
int py2c_atexit_runtime(void (*fn)(void));

#endif
