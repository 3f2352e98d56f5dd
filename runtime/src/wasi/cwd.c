/* The working directory of a WASI program. A WASI module has no current
 * directory of its own: wasi-libc starts at "/" and resolves paths against
 * the host directories the runner preopened. When the host preopens "/" (as
 * tools/run_wasm.cjs does) and passes $PWD, moving to $PWD makes relative and
 * absolute paths mean what they mean natively, and os.getcwd() shows the real
 * directory. Under a host that preopens only "." (wasmtime --dir=.), the
 * chdir fails and the default stays: relative paths work, "/" is ".".
 *
 * Called by the start-up code (start/start.c, py2c-wasi-start.o) before
 * main. */
#include <stdlib.h>
#include <unistd.h>

#include "wasi_internal.h"

void py2c__wasi_cwd_init(void) {
    const char *pwd = getenv("PWD");
    if (pwd && pwd[0] == '/') (void)chdir(pwd);
}
