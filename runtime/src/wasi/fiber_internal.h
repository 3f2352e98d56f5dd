/* The WASI backend's fibers: Python threads on one wasm thread, switched
 * cooperatively with Binaryen's Asyncify (docs/wasi.md, "Threads").
 *
 * How a switch works. py2c__fiber_switch (fiber_switch.c) starts an Asyncify
 * unwind: every instrumented function on the way down saves its wasm locals
 * into the fiber's unwind buffer and returns at once, until the call returns
 * into py2c__fiber_loop (fiber_sched.c), which Asyncify does not instrument.
 * The loop stops the unwind, notes the fiber's C stack pointer and picks the
 * next runnable fiber: a new one is simply called; a parked one gets its
 * stack pointer back and is rewound (the same entry function is called again
 * and the instrumented frames restore their locals down to the switch call,
 * which stops the rewind and returns to its caller as if nothing happened).
 *
 * Every fiber has a C stack of its own (malloc'd; the main fiber keeps the
 * module's stack), and the unwind buffer is the unused part of that stack,
 * below the stack pointer: it grows with the depth of the call stack, as the
 * stack itself does. The scheduler runs on a small static stack of its own.
 *
 * Requirements on the link: the program's object files come first, then
 * py2c-wasi-start.o (start.c: main runs as the first fiber), then the runtime;
 * link without -O; then `wasm-opt --asyncify` with
 * asyncify-removelist@py2c__fiber_loop,__main_void (runtime/wasi.mk has the
 * exact command). */
#ifndef PY2C_FIBER_INTERNAL_H
#define PY2C_FIBER_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "fiber_internal.h is internal to the py2c runtime"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../internal.h"
#include "../platform.h"

/* C stack of a fiber when py2c_thread_create gets 0 (the runtime can be
 * built with another). The main fiber keeps the module's stack (8 MiB). */
#ifndef PY2C_FIBER_STACK_SIZE
#define PY2C_FIBER_STACK_SIZE ((size_t)2 << 20)
#endif
#define PY2C_FIBER_STACK_MIN ((size_t)64 << 10)
/* Py2cTls keys available at once (the runtime itself uses a handful). */
#define PY2C_FIBER_TLS_KEYS 64

typedef struct Py2cFiber Py2cFiber;

/* A FIFO of parked fibers (mutex owners-to-be, condition waiters). All zero
 * is an empty queue. */
typedef struct Py2cWaitQ {
    Py2cFiber *head, *tail;
} Py2cWaitQ;

typedef enum { FIBER_RUNNABLE, FIBER_BLOCKED, FIBER_DONE } Py2cFiberState;

struct Py2cFiber {
    /* Asyncify's data structure: the unwind buffer's current position and
     * end (wasm32 addresses), written by the pass-generated code. */
    struct {
        uint32_t pos, end;
    } unwind;
    uintptr_t sp;        /* __stack_pointer while it is switched out */
    uintptr_t stack_low; /* lowest usable address of its C stack */
    void *stack;         /* malloc'd C stack (NULL: the main fiber) */
    Py2cThreadFn fn;
    void *arg;
    uint64_t id;
    Py2cFiberState state;
    bool started;   /* fn has been called (later runs are rewinds) */
    bool unwound;   /* set by the switch: fn returned because of an unwind */
    bool rewinding; /* set by the loop: the next switch call stops the rewind */
    bool timed_out; /* the last park ended by its deadline */
    bool detached;  /* free it when it finishes */
    bool joined;    /* a join has taken it: free it at the join */
    const char *blocked_on; /* what it parks on, for the deadlock report */
    Py2cFiber *next;        /* in the run queue or in a wait queue */
    Py2cWaitQ *waitq;       /* the wait queue it is in (NULL: none) */
    int64_t deadline;       /* of its timer (PY2C_DEADLINE_NEVER: none) */
    Py2cFiber *timer_next;  /* the timer list, by deadline */
    Py2cFiber *joiner;      /* parked in py2c_thread_join on this fiber */
    Py2cFiber *all_next;    /* every live fiber, by creation */
    int saved_errno;        /* errno is a plain global in wasi-libc */
    void *tls[PY2C_FIBER_TLS_KEYS];
#ifdef PY2C__THREAD_STATE_INIT
    Py2cThreadState ts; /* the runtime's _Thread_local state (internal.h) */
#endif
};

/* The fiber running now (the main fiber before the scheduler starts). */
extern Py2cFiber *py2c__fiber_cur;

/* fiber_switch.c: suspends the current fiber (its state and queue already
 * set by the caller) and returns when the scheduler resumes it. Never
 * inlined: a function that starts an unwind is left out of Asyncify's
 * instrumentation, and its callers must not be. */
void py2c__fiber_switch(void);
/* fiber_switch.c: called right after py2c__fiber_switch returns; fails
 * loudly when the module was not instrumented for switches. */
void py2c__fiber_resumed(void);

/* fiber_switch.c: Asyncify's start_rewind and stop_unwind, for the loop. */
void py2c__fiber_start_rewind(void *data);
void py2c__fiber_stop_unwind(void);

/* fiber_sched.c ---------------------------------------------------------------------------- */

/* Runs main_fn(arg) as the main fiber on the current C stack and every other
 * fiber until the main one returns; called once, by __main_void (start.c). */
void py2c__fiber_run(Py2cThreadFn main_fn, void *arg);
/* Creates a runnable fiber (queued last); NULL when out of memory. */
Py2cFiber *py2c__fiber_new(Py2cThreadFn fn, void *arg, size_t stack_size);
/* Frees a finished fiber. */
void py2c__fiber_free(Py2cFiber *f);
/* Queues the current fiber behind the runnable ones and switches; returns
 * at once when nothing else can run. */
void py2c__fiber_yield(void);
/* Parks the current fiber in q (NULL: in no queue) until py2c__fiber_wake or
 * the deadline (NEVER: none). true when woken, false when timed out. */
bool py2c__fiber_park(Py2cWaitQ *q, int64_t deadline, const char *what);
/* Makes a parked fiber runnable (queued last): out of its queue and timer. */
void py2c__fiber_wake(Py2cFiber *f);
/* The first fiber of q, taken out of it (NULL when empty). */
Py2cFiber *py2c__waitq_pop(Py2cWaitQ *q);
/* Another fiber is runnable now (a timer may have expired). */
bool py2c__fiber_others_ready(void);

/* Sets TLS slot i to NULL in every fiber (a key is created). */
void py2c__fiber_tls_clear(uint32_t i);

/* platform_fiber.c: safepoints. py2c_safepoint() (generated code, on WASI)
 * counts the budget down and calls the slow path at zero, which yields when
 * another fiber can run. */
#ifndef PY2C_SAFEPOINT_INTERVAL
#define PY2C_SAFEPOINT_INTERVAL 1024
#endif
extern int32_t py2c__safepoint_budget;
void py2c__safepoint_slow(void);
static inline void py2c__fiber_safepoint(void) {
    if (--py2c__safepoint_budget < 0) py2c__safepoint_slow();
}

/* The main fiber's unwind buffer: the bottom of the module's own stack,
 * found by start.c from wasm-ld's layout. */
void py2c__fiber_main_stack(uintptr_t low);

#endif
