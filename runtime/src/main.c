/* Program start and exit. */
#include <stdio.h>

#include "internal.h"

int py2c_main(int argc, char **argv, Py2cModuleBody body) {
    (void)argc; /* sys.argv arrives with the sys module */
    (void)argv;
    int status = 0;
    Py2cValue r = body();
    if (PY2C_IS_NULL(r)) {
        py2c_error_print(stderr); /* flushes stdout first */
        status = 1;
    }
    py2c_decref(r);
    if (fflush(stdout) != 0 && status == 0) status = 120; /* as CPython when stdout cannot be flushed */
    py2c__error_shutdown();
    return status;
}
