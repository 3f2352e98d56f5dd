/* The runtime's per-thread state. Its layout is the runtime's own business
 * (fields change without notice); it is in a public header only so that the
 * recursion check (py2c/function.h) can be inlined into generated function
 * bodies. In one struct so that the WASI fiber switch (runtime/src/wasi/)
 * can save and restore it: there every fiber shares the one wasm thread's
 * _Thread_local variables. Native threads each start with
 * PY2C__THREAD_STATE_INIT, as every fiber does. */
#ifndef PY2C_THREAD_STATE_H
#define PY2C_THREAD_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/value.h"

typedef struct Py2cThreadState {
    int64_t depth;          /* function.c: Python call depth (1: the module frame) */
    Py2cValue exc_current;  /* error.c: the current exception (owned) or PY2C_NULL */
    Py2cValue *exc_handled; /* error.c: exceptions being handled, innermost last (owned) */
    size_t exc_handled_len, exc_handled_cap;
    uint64_t *repr_stack;   /* iter.c: containers being repr'd */
    size_t repr_len, repr_cap;
    /* Per-thread ids kept here, not in _Thread_local variables of their own,
     * so that each WASI fiber has its own (the scheduler swaps this struct). */
    int64_t local_serial;   /* mod_threading_local.c: 0 until the thread first uses a local */
    uintptr_t stripe_owner; /* sync.c: the thread's id as a stripe owner, 0 until first used */
} Py2cThreadState;
#define PY2C__THREAD_STATE_INIT {.depth = 1, .exc_current = {(uint64_t)PY2C__TAG_NULL << 48}}
extern _Thread_local Py2cThreadState py2c__ts; /* error.c */

#endif
