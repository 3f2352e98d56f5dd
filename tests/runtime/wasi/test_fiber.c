/* The WASI fiber scheduler (runtime/src/wasi/): threads as fibers under the
 * platform layer. Built and run only as a WASI module (make
 * wasi-runtime-test; it lives in tests/runtime/wasi/ so that the native
 * runtime tests, every tests/runtime/test_*.c, do not build it): the platform
 * functions here are the fiber backend's. Scheduling is cooperative and
 * deterministic, so the tests check exact interleavings (FIFO run queue,
 * handed-over mutexes, timers in deadline order) as well as the results.
 * The same behaviours seen from Python (many threads, deep recursion, a
 * thread that raises, timeouts, a spinning thread, deadlocks):
 * tests/cli/wasi/sched.py, run by tests/cli/wasi_test.sh.
 *
 *   test_fiber.wasm            every test; "test_fiber: N passed, N failed"
 *   test_fiber.wasm deadlock   main and a thread wait for each other: the
 *                              scheduler reports it and exits 1 */
#ifndef __wasi__
#error "test_fiber.c is a WASI-only test (make wasi-runtime-test)"
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "channel.h"
#include "platform.h"
#include "rt_test.h"
#include "wasi/fiber_internal.h"

#define MS INT64_C(1000000)

static Py2cThread spawn(Py2cThreadFn fn, void *arg) {
    Py2cThread t;
    if (py2c_thread_create(&t, fn, arg, 0) != 0) {
        fprintf(stderr, "cannot start a fiber\n");
        exit(2);
    }
    return t;
}

static void join(Py2cThread *t) {
    if (py2c_thread_join(t) != 0) {
        fprintf(stderr, "join failed\n");
        exit(2);
    }
}

/* ---- a log of events, to check interleavings ---- */

static char trace[512];
static void note(const char *s) {
    if (strlen(trace) + strlen(s) + 2 < sizeof trace) {
        if (trace[0]) strcat(trace, " ");
        strcat(trace, s);
    }
}

/* ---- ping-pong through a mutex and a condition variable ---- */

static Py2cMutex pp_mu;
static Py2cCond pp_cv;
static int pp_turn; /* 0: ping's turn, 1: pong's */
static int pp_rounds;

static void pingpong(void *arg) {
    int me = (int)(intptr_t)arg;
    for (int i = 0; i < 3; i++) {
        py2c_mutex_lock(&pp_mu);
        while (pp_turn != me) py2c_cond_wait(&pp_cv, &pp_mu);
        note(me ? "pong" : "ping");
        pp_rounds++;
        pp_turn = !me;
        py2c_cond_broadcast(&pp_cv);
        py2c_mutex_unlock(&pp_mu);
    }
}

static void test_pingpong(void) {
    trace[0] = 0;
    RT_CHECK(py2c_mutex_init(&pp_mu) == 0 && py2c_cond_init(&pp_cv) == 0);
    /* pong starts first and must wait for ping */
    Py2cThread b = spawn(pingpong, (void *)1), a = spawn(pingpong, (void *)0);
    join(&a);
    join(&b);
    RT_CHECK_STR(trace, "ping pong ping pong ping pong");
    RT_CHECK(pp_rounds == 6);
    py2c_cond_destroy(&pp_cv);
    py2c_mutex_destroy(&pp_mu);
}

/* ---- a contended mutex: handed over in FIFO order, and really exclusive ---- */

static Py2cMutex cm_mu;
static int cm_inside, cm_max_inside, cm_total;

static void contend(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        py2c_mutex_lock(&cm_mu);
        cm_inside++;
        if (cm_inside > cm_max_inside) cm_max_inside = cm_inside;
        py2c_thread_yield(); /* others run, and block on the mutex */
        cm_total++;
        cm_inside--;
        py2c_mutex_unlock(&cm_mu);
    }
}

static void test_mutex(void) {
    RT_CHECK(py2c_mutex_init(&cm_mu) == 0);
    Py2cThread t[5];
    for (int i = 0; i < 5; i++) t[i] = spawn(contend, NULL);
    for (int i = 0; i < 5; i++) join(&t[i]);
    RT_CHECK(cm_total == 500);
    RT_CHECK(cm_max_inside == 1);
    RT_CHECK(py2c_mutex_trylock(&cm_mu));
    RT_CHECK(!py2c_mutex_trylock(&cm_mu) || 0);
    py2c_mutex_unlock(&cm_mu);
    py2c_mutex_destroy(&cm_mu);
}

/* ---- semaphores: posts wake waiters in order; timed waits ---- */

static Py2cSem sem;

static void sem_taker(void *arg) {
    if (py2c_sem_wait_until(&sem, PY2C_DEADLINE_NEVER) == PY2C_WAIT_OK) note((const char *)arg);
}

static void test_semaphore(void) {
    trace[0] = 0;
    RT_CHECK(py2c_sem_init(&sem, 0) == 0);
    Py2cThread a = spawn(sem_taker, "a"), b = spawn(sem_taker, "b"), c = spawn(sem_taker, "c");
    py2c_thread_yield(); /* all three wait now */
    RT_CHECK(trace[0] == 0);
    RT_CHECK(py2c_sem_post(&sem, 2, -1) == 0);
    join(&a);
    join(&b);
    RT_CHECK_STR(trace, "a b");
    RT_CHECK(py2c_sem_post(&sem, 1, 0) == -1); /* over the limit: nothing changes */
    RT_CHECK(py2c_sem_post(&sem, 1, 1) == 0);
    join(&c);
    RT_CHECK_STR(trace, "a b c");
    RT_CHECK(py2c_sem_value(&sem) == 0);
    /* a try-wait and a timed wait on an empty semaphore */
    RT_CHECK(py2c_sem_wait_until(&sem, PY2C_DEADLINE_NOW) == PY2C_WAIT_TIMEOUT);
    int64_t t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_sem_wait_until(&sem, py2c_deadline_after(20 * MS)) == PY2C_WAIT_TIMEOUT);
    RT_CHECK(py2c_monotonic_ns() - t0 >= 20 * MS);
    py2c_sem_destroy(&sem);
}

/* ---- timed condition waits: a timeout, and a signal before the deadline ---- */

static Py2cMutex tw_mu;
static Py2cCond tw_cv;
static int tw_flag;

static void tw_signaller(void *arg) {
    (void)arg;
    py2c_sleep_ns(10 * MS);
    py2c_mutex_lock(&tw_mu);
    tw_flag = 1;
    py2c_cond_signal(&tw_cv);
    py2c_mutex_unlock(&tw_mu);
}

static void test_timed_wait(void) {
    RT_CHECK(py2c_mutex_init(&tw_mu) == 0 && py2c_cond_init(&tw_cv) == 0);
    py2c_mutex_lock(&tw_mu);
    int64_t t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_cond_timedwait(&tw_cv, &tw_mu, 30 * MS) == PY2C_WAIT_TIMEOUT);
    int64_t waited = py2c_monotonic_ns() - t0;
    RT_CHECK(waited >= 30 * MS);
    RT_CHECK(py2c_cond_wait_until(&tw_cv, &tw_mu, PY2C_DEADLINE_NOW) == PY2C_WAIT_TIMEOUT);
    Py2cThread s = spawn(tw_signaller, NULL);
    int64_t deadline = py2c_deadline_after(5000 * MS);
    int r = PY2C_WAIT_OK;
    while (!tw_flag && r == PY2C_WAIT_OK) r = py2c_cond_wait_until(&tw_cv, &tw_mu, deadline);
    RT_CHECK(tw_flag == 1 && r == PY2C_WAIT_OK);
    RT_CHECK(py2c_deadline_remaining(deadline) > 0);
    py2c_mutex_unlock(&tw_mu);
    join(&s);
    py2c_cond_destroy(&tw_cv);
    py2c_mutex_destroy(&tw_mu);
}

/* ---- sleeps end in deadline order, whatever the order they started in ---- */

static void sleeper(void *arg) {
    const char *name = arg;
    py2c_sleep_ns((name[0] - '0') * 10 * MS);
    note(name);
}

static void test_sleep_order(void) {
    trace[0] = 0;
    Py2cThread t[4] = {spawn(sleeper, "3"), spawn(sleeper, "1"), spawn(sleeper, "4"), spawn(sleeper, "2")};
    int64_t t0 = py2c_monotonic_ns();
    for (int i = 0; i < 4; i++) join(&t[i]);
    RT_CHECK_STR(trace, "1 2 3 4");
    RT_CHECK(py2c_monotonic_ns() - t0 >= 40 * MS);
    /* the sleeps overlapped: about 40 ms, not 100 */
    RT_CHECK(py2c_monotonic_ns() - t0 < 90 * MS);
}

/* ---- a producer/consumer pair through a bounded channel (channel.c) ---- */

static Py2cChannel *chan;
static int64_t consumed_sum, consumed_count, consumed_in_order = 1;

static void producer(void *arg) {
    (void)arg;
    for (int64_t i = 1; i <= 1000; i++)
        if (py2c_channel_put(chan, py2c_int(i), PY2C_DEADLINE_NEVER) != PY2C_CHANNEL_OK) return;
    py2c_channel_close(chan);
}

static void consumer(void *arg) {
    (void)arg;
    Py2cValue v;
    int64_t last = 0;
    while (py2c_channel_get(chan, &v, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK) {
        int64_t i = py2c_small_int_value(v);
        if (i != last + 1) consumed_in_order = 0;
        last = i;
        consumed_sum += i;
        consumed_count++;
        if (py2c_channel_task_done(chan) != 0) return;
    }
}

static void test_channel(void) {
    chan = py2c_channel_new(PY2C_CHANNEL_FIFO, 4, NULL, NULL);
    RT_CHECK(chan != NULL);
    if (!chan) return;
    Py2cThread c = spawn(consumer, NULL), p = spawn(producer, NULL);
    join(&p);
    join(&c);
    RT_CHECK(consumed_count == 1000);
    RT_CHECK(consumed_sum == 500500);
    RT_CHECK(consumed_in_order == 1);
    RT_CHECK(py2c_channel_join(chan, PY2C_DEADLINE_NOW) == PY2C_CHANNEL_OK);
    /* an empty channel's timed get */
    Py2cValue v;
    RT_CHECK(py2c_channel_get(chan, &v, py2c_deadline_after(5 * MS)) == PY2C_CHANNEL_CLOSED);
    py2c_channel_delete(chan);
}

/* ---- thread-local keys and the runtime's per-thread state ---- */

static Py2cTls key;
static int tls_ok[4];

static void tls_worker(void *arg) {
    int i = (int)(intptr_t)arg;
    int ok = py2c_tls_get(&key) == NULL;
    py2c_tls_set(&key, &tls_ok[i]);
#ifdef PY2C__THREAD_STATE_INIT
    /* Each fiber has its own pending exception and recursion depth. */
    ok &= !py2c_error_occurred() && py2c__ts.depth == 1;
    if (i == 0) (void)py2c_error_format(&py2c_exc_ValueError, "fiber %d", i);
    py2c__ts.depth = 100 + i;
#endif
    for (int k = 0; k < 3; k++) {
        py2c_thread_yield();
        ok &= py2c_tls_get(&key) == &tls_ok[i];
#ifdef PY2C__THREAD_STATE_INIT
        ok &= py2c_error_occurred() == (i == 0) && py2c__ts.depth == 100 + i;
#endif
    }
#ifdef PY2C__THREAD_STATE_INIT
    py2c_error_clear();
#endif
    tls_ok[i] = ok;
}

static void test_tls(void) {
    RT_CHECK(py2c_tls_create(&key) == 0);
    py2c_tls_set(&key, &key);
    Py2cThread t[4];
    for (int i = 0; i < 4; i++) t[i] = spawn(tls_worker, (void *)(intptr_t)i);
    for (int i = 0; i < 4; i++) join(&t[i]);
    for (int i = 0; i < 4; i++) RT_CHECK(tls_ok[i] == 1);
    RT_CHECK(py2c_tls_get(&key) == &key);
#ifdef PY2C__THREAD_STATE_INIT
    RT_CHECK(!py2c_error_occurred());
#endif
    py2c_tls_delete(&key);
}

/* ---- idents, detach, many fibers, deep stacks ---- */

static uint64_t idents[3];
static void ident_worker(void *arg) { idents[(intptr_t)arg] = py2c_thread_ident(); }

static int detached_ran;
static void detached_worker(void *arg) {
    (void)arg;
    py2c_sleep_ns(1 * MS);
    detached_ran = 1;
}

static int many_done;
static void many_worker(void *arg) {
    (void)arg;
    py2c_thread_yield();
    many_done++;
}

/* Switches at every level on the way down and up. */
static int deep(int n) {
    volatile char pad[64]; /* a frame on the C stack too */
    pad[0] = (char)n;
    if (n % 50 == 0) py2c_thread_yield();
    int r = n == 0 ? 0 : 1 + deep(n - 1);
    if (n % 50 == 0) py2c_thread_yield();
    return r + (pad[0] - (char)n);
}
static int deep_result[2];
static void deep_worker(void *arg) { deep_result[(intptr_t)arg] = deep(3000); }

static void test_threads(void) {
    Py2cThread t[3];
    for (int i = 0; i < 3; i++) t[i] = spawn(ident_worker, (void *)(intptr_t)i);
    for (int i = 0; i < 3; i++) join(&t[i]);
    uint64_t me = py2c_thread_ident();
    RT_CHECK(me != 0 && idents[0] != 0 && idents[0] != idents[1] && idents[1] != idents[2] &&
             idents[0] != idents[2] && idents[0] != me);
    RT_CHECK(py2c_thread_join(&t[0]) != 0); /* joined already */

    Py2cThread d = spawn(detached_worker, NULL);
    RT_CHECK(py2c_thread_detach(&d) == 0);
    py2c_sleep_ns(5 * MS);
    RT_CHECK(detached_ran == 1);

    enum { MANY = 300 };
    Py2cThread *m = malloc(MANY * sizeof *m);
    for (int i = 0; i < MANY; i++)
        if (py2c_thread_create(&m[i], many_worker, NULL, 64 << 10) != 0) break;
    for (int i = 0; i < MANY; i++) join(&m[i]);
    free(m);
    RT_CHECK(many_done == MANY);

    Py2cThread a = spawn(deep_worker, (void *)0), b = spawn(deep_worker, (void *)1);
    join(&a);
    join(&b);
    RT_CHECK(deep_result[0] == 3000 && deep_result[1] == 3000);
    RT_CHECK(py2c_cpu_count() == 1);
}

/* ---- a spinning fiber with safepoints does not starve the others ---- */

static volatile int spin_stop;
static int spin_iterations;

static void spinner(void *arg) {
    (void)arg;
    while (!spin_stop) {
        spin_iterations++;
        py2c__fiber_safepoint();
    }
}

static void stopper(void *arg) {
    (void)arg;
    py2c_sleep_ns(5 * MS);
    spin_stop = 1;
}

static void test_safepoint(void) {
    Py2cThread s = spawn(spinner, NULL), t = spawn(stopper, NULL);
    join(&t); /* would never return if the spinner kept the processor */
    join(&s);
    RT_CHECK(spin_stop == 1 && spin_iterations > 0);
}

/* ---- once ---- */

static int once_runs;
static Py2cOnce once = PY2C_ONCE_INIT;
static void once_fn(void) {
    py2c_thread_yield(); /* the others find it running and wait */
    once_runs++;
}
static void once_worker(void *arg) {
    (void)arg;
    py2c_once(&once, once_fn);
    if (once_runs != 1) once_runs = -100;
}

static void test_once(void) {
    Py2cThread t[3];
    for (int i = 0; i < 3; i++) t[i] = spawn(once_worker, NULL);
    for (int i = 0; i < 3; i++) join(&t[i]);
    RT_CHECK(once_runs == 1);
}

/* ---- deadlock: reported, exit status 1 ---- */

static Py2cMutex dl_mu;
static void dl_worker(void *arg) {
    (void)arg;
    py2c_mutex_lock(&dl_mu); /* held by main, which joins this fiber */
}

static int run_deadlock(void) {
    (void)py2c_mutex_init(&dl_mu);
    py2c_mutex_lock(&dl_mu);
    Py2cThread t = spawn(dl_worker, NULL);
    join(&t);
    puts("not reached");
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "deadlock") == 0) return run_deadlock();
    test_pingpong();
    test_mutex();
    test_semaphore();
    test_timed_wait();
    test_sleep_order();
    test_channel();
    test_tls();
    test_threads();
    test_safepoint();
    test_once();
    RT_DONE("test_fiber");
}
