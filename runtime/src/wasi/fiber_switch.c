/* The fiber switch: the only function that starts an Asyncify unwind and
 * stops a rewind (see fiber_internal.h). It has a file of its own and is
 * never inlined: Asyncify leaves a function that calls asyncify_* out of its
 * instrumentation, so this code must stay apart from its callers, which are
 * instrumented. Every asyncify.* import is called from this file alone: a
 * program that starts no thread is linked with --wrap for the four functions
 * here (py2c-wasi-start.o has the stand-ins), so this object stays out of
 * its module, which then needs no wasm-opt at all (runtime/wasi.mk,
 * WASI_LDFLAGS_NOTHREADS). */
#include <stdlib.h>
#include <unistd.h>

#include "fiber_internal.h"

/* Provided by wasm-opt --asyncify, which turns these imports into calls of
 * the functions it generates. */
__attribute__((import_module("asyncify"), import_name("start_unwind"))) void py2c__asyncify_start_unwind(void *data);
__attribute__((import_module("asyncify"), import_name("stop_rewind"))) void py2c__asyncify_stop_rewind(void);
__attribute__((import_module("asyncify"), import_name("stop_unwind"))) void py2c__asyncify_stop_unwind(void);
__attribute__((import_module("asyncify"), import_name("start_rewind"))) void py2c__asyncify_start_rewind(void *data);

uintptr_t py2c__wasi_get_sp(void); /* stack_pointer.S */

/* Room left between the unwind buffer and the live frames. */
#define UNWIND_GAP 256

__attribute__((noinline)) void py2c__fiber_switch(void) {
    Py2cFiber *f = py2c__fiber_cur;
    if (f->rewinding) {
        /* Back here at the end of the rewind: f runs on. */
        f->rewinding = false;
        py2c__asyncify_stop_rewind();
        return;
    }
    uintptr_t sp = py2c__wasi_get_sp();
    if (sp < f->stack_low + 2 * UNWIND_GAP) {
        static const char msg[] = "py2c: fiber stack overflow\n";
        (void)!write(2, msg, sizeof msg - 1);
        __builtin_trap();
    }
    f->unwind.pos = (uint32_t)f->stack_low;
    f->unwind.end = (uint32_t)(sp - UNWIND_GAP);
    f->unwound = true;
    py2c__asyncify_start_unwind(&f->unwind);
}

/* In an instrumented caller, code after the switch call runs only once the
 * fiber is resumed (the loop clears `unwound` first). Finding it still set
 * means the unwind went nowhere: the module was not instrumented for
 * threads. Stop there, loudly, rather than run on with a half-done unwind. */
__attribute__((noinline)) void py2c__fiber_resumed(void) {
    if (!py2c__fiber_cur->unwound) return;
    py2c__asyncify_stop_unwind();
    static const char msg[] = "py2c: this module cannot switch threads: it was built without Asyncify's "
                              "instrumentation for threads (see docs/wasi.md)\n";
    (void)!write(2, msg, sizeof msg - 1);
    _Exit(134);
}

/* For the scheduler's loop (fiber_sched.c). */
__attribute__((noinline)) void py2c__fiber_start_rewind(void *data) { py2c__asyncify_start_rewind(data); }
__attribute__((noinline)) void py2c__fiber_stop_unwind(void) { py2c__asyncify_stop_unwind(); }
