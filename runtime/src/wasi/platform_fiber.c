/* The platform layer (platform.h) for WASI builds: threads are fibers on the
 * cooperative scheduler of fiber_sched.c, and every blocking operation parks
 * the calling fiber and switches to the next runnable one. Nothing here is
 * preempted: between two switches a fiber runs alone, so the primitives'
 * own bookkeeping needs no atomics. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fiber_internal.h"

#define NS_PER_SEC INT64_C(1000000000)

typedef struct FiberMutex {
    Py2cFiber *owner;
    Py2cWaitQ waiters; /* each one gets the mutex handed over in turn */
} FiberMutex;
typedef struct FiberCond {
    Py2cWaitQ waiters;
} FiberCond;
typedef struct FiberThread {
    Py2cFiber *fiber;
} FiberThread;
typedef struct FiberKey {
    uint32_t slot; /* index + 1 (0: not created) */
} FiberKey;

#define FITS(ours, theirs)                                                               \
    _Static_assert(sizeof(theirs) <= sizeof(ours) && _Alignof(theirs) <= _Alignof(ours), \
                   #theirs " does not fit in " #ours)
FITS(Py2cMutex, FiberMutex);
FITS(Py2cCond, FiberCond);
FITS(Py2cThread, FiberThread);
FITS(Py2cTls, FiberKey);

#define MUTEX(m) ((FiberMutex *)(void *)(m)->opaque_)
#define COND(c) ((FiberCond *)(void *)(c)->opaque_)
#define THREAD(t) ((FiberThread *)(void *)(t)->opaque_)
#define KEY(k) ((FiberKey *)(void *)(k)->opaque_)

static _Noreturn void fatal(const char *what) {
    fflush(stdout);
    fprintf(stderr, "py2c: fiber scheduler: %s\n", what);
    abort();
}

/* ---- threads ---- */

int py2c_thread_create(Py2cThread *t, Py2cThreadFn fn, void *arg, size_t stack_size) {
    Py2cFiber *f = py2c__fiber_new(fn, arg, stack_size);
    if (!f) return -EAGAIN;
    THREAD(t)->fiber = f;
    return 0;
}

int py2c_thread_join(Py2cThread *t) {
    Py2cFiber *f = THREAD(t)->fiber;
    if (!f || f->detached || f->joined) return -EINVAL;
    if (f == py2c__fiber_cur) return -EDEADLK;
    f->joined = true;
    if (f->state != FIBER_DONE) {
        if (f->joiner) return -EINVAL;
        f->joiner = py2c__fiber_cur;
        while (f->state != FIBER_DONE) py2c__fiber_park(NULL, PY2C_DEADLINE_NEVER, "join");
    }
    py2c__fiber_free(f);
    THREAD(t)->fiber = NULL;
    return 0;
}

int py2c_thread_detach(Py2cThread *t) {
    Py2cFiber *f = THREAD(t)->fiber;
    if (!f || f->detached || f->joined) return -EINVAL;
    THREAD(t)->fiber = NULL;
    if (f->state == FIBER_DONE)
        py2c__fiber_free(f);
    else
        f->detached = true;
    return 0;
}

uint64_t py2c_thread_ident(void) { return py2c__fiber_cur->id; }
uint64_t py2c_thread_native_id(void) { return py2c__fiber_cur->id; }
void py2c_thread_yield(void) { py2c__fiber_yield(); }

/* ---- mutexes ---- */

int py2c_mutex_init(Py2cMutex *m) {
    memset(m, 0, sizeof *m);
    return 0;
}

void py2c_mutex_destroy(Py2cMutex *m) {
    if (MUTEX(m)->owner || MUTEX(m)->waiters.head) fatal("destroying a mutex in use");
}

void py2c_mutex_lock(Py2cMutex *m) {
    FiberMutex *mu = MUTEX(m);
    Py2cFiber *self = py2c__fiber_cur;
    if (!mu->owner) {
        mu->owner = self;
        return;
    }
    if (mu->owner == self) fatal("a mutex locked twice by the same thread");
    /* The unlock hands the mutex over to the first waiter. */
    while (mu->owner != self) py2c__fiber_park(&mu->waiters, PY2C_DEADLINE_NEVER, "lock");
}

bool py2c_mutex_trylock(Py2cMutex *m) {
    FiberMutex *mu = MUTEX(m);
    if (mu->owner) return false;
    mu->owner = py2c__fiber_cur;
    return true;
}

void py2c_mutex_unlock(Py2cMutex *m) {
    FiberMutex *mu = MUTEX(m);
    if (mu->owner != py2c__fiber_cur) fatal("unlocking a mutex the thread does not hold");
    Py2cFiber *next = py2c__waitq_pop(&mu->waiters);
    mu->owner = next;
    if (next) {
        next->waitq = NULL; /* already out of the queue */
        py2c__fiber_wake(next);
    }
}

/* ---- condition variables ---- */

int py2c_cond_init(Py2cCond *c) {
    memset(c, 0, sizeof *c);
    return 0;
}

void py2c_cond_destroy(Py2cCond *c) {
    if (COND(c)->waiters.head) fatal("destroying a condition variable with waiters");
}

static void cond_wake_one(FiberCond *cv) {
    Py2cFiber *f = py2c__waitq_pop(&cv->waiters);
    if (!f) return;
    f->waitq = NULL;
    py2c__fiber_wake(f);
}

void py2c_cond_signal(Py2cCond *c) { cond_wake_one(COND(c)); }

void py2c_cond_broadcast(Py2cCond *c) {
    while (COND(c)->waiters.head) cond_wake_one(COND(c));
}

void py2c_cond_wait(Py2cCond *c, Py2cMutex *m) { (void)py2c_cond_wait_until(c, m, PY2C_DEADLINE_NEVER); }

int py2c_cond_timedwait(Py2cCond *c, Py2cMutex *m, int64_t timeout_ns) {
    if (timeout_ns <= 0) return PY2C_WAIT_TIMEOUT;
    return py2c_cond_wait_until(c, m, py2c_deadline_after(timeout_ns));
}

int py2c_cond_wait_until(Py2cCond *c, Py2cMutex *m, int64_t deadline) {
    if (deadline != PY2C_DEADLINE_NEVER && py2c_deadline_remaining(deadline) == 0) return PY2C_WAIT_TIMEOUT;
    /* No switch can come between the unlock and the park. */
    py2c_mutex_unlock(m);
    bool woken = py2c__fiber_park(&COND(c)->waiters, deadline, "condition");
    py2c_mutex_lock(m);
    return woken ? PY2C_WAIT_OK : PY2C_WAIT_TIMEOUT;
}

/* ---- thread-local keys ---- */

static bool key_used[PY2C_FIBER_TLS_KEYS];

int py2c_tls_create(Py2cTls *k) {
    for (uint32_t i = 0; i < PY2C_FIBER_TLS_KEYS; i++) {
        if (key_used[i]) continue;
        key_used[i] = true;
        KEY(k)->slot = i + 1;
        /* A new key is NULL in every fiber, including ones that used an
         * earlier key with this slot. */
        py2c__fiber_tls_clear(i);
        return 0;
    }
    return -EAGAIN;
}

void py2c_tls_delete(Py2cTls *k) {
    uint32_t slot = KEY(k)->slot;
    if (slot == 0) return;
    key_used[slot - 1] = false;
    KEY(k)->slot = 0;
}

void *py2c_tls_get(Py2cTls *k) {
    uint32_t slot = KEY(k)->slot;
    return slot ? py2c__fiber_cur->tls[slot - 1] : NULL;
}

void py2c_tls_set(Py2cTls *k, void *value) {
    uint32_t slot = KEY(k)->slot;
    if (slot == 0) fatal("py2c_tls_set on a key that was not created");
    py2c__fiber_cur->tls[slot - 1] = value;
}

/* ---- clocks, sleep, processors ---- */

int64_t py2c_monotonic_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) fatal("no monotonic clock");
    int64_t ns = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return ns > 0 ? ns : 1;
}

int64_t py2c_wall_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return 0;
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* Other fibers run meanwhile; the scheduler sleeps only when none can. */
void py2c_sleep_ns(int64_t ns) {
    if (ns <= 0) {
        py2c__fiber_yield();
        return;
    }
    int64_t deadline = py2c_deadline_after(ns);
    while (py2c__fiber_park(NULL, deadline, "sleep")) {
        /* woken early: cannot happen (nothing wakes a sleeper), but a
         * sleep must last its time */
    }
}

/* One wasm thread: no parallelism, whatever the host has. */
int py2c_cpu_count(void) { return 1; }
int py2c_available_parallelism(void) { return 1; }

/* ---- safepoints ---- */

int32_t py2c__safepoint_budget = PY2C_SAFEPOINT_INTERVAL;

void py2c__safepoint_slow(void) {
    py2c__safepoint_budget = PY2C_SAFEPOINT_INTERVAL;
    py2c__fiber_yield();
}
