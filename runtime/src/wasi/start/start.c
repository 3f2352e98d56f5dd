/* Program start-up of a WASI module built with py2c: becomes
 * py2c-wasi-start.o (runtime/wasi.mk), an object the link line names before
 * the runtime library, never part of the library itself.
 *
 * wasi-libc's _start calls __main_void, which fetches the arguments and
 * calls main (clang names `int main(int, char **)` __main_argc_argv on
 * wasm). Its definition in libc.a is weak; this one replaces it so that main
 * runs as the first fiber under the scheduler (fiber_internal.h): a thread
 * that blocks in main must be able to unwind into the scheduler's loop. It
 * also moves to $PWD first (cwd.c). */
#include <stdlib.h>
#include <unistd.h>
#include <wasi/api.h>

#include "../fiber_internal.h"
#include "../wasi_internal.h"

int __main_void(void);
int __main_argc_argv(int argc, char **argv);

/* wasm-ld's layout symbols: the end of the static data. */
extern unsigned char __data_end;
uintptr_t py2c__wasi_get_sp(void);

typedef struct MainArgs {
    int argc;
    char **argv;
    int status;
} MainArgs;

static void run_main(void *p) {
    MainArgs *a = p;
    a->status = __main_argc_argv(a->argc, a->argv);
}

int __main_void(void) {
    __wasi_size_t argc, size;
    if (__wasi_args_sizes_get(&argc, &size) != 0) return 71; /* EX_OSERR */
    char **argv = calloc(argc + 1, sizeof *argv);
    char *buf = malloc(size ? size : 1);
    if (!argv || !buf) return 70;
    if (__wasi_args_get((uint8_t **)argv, (uint8_t *)buf) != 0) return 71;
    py2c__wasi_cwd_init();
    /* The main stack's bottom: with --stack-first the stack lies below the
     * data, from address 0 (left alone: the first bytes are where a NULL
     * points); otherwise between the data and the heap. */
    uintptr_t sp = py2c__wasi_get_sp(), data_end = (uintptr_t)&__data_end;
    py2c__fiber_main_stack(sp < data_end ? 1024 : data_end);
    MainArgs a = {(int)argc, argv, 0};
    py2c__fiber_run(run_main, &a);
    return a.status;
}

/* Stand-ins for fiber_switch.c's functions in a module of a program that
 * starts no thread, linked with -Wl,--wrap=NAME for each (runtime/wasi.mk,
 * WASI_LDFLAGS_NOTHREADS): fiber_switch.o and its asyncify.* imports then
 * stay out of the module, which needs no wasm-opt --asyncify. Such a
 * program never switches (a fiber alone waits in place); a switch is an
 * error, reported rather than misbehaving. In every other link nothing
 * refers to these, and wasm-ld drops them. */
static _Noreturn void cannot_switch(void) {
    static const char msg[] = "py2c: this module cannot switch threads: it was built without Asyncify's "
                              "instrumentation for threads (see docs/wasi.md)\n";
    (void)!write(2, msg, sizeof msg - 1);
    _Exit(134);
}

void __wrap_py2c__fiber_switch(void);
void __wrap_py2c__fiber_resumed(void);
void __wrap_py2c__fiber_start_rewind(void *data);
void __wrap_py2c__fiber_stop_unwind(void);
void __wrap_py2c__fiber_switch(void) { cannot_switch(); }
void __wrap_py2c__fiber_resumed(void) {}
void __wrap_py2c__fiber_start_rewind(void *data) {
    (void)data;
    cannot_switch();
}
void __wrap_py2c__fiber_stop_unwind(void) { cannot_switch(); }
