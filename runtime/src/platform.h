/* The platform layer: the runtime's only view of the operating system for
 * concurrency (threads, locks, condition variables, semaphores, thread-local
 * keys, clocks, sleep, CPU count).
 *
 * Everything above this header (channel.c, threading, queue,
 * concurrent.futures) is written against it and never sees a backend type.
 * Two backends implement it, chosen by the build (not by #ifdef here):
 *   runtime/src/native/platform_uv.c   libuv (+ a little POSIX), real threads
 *   runtime/src/wasi/                  fibers on a cooperative scheduler (issue 6)
 * platform.c holds what is built on top of the primitives for every backend
 * (semaphores, one-time init, deadlines).
 *
 * Primitives are plain structs with fixed-size opaque storage so that they can
 * be embedded in other structs without allocation; each backend checks with a
 * static assert that its own type fits. They must not be copied or moved once
 * initialised.
 *
 * Conventions: functions that can fail return 0 or a negative errno value
 * (libuv's UV_E* codes are negated errnos on Unix; the WASI backend uses the
 * same numbers); lock/unlock/signal cannot fail (a backend aborts on a broken
 * invariant, as libuv does). Time is int64_t nanoseconds throughout.
 *
 * Thread-local state: C11 _Thread_local is what the runtime uses today
 * (error.c's current exception, function.c's recursion depth). It suffices
 * natively. Under the WASI backend there is a single OS thread, so a
 * _Thread_local is shared by every fiber: state that must follow a Python
 * thread has to either live in a Py2cTls key (per fiber there) or be saved and
 * restored by the fiber switch. The WASI backend will do the latter for the
 * runtime's existing _Thread_local variables; new code should prefer Py2cTls
 * for per-Python-thread state that is not on a hot path. */
#ifndef PY2C_PLATFORM_H
#define PY2C_PLATFORM_H

#ifndef PY2C_BUILDING_RUNTIME
#error "platform.h is private to the py2c runtime"
#endif

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- storage ------------------------------------------------------------------------------ */

/* Large enough for glibc/musl/macOS pthread objects on 64-bit targets (the
 * largest is macOS's 64-byte pthread_mutex_t) and for a fiber backend's wait
 * queues; 8-byte alignment is what every backend type needs. */
typedef struct Py2cMutex {
    uint64_t opaque_[8];
} Py2cMutex;
typedef struct Py2cCond {
    uint64_t opaque_[8];
} Py2cCond;
typedef struct Py2cThread {
    uint64_t opaque_[2];
} Py2cThread;
typedef struct Py2cTls {
    uint64_t opaque_[2];
} Py2cTls;

/* ---- threads ------------------------------------------------------------------------------ */

typedef void (*Py2cThreadFn)(void *arg);

/* Starts fn(arg) on a new thread; stack_size 0 picks the backend's default
 * (libuv: RLIMIT_STACK, usually 8 MiB). 0, or a negative errno (-EAGAIN when
 * the system refuses another thread: Python's "can't start new thread"). */
int py2c_thread_create(Py2cThread *t, Py2cThreadFn fn, void *arg, size_t stack_size);
/* Waits for the thread to finish; 0 or a negative errno. Exactly one of
 * join/detach must be called for every created thread. */
int py2c_thread_join(Py2cThread *t);
/* Lets the thread's resources go when it finishes, without a join. */
int py2c_thread_detach(Py2cThread *t);
/* threading.get_ident(): nonzero, unique among live threads, and the same
 * number for the whole life of a thread (natively pthread_self(), as CPython). */
uint64_t py2c_thread_ident(void);
/* threading.get_native_id(): the kernel's id (Linux: gettid()). */
uint64_t py2c_thread_native_id(void);
/* Gives up the processor (natively sched_yield; on WASI: switch fiber). */
void py2c_thread_yield(void);

/* ---- mutexes ------------------------------------------------------------------------------ */

/* A non-recursive mutex, unlocked by the thread that locked it. (Python's Lock
 * can be released by another thread and has timed acquires: build it on
 * Py2cSem, not on this.) */
int py2c_mutex_init(Py2cMutex *m);
void py2c_mutex_destroy(Py2cMutex *m);
void py2c_mutex_lock(Py2cMutex *m);
/* true when the lock was taken. */
bool py2c_mutex_trylock(Py2cMutex *m);
void py2c_mutex_unlock(Py2cMutex *m);

/* ---- deadlines on the monotonic clock ----------------------------------------------------- */

/* A deadline is an absolute time of py2c_monotonic_ns(). NEVER blocks
 * without limit; NOW (or any past deadline) does not block at all. */
#define PY2C_DEADLINE_NEVER INT64_MAX
#define PY2C_DEADLINE_NOW INT64_C(0)

/* The deadline timeout_ns from now (timeout_ns >= 0), saturating to NEVER. */
int64_t py2c_deadline_after(int64_t timeout_ns);
/* Nanoseconds left until deadline (0 when past, INT64_MAX for NEVER). */
int64_t py2c_deadline_remaining(int64_t deadline);

/* What the timed waits return. */
enum {
    PY2C_WAIT_OK = 0,      /* woken (possibly spuriously: recheck the predicate) */
    PY2C_WAIT_TIMEOUT = 1, /* the deadline passed */
};

/* ---- condition variables ------------------------------------------------------------------ */

int py2c_cond_init(Py2cCond *c);
void py2c_cond_destroy(Py2cCond *c);
void py2c_cond_signal(Py2cCond *c);
void py2c_cond_broadcast(Py2cCond *c);
/* m is locked by the caller, released while waiting and locked again on
 * return. Wakeups may be spurious: always wait in a loop over the predicate. */
void py2c_cond_wait(Py2cCond *c, Py2cMutex *m);
/* Waits at most timeout_ns (relative, >= 0): PY2C_WAIT_OK or _TIMEOUT. */
int py2c_cond_timedwait(Py2cCond *c, Py2cMutex *m, int64_t timeout_ns);
/* Waits until deadline (absolute, monotonic; NEVER = no limit). Returns
 * PY2C_WAIT_TIMEOUT only once the deadline has really passed, so a loop
 *     while (!pred) if (py2c_cond_wait_until(c, m, d) == PY2C_WAIT_TIMEOUT) break;
 * followed by a final test of pred is all a caller needs. */
int py2c_cond_wait_until(Py2cCond *c, Py2cMutex *m, int64_t deadline);

/* ---- semaphores (platform.c, on mutex + condition variable) ------------------------------- */

/* libuv's uv_sem has no timed wait, which Python's Semaphore, Lock and
 * Barrier need; this one has. The count is an int64_t. */
typedef struct Py2cSem {
    Py2cMutex mu;
    Py2cCond cv;
    int64_t value;   /* guarded by mu */
    int64_t waiters; /* threads in py2c_sem_wait_until, guarded by mu */
} Py2cSem;

int py2c_sem_init(Py2cSem *s, int64_t value);
void py2c_sem_destroy(Py2cSem *s);
/* Adds n (>= 1) to the count and wakes up to n waiters. When limit >= 0 and
 * the count would exceed it, changes nothing and returns -1
 * (BoundedSemaphore's ValueError, Lock.release of an unlocked lock);
 * otherwise 0. */
int py2c_sem_post(Py2cSem *s, int64_t n, int64_t limit);
/* Takes one unit, waiting until deadline: PY2C_WAIT_OK (taken) or
 * PY2C_WAIT_TIMEOUT (not taken). PY2C_DEADLINE_NOW is a try-wait. */
int py2c_sem_wait_until(Py2cSem *s, int64_t deadline);
/* The count now (for Semaphore._value and Lock.locked()). */
int64_t py2c_sem_value(Py2cSem *s);

/* ---- one-time initialisation (platform.c) ------------------------------------------------- */

typedef struct Py2cOnce {
    atomic_int state; /* 0 not run, 1 running, 2 done */
} Py2cOnce;
#define PY2C_ONCE_INIT {0}

/* Runs fn exactly once per once object, however many threads call this; a
 * caller that finds it running waits until it has finished. */
void py2c_once(Py2cOnce *once, void (*fn)(void));

/* ---- thread-local keys -------------------------------------------------------------------- */

/* A key whose value is separate in every thread (every fiber on WASI),
 * initially NULL. There are no destructors (libuv has none): the thread layer
 * clears what it stored when a thread's entry function returns. */
int py2c_tls_create(Py2cTls *k);
void py2c_tls_delete(Py2cTls *k);
void *py2c_tls_get(Py2cTls *k);
void py2c_tls_set(Py2cTls *k, void *value);

/* ---- clocks, sleep, processors ------------------------------------------------------------ */

/* A monotonic clock in ns (time.monotonic_ns; natively uv_hrtime, i.e.
 * CLOCK_MONOTONIC, the clock the timed waits above use). Always > 0. */
int64_t py2c_monotonic_ns(void);
/* The wall clock: ns since the Unix epoch (time.time_ns). */
int64_t py2c_wall_ns(void);
/* Sleeps at least ns (<= 0: returns at once, after a yield), resuming after
 * signals. On WASI it lets other fibers run meanwhile. */
void py2c_sleep_ns(int64_t ns);
/* os.cpu_count(): processors online (CPython 3.11's ThreadPoolExecutor
 * default is min(32, this + 4)); at least 1. */
int py2c_cpu_count(void);
/* How many threads can really run in parallel for this process (affinity
 * mask, cgroup quota: uv_available_parallelism); at least 1. */
int py2c_available_parallelism(void);

/* Atomics: use C11 <stdatomic.h> directly (it is in wasi-libc too, where
 * it compiles to plain loads and stores). */

#endif
