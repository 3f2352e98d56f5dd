/* The platform layer (runtime/src/platform.h): threads, mutexes, condition
 * variables, semaphores, keys, once, clocks. Worker threads never call
 * RT_CHECK (the harness counters are not atomic): they leave their results in
 * memory that the main thread checks after joining them. The counts of
 * processors are compared with python3's os.cpu_count() and
 * len(os.sched_getaffinity(0)). Meant to be run under ThreadSanitizer too. */
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "platform.h"
#include "rt_test.h"

#define MS INT64_C(1000000)
#define NTHREADS 8

static Py2cThread spawn(Py2cThreadFn fn, void *arg) {
    Py2cThread t;
    if (py2c_thread_create(&t, fn, arg, 0) != 0) {
        fprintf(stderr, "cannot start a thread\n");
        exit(2);
    }
    return t;
}

/* ---- many threads incrementing under one mutex ---- */

#define INCREMENTS 100000
static Py2cMutex counter_mu;
static int64_t counter; /* plain: only the mutex protects it (TSan checks that) */

static void increment_many(void *arg) {
    (void)arg;
    for (int i = 0; i < INCREMENTS; i++) {
        py2c_mutex_lock(&counter_mu);
        counter++;
        py2c_mutex_unlock(&counter_mu);
    }
}

static void test_mutex(void) {
    RT_CHECK(py2c_mutex_init(&counter_mu) == 0);
    Py2cThread t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) t[i] = spawn(increment_many, NULL);
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(counter == (int64_t)NTHREADS * INCREMENTS);
    py2c_mutex_destroy(&counter_mu);
}

/* trylock fails while another thread holds the lock. */
static Py2cMutex try_mu;
static atomic_int try_result = -1;
static void try_from_other(void *arg) {
    (void)arg;
    bool got = py2c_mutex_trylock(&try_mu);
    if (got) py2c_mutex_unlock(&try_mu);
    atomic_store(&try_result, got);
}

static void test_trylock(void) {
    RT_CHECK(py2c_mutex_init(&try_mu) == 0);
    py2c_mutex_lock(&try_mu);
    Py2cThread t = spawn(try_from_other, NULL);
    RT_CHECK(py2c_thread_join(&t) == 0);
    RT_CHECK(atomic_load(&try_result) == 0);
    py2c_mutex_unlock(&try_mu);
    t = spawn(try_from_other, NULL);
    RT_CHECK(py2c_thread_join(&t) == 0);
    RT_CHECK(atomic_load(&try_result) == 1);
    RT_CHECK(py2c_mutex_trylock(&try_mu));
    py2c_mutex_unlock(&try_mu);
    py2c_mutex_destroy(&try_mu);
}

/* ---- condition variables ---- */

static void test_cond_timeout(void) {
    Py2cMutex m;
    Py2cCond c;
    RT_CHECK(py2c_mutex_init(&m) == 0 && py2c_cond_init(&c) == 0);
    py2c_mutex_lock(&m);

    int64_t t0 = py2c_monotonic_ns();
    int r = PY2C_WAIT_OK;
    while (r == PY2C_WAIT_OK && py2c_monotonic_ns() - t0 < 50 * MS) /* spurious wakeups */
        r = py2c_cond_timedwait(&c, &m, 50 * MS - (py2c_monotonic_ns() - t0));
    int64_t waited = py2c_monotonic_ns() - t0;
    RT_CHECK(r == PY2C_WAIT_TIMEOUT);
    RT_CHECK(waited >= 50 * MS && waited < 2000 * MS);

    /* An absolute deadline: TIMEOUT only once it has passed, whatever the wakeups. */
    int64_t deadline = py2c_deadline_after(30 * MS);
    while (py2c_cond_wait_until(&c, &m, deadline) == PY2C_WAIT_OK) {
    }
    RT_CHECK(py2c_monotonic_ns() >= deadline);

    /* Past deadlines and NOW do not wait. */
    t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_cond_wait_until(&c, &m, PY2C_DEADLINE_NOW) == PY2C_WAIT_TIMEOUT);
    RT_CHECK(py2c_cond_wait_until(&c, &m, t0 - 1) == PY2C_WAIT_TIMEOUT);
    RT_CHECK(py2c_cond_timedwait(&c, &m, 0) == PY2C_WAIT_TIMEOUT);
    RT_CHECK(py2c_monotonic_ns() - t0 < 100 * MS);

    py2c_mutex_unlock(&m);
    py2c_cond_destroy(&c);
    py2c_mutex_destroy(&m);
}

/* A flag set under the mutex and signalled: waiters with a generous deadline
 * see it well before the deadline. broadcast releases every waiter. */
static Py2cMutex flag_mu;
static Py2cCond flag_cv;
static int flag;          /* guarded by flag_mu */
static int woken;         /* guarded by flag_mu */
static int waiting;       /* guarded by flag_mu */

static void wait_flag(void *arg) {
    (void)arg;
    int64_t deadline = py2c_deadline_after(10000 * MS);
    py2c_mutex_lock(&flag_mu);
    waiting++;
    py2c_cond_broadcast(&flag_cv); /* tells main that one more waits */
    while (!flag)
        if (py2c_cond_wait_until(&flag_cv, &flag_mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    if (flag) woken++;
    py2c_mutex_unlock(&flag_mu);
}

static void test_cond_signal_broadcast(void) {
    RT_CHECK(py2c_mutex_init(&flag_mu) == 0 && py2c_cond_init(&flag_cv) == 0);
    Py2cThread t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) t[i] = spawn(wait_flag, NULL);
    py2c_mutex_lock(&flag_mu);
    while (waiting < NTHREADS) py2c_cond_wait(&flag_cv, &flag_mu);
    int64_t t0 = py2c_monotonic_ns();
    flag = 1;
    py2c_cond_broadcast(&flag_cv);
    py2c_mutex_unlock(&flag_mu);
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(woken == NTHREADS);
    RT_CHECK(py2c_monotonic_ns() - t0 < 5000 * MS);

    /* signal: one waiter, woken from a blocking wait */
    flag = woken = waiting = 0;
    Py2cThread one = spawn(wait_flag, NULL);
    py2c_mutex_lock(&flag_mu);
    while (waiting < 1) py2c_cond_wait(&flag_cv, &flag_mu);
    flag = 1;
    py2c_cond_signal(&flag_cv);
    py2c_mutex_unlock(&flag_mu);
    RT_CHECK(py2c_thread_join(&one) == 0);
    RT_CHECK(woken == 1);
    py2c_cond_destroy(&flag_cv);
    py2c_mutex_destroy(&flag_mu);
}

/* ---- semaphores ---- */

static Py2cSem sem_lock;    /* a binary semaphore used as a lock */
static Py2cSem sem_items;   /* counts items handed from main to the consumers */
static int64_t sem_counter; /* guarded by sem_lock */
static atomic_long consumed;

static void sem_increment(void *arg) {
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        if (py2c_sem_wait_until(&sem_lock, PY2C_DEADLINE_NEVER) != PY2C_WAIT_OK) return;
        sem_counter++;
        (void)py2c_sem_post(&sem_lock, 1, 1);
    }
}

static void sem_consume(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++)
        if (py2c_sem_wait_until(&sem_items, PY2C_DEADLINE_NEVER) == PY2C_WAIT_OK) atomic_fetch_add(&consumed, 1);
}

static void test_semaphores(void) {
    Py2cSem s;
    RT_CHECK(py2c_sem_init(&s, 0) == 0);
    RT_CHECK(py2c_sem_wait_until(&s, PY2C_DEADLINE_NOW) == PY2C_WAIT_TIMEOUT);
    int64_t t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_sem_wait_until(&s, py2c_deadline_after(20 * MS)) == PY2C_WAIT_TIMEOUT);
    RT_CHECK(py2c_monotonic_ns() - t0 >= 20 * MS);
    RT_CHECK(py2c_sem_post(&s, 3, -1) == 0);
    RT_CHECK(py2c_sem_value(&s) == 3);
    RT_CHECK(py2c_sem_wait_until(&s, PY2C_DEADLINE_NOW) == PY2C_WAIT_OK);
    RT_CHECK(py2c_sem_value(&s) == 2);
    /* Bounded: over-release changes nothing (BoundedSemaphore's ValueError). */
    RT_CHECK(py2c_sem_post(&s, 1, 3) == 0);
    RT_CHECK(py2c_sem_post(&s, 1, 3) == -1);
    RT_CHECK(py2c_sem_post(&s, 2, 4) == -1);
    RT_CHECK(py2c_sem_value(&s) == 3);
    py2c_sem_destroy(&s);

    /* A lock made of a semaphore (as threading.Lock will be). */
    RT_CHECK(py2c_sem_init(&sem_lock, 1) == 0);
    Py2cThread t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) t[i] = spawn(sem_increment, NULL);
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(sem_counter == (int64_t)NTHREADS * 20000);
    RT_CHECK(py2c_sem_post(&sem_lock, 1, 1) == -1); /* release of an unlocked lock */
    py2c_sem_destroy(&sem_lock);

    /* 4 consumers block on a counting semaphore; main posts 4000 units in
     * batches of 1 and 7. */
    RT_CHECK(py2c_sem_init(&sem_items, 0) == 0);
    for (int i = 0; i < 4; i++) t[i] = spawn(sem_consume, NULL);
    int posted = 0;
    while (posted < 4000) {
        int n = posted % 2 ? 7 : 1;
        if (n > 4000 - posted) n = 4000 - posted;
        RT_CHECK(py2c_sem_post(&sem_items, n, -1) == 0);
        posted += n;
    }
    for (int i = 0; i < 4; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(atomic_load(&consumed) == 4000);
    RT_CHECK(py2c_sem_value(&sem_items) == 0);
    py2c_sem_destroy(&sem_items);
}

/* ---- thread-local keys, once, identities ---- */

static Py2cTls key;
static Py2cSem all_set, go; /* every thread has set its key before any reads it back */
typedef struct {
    int slot;
    int ok;
    uint64_t ident, native;
} Worker;

static void tls_worker(void *arg) {
    Worker *w = arg;
    w->ident = py2c_thread_ident();
    w->native = py2c_thread_native_id();
    w->ok = py2c_tls_get(&key) == NULL;
    py2c_tls_set(&key, &w->slot);
    (void)py2c_sem_post(&all_set, 1, -1);
    if (py2c_sem_wait_until(&go, PY2C_DEADLINE_NEVER) != PY2C_WAIT_OK) w->ok = 0;
    w->ok = w->ok && py2c_tls_get(&key) == &w->slot && py2c_thread_ident() == w->ident;
}

static void test_tls_and_ids(void) {
    RT_CHECK(py2c_tls_create(&key) == 0);
    RT_CHECK(py2c_sem_init(&all_set, 0) == 0 && py2c_sem_init(&go, 0) == 0);
    int main_slot;
    py2c_tls_set(&key, &main_slot);
    Worker w[NTHREADS] = {{0}};
    Py2cThread t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) t[i] = spawn(tls_worker, &w[i]);
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_sem_wait_until(&all_set, PY2C_DEADLINE_NEVER) == PY2C_WAIT_OK);
    RT_CHECK(py2c_sem_post(&go, NTHREADS, -1) == 0); /* all are alive now */
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(py2c_tls_get(&key) == &main_slot);
    uint64_t me = py2c_thread_ident(), my_native = py2c_thread_native_id();
    RT_CHECK(me != 0 && me == py2c_thread_ident());
    RT_CHECK(my_native != 0);
    int all_ok = 1, distinct = 1;
    for (int i = 0; i < NTHREADS; i++) {
        all_ok &= w[i].ok;
        /* all were alive at once, so their ids differ from one another and
         * from main's */
        if (w[i].ident == 0 || w[i].ident == me || w[i].native == 0 || w[i].native == my_native) distinct = 0;
        for (int j = 0; j < i; j++)
            if (w[i].native == w[j].native || w[i].ident == w[j].ident) distinct = 0;
    }
    RT_CHECK(all_ok);
    RT_CHECK(distinct);
    py2c_sem_destroy(&go);
    py2c_sem_destroy(&all_set);
    py2c_tls_delete(&key);
}

static Py2cOnce once = PY2C_ONCE_INIT;
static atomic_int once_runs;
static int once_value; /* written by the init function only */
static atomic_int once_seen;

static void init_once(void) {
    atomic_fetch_add(&once_runs, 1);
    py2c_sleep_ns(5 * MS); /* latecomers must wait, not skip */
    once_value = 42;
}

static void call_once(void *arg) {
    (void)arg;
    py2c_once(&once, init_once);
    if (once_value == 42) atomic_fetch_add(&once_seen, 1);
}

static void test_once(void) {
    Py2cThread t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) t[i] = spawn(call_once, NULL);
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    py2c_once(&once, init_once);
    RT_CHECK(atomic_load(&once_runs) == 1);
    RT_CHECK(atomic_load(&once_seen) == NTHREADS);
}

/* detach: the thread still runs to completion; a small explicit stack works. */
static atomic_int detached_done;
static void mark_done(void *arg) {
    volatile char big[64 * 1024]; /* fits in the 256 KiB stack */
    big[0] = 1;
    big[sizeof big - 1] = 1;
    atomic_store((atomic_int *)arg, big[0] + big[sizeof big - 1]);
}

static void test_detach_and_stack(void) {
    Py2cThread t;
    RT_CHECK(py2c_thread_create(&t, mark_done, &detached_done, 256 * 1024) == 0);
    RT_CHECK(py2c_thread_detach(&t) == 0);
    int64_t deadline = py2c_deadline_after(5000 * MS);
    while (atomic_load(&detached_done) == 0 && py2c_deadline_remaining(deadline) > 0) py2c_sleep_ns(1 * MS);
    RT_CHECK(atomic_load(&detached_done) == 2);
}

/* ---- clocks, sleep, processors ---- */

static long python_number(const char *code) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "python3 -c '%s' 2>/dev/null", code);
    FILE *p = popen(cmd, "r");
    long n = -1;
    if (!p) return -1;
    if (fscanf(p, "%ld", &n) != 1) n = -1;
    pclose(p);
    return n;
}

static void test_clocks(void) {
    int64_t a = py2c_monotonic_ns(), b = py2c_monotonic_ns();
    RT_CHECK(a > 0 && b >= a);
    py2c_sleep_ns(20 * MS);
    int64_t c = py2c_monotonic_ns();
    RT_CHECK(c - b >= 20 * MS && c - b < 2000 * MS);
    py2c_sleep_ns(0);
    py2c_sleep_ns(-5);
    RT_CHECK(py2c_monotonic_ns() - c < 100 * MS);
    int64_t wall = py2c_wall_ns(), now = (int64_t)time(NULL);
    RT_CHECK(wall / 1000000000 >= now - 1 && wall / 1000000000 <= now + 1);

    RT_CHECK(py2c_deadline_after(INT64_MAX) == PY2C_DEADLINE_NEVER);
    RT_CHECK(py2c_deadline_after(INT64_MAX - 5) == PY2C_DEADLINE_NEVER);
    RT_CHECK(py2c_deadline_remaining(PY2C_DEADLINE_NEVER) == INT64_MAX);
    RT_CHECK(py2c_deadline_remaining(PY2C_DEADLINE_NOW) == 0);
    int64_t d = py2c_deadline_after(1000 * MS), left = py2c_deadline_remaining(d);
    RT_CHECK(left > 900 * MS && left <= 1000 * MS);
    RT_CHECK(py2c_deadline_after(0) <= py2c_monotonic_ns());

    long cpus = python_number("import os; print(os.cpu_count())");
    long avail = python_number("import os; print(len(os.sched_getaffinity(0)))");
    RT_CHECK(py2c_cpu_count() >= 1 && py2c_available_parallelism() >= 1);
    RT_CHECK(cpus < 0 || py2c_cpu_count() == cpus);
    RT_CHECK(avail < 0 || py2c_available_parallelism() <= avail);
}

int main(void) {
    test_mutex();
    test_trylock();
    test_cond_timeout();
    test_cond_signal_broadcast();
    test_semaphores();
    test_tls_and_ids();
    test_once();
    test_detach_and_stack();
    test_clocks();
    RT_DONE("platform");
}
