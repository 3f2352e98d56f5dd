/* Program entry: generated main() hands its module body to py2c_main. */
#ifndef PY2C_MAIN_H
#define PY2C_MAIN_H

#include "py2c/value.h"

/* Runs a module body: returns None, or PY2C_NULL with an exception set. */
typedef Py2cValue (*Py2cModuleBody)(void);

/* Initialises the runtime, runs body, and returns the process exit status:
 * 0, or 1 after printing the traceback of an uncaught exception to stderr.
 * stdout is flushed before the traceback and at exit. */
int py2c_main(int argc, char **argv, Py2cModuleBody body);

#endif
