/* The fiber scheduler: run queue, timers, parking, and the loop that resumes
 * fibers (see fiber_internal.h for how a switch works).
 *
 * Scheduling is deterministic: runnable fibers run in FIFO order, a fiber
 * runs until it blocks or yields, expired timers are woken in deadline order
 * (then in the order they were armed) before the next fiber is picked. When
 * nothing is runnable the loop sleeps until the earliest deadline; when
 * nothing is runnable and no timer is armed while fibers are still blocked,
 * the program can never go on: the loop reports the deadlock and exits. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fiber_internal.h"

uintptr_t py2c__wasi_get_sp(void);     /* stack_pointer.S */
void py2c__wasi_set_sp(uintptr_t sp); /* stack_pointer.S */

/* The loop's own C stack: it only picks fibers, sleeps, frees stacks and
 * prints the deadlock report. */
#define SCHED_STACK_SIZE (64 << 10)
static _Alignas(16) unsigned char sched_stack[SCHED_STACK_SIZE];

static Py2cFiber main_fiber = {
    .id = 1,
    .state = FIBER_RUNNABLE,
    .started = true,
    .deadline = PY2C_DEADLINE_NEVER,
#ifdef PY2C__THREAD_STATE_INIT
    .ts = PY2C__THREAD_STATE_INIT,
#endif
};
Py2cFiber *py2c__fiber_cur = &main_fiber;

static bool running;                /* inside py2c__fiber_run */
static Py2cWaitQ runq;              /* runnable fibers but the current one */
static Py2cFiber *timers;           /* armed deadlines, earliest first */
static Py2cFiber *all = &main_fiber; /* every fiber not yet freed */
static uint64_t next_id = 2;
static int live = 1;                /* fibers not finished, the main one included */

/* ---- queues ---- */

static void waitq_push(Py2cWaitQ *q, Py2cFiber *f) {
    f->next = NULL;
    if (q->tail)
        q->tail->next = f;
    else
        q->head = f;
    q->tail = f;
}

Py2cFiber *py2c__waitq_pop(Py2cWaitQ *q) {
    Py2cFiber *f = q->head;
    if (!f) return NULL;
    q->head = f->next;
    if (!q->head) q->tail = NULL;
    f->next = NULL;
    return f;
}

static void waitq_remove(Py2cWaitQ *q, Py2cFiber *f) {
    Py2cFiber *prev = NULL;
    for (Py2cFiber *p = q->head; p; prev = p, p = p->next) {
        if (p != f) continue;
        if (prev)
            prev->next = f->next;
        else
            q->head = f->next;
        if (q->tail == f) q->tail = prev;
        f->next = NULL;
        return;
    }
}

static void timer_arm(Py2cFiber *f, int64_t deadline) {
    f->deadline = deadline;
    Py2cFiber **p = &timers;
    while (*p && (*p)->deadline <= deadline) p = &(*p)->timer_next;
    f->timer_next = *p;
    *p = f;
}

static void timer_disarm(Py2cFiber *f) {
    if (f->deadline == PY2C_DEADLINE_NEVER) return;
    for (Py2cFiber **p = &timers; *p; p = &(*p)->timer_next) {
        if (*p == f) {
            *p = f->timer_next;
            break;
        }
    }
    f->deadline = PY2C_DEADLINE_NEVER;
    f->timer_next = NULL;
}

/* Wakes the fibers whose deadline has passed, as timed out. */
static void timers_expire(void) {
    if (!timers) return;
    int64_t now = py2c_monotonic_ns();
    while (timers && timers->deadline <= now) {
        Py2cFiber *f = timers;
        py2c__fiber_wake(f);
        f->timed_out = true;
    }
}

/* ---- fibers ---- */

Py2cFiber *py2c__fiber_new(Py2cThreadFn fn, void *arg, size_t stack_size) {
    if (stack_size == 0) stack_size = PY2C_FIBER_STACK_SIZE;
    if (stack_size < PY2C_FIBER_STACK_MIN) stack_size = PY2C_FIBER_STACK_MIN;
    stack_size = (stack_size + 15) & ~(size_t)15;
    Py2cFiber *f = calloc(1, sizeof *f);
    void *stack = malloc(stack_size);
    if (!f || !stack) {
        free(f);
        free(stack);
        return NULL;
    }
    f->stack = stack;
    f->stack_low = ((uintptr_t)stack + 15) & ~(uintptr_t)15;
    f->sp = (uintptr_t)stack + stack_size; /* 16-aligned: stack_size is */
    f->fn = fn;
    f->arg = arg;
    f->id = next_id++;
    f->state = FIBER_RUNNABLE;
    f->deadline = PY2C_DEADLINE_NEVER;
#ifdef PY2C__THREAD_STATE_INIT
    f->ts = (Py2cThreadState)PY2C__THREAD_STATE_INIT;
#endif
    Py2cFiber **p = &all;
    while (*p) p = &(*p)->all_next;
    *p = f;
    live++;
    waitq_push(&runq, f);
    return f;
}

void py2c__fiber_tls_clear(uint32_t i) {
    for (Py2cFiber *f = all; f; f = f->all_next) f->tls[i] = NULL;
}

void py2c__fiber_free(Py2cFiber *f) {
    for (Py2cFiber **p = &all; *p; p = &(*p)->all_next) {
        if (*p == f) {
            *p = f->all_next;
            break;
        }
    }
    free(f->stack);
    free(f);
}

void py2c__fiber_wake(Py2cFiber *f) {
    if (f->state != FIBER_BLOCKED) return;
    if (f->waitq) {
        waitq_remove(f->waitq, f);
        f->waitq = NULL;
    }
    timer_disarm(f);
    f->state = FIBER_RUNNABLE;
    f->blocked_on = NULL;
    waitq_push(&runq, f);
}

static void need_scheduler(void) {
    if (running) return;
    fputs("py2c: a thread blocked outside the fiber scheduler (is py2c-wasi-start.o on the link line?)\n",
          stderr);
    abort();
}

static _Noreturn void deadlock(void);

/* The only fiber alive waits without a switch: until its deadline, or for
 * ever, which is a deadlock. A program without threads never switches, so
 * it runs correctly even in a module built without full Asyncify
 * instrumentation (runtime/wasi.mk, WASI_ASYNCIFY_NOTHREADS). */
static bool park_alone(int64_t deadline, const char *what) {
    Py2cFiber *f = py2c__fiber_cur;
    f->state = FIBER_BLOCKED;
    f->blocked_on = what;
    if (deadline == PY2C_DEADLINE_NEVER) deadlock();
    int64_t left;
    while ((left = py2c_deadline_remaining(deadline)) > 0) {
        struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        (void)nanosleep(&ts, NULL);
    }
    f->state = FIBER_RUNNABLE;
    f->blocked_on = NULL;
    f->timed_out = true;
    return false;
}

bool py2c__fiber_park(Py2cWaitQ *q, int64_t deadline, const char *what) {
    if (live == 1) return park_alone(deadline, what);
    need_scheduler();
    Py2cFiber *f = py2c__fiber_cur;
    f->state = FIBER_BLOCKED;
    f->blocked_on = what;
    f->timed_out = false;
    if (q) {
        waitq_push(q, f);
        f->waitq = q;
    }
    if (deadline != PY2C_DEADLINE_NEVER) timer_arm(f, deadline);
    py2c__fiber_switch();
    py2c__fiber_resumed();
    return !f->timed_out;
}

bool py2c__fiber_others_ready(void) {
    if (runq.head) return true;
    timers_expire();
    return runq.head != NULL;
}

void py2c__fiber_yield(void) {
    if (!running || !py2c__fiber_others_ready()) return;
    waitq_push(&runq, py2c__fiber_cur);
    py2c__fiber_switch();
    py2c__fiber_resumed();
}

/* ---- the loop ---- */

static void state_save(Py2cFiber *f) {
    f->saved_errno = errno;
#ifdef PY2C__THREAD_STATE_INIT
    f->ts = py2c__ts;
#endif
}

static void state_load(Py2cFiber *f) {
    errno = f->saved_errno;
#ifdef PY2C__THREAD_STATE_INIT
    py2c__ts = f->ts;
#endif
}

/* Nothing can run: prints which fibers wait for what, then exits. */
/* threading's name of the thread whose ident is `ident` (mod_threading.c),
 * NULL when it has none. Weak: a program without the threading module (or a
 * runtime test) links without it, and the report then shows idents alone. */
__attribute__((weak)) const char *py2c__thr_name_of(uint64_t ident);

/* "py2c: deadlock: every thread is blocked: main thread 1 'MainThread'
 * (join) thread 2 'worker' (condition)": each blocked fiber's ident (the
 * Python threading.get_ident()), its Python name when it has one, and what
 * it waits on. Nothing else runs now, so reading threading's state is safe. */
static _Noreturn void deadlock(void) {
    fflush(stdout);
    fputs("py2c: deadlock: every thread is blocked:", stderr);
    for (Py2cFiber *f = all; f; f = f->all_next) {
        if (f->state != FIBER_BLOCKED) continue;
        const char *name = py2c__thr_name_of ? py2c__thr_name_of(f->id) : NULL;
        fprintf(stderr, " %s%llu", f == &main_fiber ? "main thread " : "thread ", (unsigned long long)f->id);
        if (name) fprintf(stderr, " '%s'", name);
        fprintf(stderr, " (%s)", f->blocked_on ? f->blocked_on : "?");
    }
    fputc('\n', stderr);
    exit(1);
}

/* The next fiber to run, sleeping until a timer expires when none is
 * runnable. */
static Py2cFiber *pick(void) {
    for (;;) {
        timers_expire();
        Py2cFiber *f = py2c__waitq_pop(&runq);
        if (f) return f;
        if (!timers) deadlock();
        int64_t left = py2c_deadline_remaining(timers->deadline);
        if (left > 0) {
            struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
            (void)nanosleep(&ts, NULL);
        }
    }
}

/* Not instrumented by Asyncify (it starts rewinds; the removelist names it
 * as well), never inlined: the fibers' call stacks unwind into it. */
__attribute__((noinline)) void py2c__fiber_loop(void);
__attribute__((noinline)) void py2c__fiber_loop(void) {
    uintptr_t own_sp = py2c__wasi_get_sp();
    for (;;) {
        Py2cFiber *f = pick();
        py2c__fiber_cur = f;
        state_load(f);
        f->unwound = false;
        py2c__wasi_set_sp(f->sp);
        if (f->started) {
            f->rewinding = true;
            py2c__fiber_start_rewind(&f->unwind);
        }
        f->started = true;
        f->fn(f->arg);
        /* Back on the loop's stack: f switched out (its stack pointer is
         * where the unwind left it) or finished. */
        uintptr_t sp = py2c__wasi_get_sp();
        py2c__wasi_set_sp(own_sp);
        if (f->unwound) {
            py2c__fiber_stop_unwind();
            f->sp = sp;
            state_save(f);
            continue;
        }
        if (f == &main_fiber) return; /* the program ends: daemon fibers with it */
        state_save(f);
        f->state = FIBER_DONE;
        live--;
        if (f->joiner) py2c__fiber_wake(f->joiner);
        if (f->detached) py2c__fiber_free(f);
    }
}

void py2c__fiber_main_stack(uintptr_t low) { main_fiber.stack_low = (low + 15) & ~(uintptr_t)15; }

void py2c__fiber_run(Py2cThreadFn main_fn, void *arg) {
    main_fiber.fn = main_fn;
    main_fiber.arg = arg;
    main_fiber.started = false;
    main_fiber.sp = py2c__wasi_get_sp();
    state_save(&main_fiber);
    waitq_push(&runq, &main_fiber);
    running = true;
    uintptr_t sp = py2c__wasi_get_sp();
    py2c__wasi_set_sp((uintptr_t)sched_stack + sizeof sched_stack);
    py2c__fiber_loop();
    py2c__wasi_set_sp(sp);
    running = false;
    py2c__fiber_cur = &main_fiber;
}
