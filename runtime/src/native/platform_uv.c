/* The platform layer (platform.h) for native builds: libuv's threads, mutexes,
 * condition variables and keys, plus the few things libuv 1.44 lacks, taken
 * from POSIX: thread detach (uv_thread_t is pthread_t on Unix), the kernel
 * thread id, sched_yield, a nanosecond sleep and the wall clock in ns. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

#include <uv.h>

#include "platform.h"

#define NS_PER_SEC INT64_C(1000000000)
/* Waits longer than this are split (re-armed by the deadline loop), so that no
 * backend arithmetic on "now + timeout" can overflow. */
#define MAX_SINGLE_WAIT_NS (INT64_C(3600) * NS_PER_SEC)

#define FITS(ours, theirs)                                                               \
    _Static_assert(sizeof(theirs) <= sizeof(ours) && _Alignof(theirs) <= _Alignof(ours), \
                   #theirs " does not fit in " #ours)
FITS(Py2cMutex, uv_mutex_t);
FITS(Py2cCond, uv_cond_t);
FITS(Py2cThread, uv_thread_t);
FITS(Py2cTls, uv_key_t);

#define MUTEX(m) ((uv_mutex_t *)(void *)(m)->opaque_)
#define COND(c) ((uv_cond_t *)(void *)(c)->opaque_)
#define THREAD(t) ((uv_thread_t *)(void *)(t)->opaque_)
#define KEY(k) ((uv_key_t *)(void *)(k)->opaque_)

/* ---- threads ---- */

int py2c_thread_create(Py2cThread *t, Py2cThreadFn fn, void *arg, size_t stack_size) {
    uv_thread_options_t opts = {.flags = stack_size ? UV_THREAD_HAS_STACK_SIZE : UV_THREAD_NO_FLAGS,
                                .stack_size = stack_size};
    return uv_thread_create_ex(THREAD(t), &opts, fn, arg);
}

int py2c_thread_join(Py2cThread *t) { return uv_thread_join(THREAD(t)); }

/* libuv 1.44 has no detach; on Unix its uv_thread_t is a pthread_t. */
int py2c_thread_detach(Py2cThread *t) { return -pthread_detach(*THREAD(t)); }

uint64_t py2c_thread_ident(void) {
    uv_thread_t self = uv_thread_self();
    uint64_t id = 0;
    _Static_assert(sizeof self <= sizeof id, "pthread_t wider than 64 bits");
    memcpy(&id, &self, sizeof self); /* pthread_t may be a pointer (macOS) */
    return id;
}

uint64_t py2c_thread_native_id(void) {
#ifdef __linux__
    return (uint64_t)syscall(SYS_gettid);
#else
    return py2c_thread_ident(); /* a platform-specific call belongs here (macOS: pthread_threadid_np) */
#endif
}

void py2c_thread_yield(void) { (void)sched_yield(); }

/* ---- mutexes ---- */

int py2c_mutex_init(Py2cMutex *m) { return uv_mutex_init(MUTEX(m)); }
void py2c_mutex_destroy(Py2cMutex *m) { uv_mutex_destroy(MUTEX(m)); }
void py2c_mutex_lock(Py2cMutex *m) { uv_mutex_lock(MUTEX(m)); }
bool py2c_mutex_trylock(Py2cMutex *m) { return uv_mutex_trylock(MUTEX(m)) == 0; }
void py2c_mutex_unlock(Py2cMutex *m) { uv_mutex_unlock(MUTEX(m)); }

/* ---- condition variables ---- */

/* libuv initialises its condition variables on CLOCK_MONOTONIC (except on
 * macOS, where timed waits are relative anyway), the clock of uv_hrtime, so
 * the deadlines of py2c_monotonic_ns and the waits agree. */
int py2c_cond_init(Py2cCond *c) { return uv_cond_init(COND(c)); }
void py2c_cond_destroy(Py2cCond *c) { uv_cond_destroy(COND(c)); }
void py2c_cond_signal(Py2cCond *c) { uv_cond_signal(COND(c)); }
void py2c_cond_broadcast(Py2cCond *c) { uv_cond_broadcast(COND(c)); }
void py2c_cond_wait(Py2cCond *c, Py2cMutex *m) { uv_cond_wait(COND(c), MUTEX(m)); }

int py2c_cond_timedwait(Py2cCond *c, Py2cMutex *m, int64_t timeout_ns) {
    if (timeout_ns <= 0) return PY2C_WAIT_TIMEOUT;
    if (timeout_ns > MAX_SINGLE_WAIT_NS) timeout_ns = MAX_SINGLE_WAIT_NS; /* an early, spurious-like wakeup */
    return uv_cond_timedwait(COND(c), MUTEX(m), (uint64_t)timeout_ns) == UV_ETIMEDOUT ? PY2C_WAIT_TIMEOUT
                                                                                     : PY2C_WAIT_OK;
}

int py2c_cond_wait_until(Py2cCond *c, Py2cMutex *m, int64_t deadline) {
    if (deadline == PY2C_DEADLINE_NEVER) {
        uv_cond_wait(COND(c), MUTEX(m));
        return PY2C_WAIT_OK;
    }
    int64_t left = py2c_deadline_remaining(deadline);
    if (left == 0) return PY2C_WAIT_TIMEOUT;
    if (py2c_cond_timedwait(c, m, left) == PY2C_WAIT_OK) return PY2C_WAIT_OK;
    /* A split wait (or a clock that the backend rounded) may time out early:
     * report a timeout only once the deadline itself has passed. */
    return py2c_deadline_remaining(deadline) == 0 ? PY2C_WAIT_TIMEOUT : PY2C_WAIT_OK;
}

/* ---- thread-local keys ---- */

int py2c_tls_create(Py2cTls *k) { return uv_key_create(KEY(k)); }
void py2c_tls_delete(Py2cTls *k) { uv_key_delete(KEY(k)); }
void *py2c_tls_get(Py2cTls *k) { return uv_key_get(KEY(k)); }
void py2c_tls_set(Py2cTls *k, void *value) { uv_key_set(KEY(k), value); }

/* ---- clocks, sleep, processors ---- */

int64_t py2c_monotonic_ns(void) { return (int64_t)uv_hrtime(); }

/* uv_gettimeofday only has microseconds; time.time_ns() wants ns. */
int64_t py2c_wall_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return 0; /* CLOCK_REALTIME always exists */
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* uv_sleep has millisecond resolution; nanosleep resumes after signals
 * (PEP 475) with the time left. */
void py2c_sleep_ns(int64_t ns) {
    if (ns <= 0) {
        (void)sched_yield();
        return;
    }
    struct timespec req = {(time_t)(ns / NS_PER_SEC), (long)(ns % NS_PER_SEC)}, rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
}

int py2c_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n >= 1) return n > 1 << 20 ? 1 << 20 : (int)n;
    uv_cpu_info_t *info;
    int count;
    if (uv_cpu_info(&info, &count) != 0) return 1;
    uv_free_cpu_info(info, count);
    return count > 0 ? count : 1;
}

int py2c_available_parallelism(void) {
    unsigned n = uv_available_parallelism();
    return n == 0 ? 1 : n > 1u << 20 ? 1 << 20 : (int)n;
}
