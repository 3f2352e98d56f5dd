/* Channels (runtime/src/channel.h): FIFO/LIFO/priority order, bounds,
 * timeouts, task_done/join, close, reference counts, and 4 producers x 4
 * consumers with nothing lost or duplicated. Worker threads never call
 * RT_CHECK (its counters are not atomic); they leave results for main.
 * Meant to be run under ThreadSanitizer, ASan and valgrind too. */
#include <stdatomic.h>
#include <stdlib.h>

#include "channel.h"
#include "internal.h"
#include "rt_test.h"

#define MS INT64_C(1000000)

static Py2cThread spawn(Py2cThreadFn fn, void *arg) {
    Py2cThread t;
    if (py2c_thread_create(&t, fn, arg, 0) != 0) {
        fprintf(stderr, "cannot start a thread\n");
        exit(2);
    }
    return t;
}

static int64_t ival(Py2cValue v) { return py2c_small_int_value(v); }

/* Takes everything left without blocking, as ints, into out (at most max). */
static int drain(Py2cChannel *ch, int64_t *out, int max) {
    int n = 0;
    Py2cValue v;
    while (n < max && py2c_channel_get_nowait(ch, &v) == PY2C_CHANNEL_OK) out[n++] = ival(v);
    return n;
}

/* a < b on small ints; records "a<b " into cmp_log (for heapq's order). A
 * value of 13 on either side raises ValueError, as a failing __lt__. */
static char cmp_log[2048];
static int int_less(Py2cValue a, Py2cValue b, void *ctx) {
    (void)ctx;
    size_t len = strlen(cmp_log);
    snprintf(cmp_log + len, sizeof cmp_log - len, "%lld<%lld ", (long long)ival(a), (long long)ival(b));
    if (ival(a) == 13 || ival(b) == 13) {
        (void)py2c_error_format(&py2c_exc_ValueError, "bad");
        return -1;
    }
    return ival(a) < ival(b);
}

static int quiet_less(Py2cValue a, Py2cValue b, void *ctx) {
    (void)ctx;
    return ival(a) < ival(b);
}

/* ---- single-threaded behaviour ---- */

static void test_fifo_lifo(void) {
    Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_FIFO, 3, NULL, NULL);
    RT_CHECK(q != NULL);
    RT_CHECK(py2c_channel_empty(q) && !py2c_channel_full(q) && py2c_channel_maxsize(q) == 3);
    for (int i = 1; i <= 3; i++) RT_CHECK(py2c_channel_put_nowait(q, py2c_int(i)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_full(q) && py2c_channel_size(q) == 3);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(4)) == PY2C_CHANNEL_FULL);
    Py2cValue v = py2c_int(99);
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == 1);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(4)) == PY2C_CHANNEL_OK); /* wraps around the ring */
    int64_t got[8];
    RT_CHECK(drain(q, got, 8) == 3 && got[0] == 2 && got[1] == 3 && got[2] == 4);
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_EMPTY && PY2C_IS_NULL(v));
    RT_CHECK(py2c_channel_unfinished(q) == 4);
    py2c_channel_delete(q);

    /* unbounded: growth while the ring's head is not at 0 keeps the order */
    q = py2c_channel_new(PY2C_CHANNEL_FIFO, 0, NULL, NULL);
    int64_t next_in = 0, next_out = 0, in_order = 1;
    for (int round = 0; round < 200; round++) {
        for (int i = 0; i < 37; i++) in_order &= py2c_channel_put_nowait(q, py2c_int(next_in++)) == PY2C_CHANNEL_OK;
        for (int i = 0; i < 23; i++)
            in_order &= py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == next_out++;
    }
    RT_CHECK(in_order);
    RT_CHECK(py2c_channel_size(q) == next_in - next_out && !py2c_channel_full(q));
    while (py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK) in_order &= ival(v) == next_out++;
    RT_CHECK(in_order && next_out == next_in);
    py2c_channel_delete(q);

    q = py2c_channel_new(PY2C_CHANNEL_LIFO, -1, NULL, NULL); /* negative: unbounded, as Queue(-1) */
    RT_CHECK(py2c_channel_maxsize(q) == -1);
    for (int i = 0; i < 5; i++) RT_CHECK(py2c_channel_put(q, py2c_int(i), PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == 4);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(7)) == PY2C_CHANNEL_OK);
    RT_CHECK(drain(q, got, 8) == 5 && got[0] == 7 && got[1] == 3 && got[2] == 2 && got[3] == 1 && got[4] == 0);
    RT_CHECK(!py2c_channel_full(q));
    py2c_channel_delete(q);
}

/* The comparisons are heapq's, operand for operand. Expected from python3:
 *   log = []
 *   class X:
 *       def __init__(s, v): s.v = v
 *       def __lt__(s, o): log.append('%d<%d' % (s.v, o.v)); return s.v < o.v
 *   q = queue.PriorityQueue()
 *   for v in [5, 3, 8, 1, 9, 2, 7, 5, 0, 4]: q.put(X(v))
 *   print(' '.join(log)); log.clear()
 *   print([q.get().v for _ in range(10)]); print(' '.join(log)) */
static void test_priority(void) {
    Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_PRIORITY, 0, int_less, NULL);
    static const int in[] = {5, 3, 8, 1, 9, 2, 7, 5, 0, 4};
    cmp_log[0] = 0;
    for (int i = 0; i < 10; i++) RT_CHECK(py2c_channel_put_nowait(q, py2c_int(in[i])) == PY2C_CHANNEL_OK);
    RT_CHECK_STR(cmp_log, "3<5 8<3 1<5 1<3 9<3 2<8 2<1 7<2 5<5 0<5 0<3 0<1 4<9 4<1 ");
    cmp_log[0] = 0;
    int64_t got[10];
    RT_CHECK(drain(q, got, 10) == 10);
    char order[64] = "", *p = order;
    for (int i = 0; i < 10; i++) p += sprintf(p, "%lld ", (long long)got[i]);
    RT_CHECK_STR(order, "0 1 2 3 4 5 5 7 8 9 ");
    RT_CHECK_STR(cmp_log, "1<2 3<4 5<5 9<5 3<2 8<7 9<7 3<7 5<4 5<4 4<7 5<5 9<5 5<7 5<9 8<5 5<7 9<8 8<7 9<7 9<8 ");

    for (int i = 0; i < 10; i++) RT_CHECK(py2c_channel_task_done(q) == 0);
    RT_CHECK(py2c_channel_unfinished(q) == 0);

    /* Failing comparisons, as CPython (X.__lt__ raising ValueError when either
     * side is 13): after put(1), put(2), put(13) raising, qsize() == 3 and
     * unfinished_tasks == 2; then get() raises (the sift of 13 compares it)
     * and the 1 it was about to return is lost: qsize() == 2, heap [2, 13]. */
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(1)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(2)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(13)) == PY2C_CHANNEL_ERROR);
    RT_CHECK(py2c_error_matches(&py2c_exc_ValueError));
    py2c_error_clear();
    RT_CHECK(py2c_channel_size(q) == 3 && py2c_channel_unfinished(q) == 2);
    Py2cValue v;
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_ERROR && PY2C_IS_NULL(v));
    RT_CHECK(py2c_error_matches(&py2c_exc_ValueError));
    py2c_error_clear();
    RT_CHECK(py2c_channel_size(q) == 2);
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == 2);
    RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == 13);
    py2c_channel_delete(q);
}

/* __lt__ that uses its own queue: qsize works, put raises RuntimeError. */
static Py2cChannel *reentrant_q;
static int reentry_rc = 99, reentry_size = -1;
static int reentrant_less(Py2cValue a, Py2cValue b, void *ctx) {
    (void)ctx;
    reentry_size = (int)py2c_channel_size(reentrant_q);
    reentry_rc = py2c_channel_put_nowait(reentrant_q, py2c_int(0));
    if (reentry_rc == PY2C_CHANNEL_ERROR) return -1;
    return ival(a) < ival(b);
}

static void test_priority_reentry(void) {
    reentrant_q = py2c_channel_new(PY2C_CHANNEL_PRIORITY, 0, reentrant_less, NULL);
    RT_CHECK(py2c_channel_put_nowait(reentrant_q, py2c_int(2)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_put_nowait(reentrant_q, py2c_int(1)) == PY2C_CHANNEL_ERROR);
    RT_CHECK(reentry_rc == PY2C_CHANNEL_ERROR && reentry_size == 1);
    RT_CHECK(py2c_error_matches(&py2c_exc_RuntimeError));
    py2c_error_clear();
    RT_CHECK(py2c_channel_size(reentrant_q) == 2);
    py2c_channel_delete(reentrant_q);
}

/* The channel owns what it holds: put adds a reference, get hands it over,
 * delete releases the rest (LeakSanitizer/valgrind check the last part). */
static void test_refcounts(void) {
    Py2cValue s = py2c_str_from_cstr("a string that is surely not interned");
    RT_CHECK(!PY2C_IS_NULL(s));
    int64_t base = py2c_obj_ptr(s)->refcount;
    Py2cChannelKind kinds[] = {PY2C_CHANNEL_FIFO, PY2C_CHANNEL_LIFO, PY2C_CHANNEL_PRIORITY};
    for (int k = 0; k < 3; k++) {
        Py2cChannel *q = py2c_channel_new(kinds[k], 2, quiet_less, NULL);
        RT_CHECK(py2c_channel_put_nowait(q, s) == PY2C_CHANNEL_OK);
        RT_CHECK(py2c_channel_put_nowait(q, s) == PY2C_CHANNEL_OK);
        RT_CHECK(py2c_channel_put_nowait(q, s) == PY2C_CHANNEL_FULL);
        RT_CHECK(py2c_obj_ptr(s)->refcount == base + 2);
        Py2cValue v;
        RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && v.bits == s.bits);
        RT_CHECK(py2c_obj_ptr(s)->refcount == base + 2);
        py2c_decref(v);
        /* a str for the channel alone: delete must free it */
        Py2cValue own = py2c_str_from_cstr("owned by the channel only");
        RT_CHECK(py2c_channel_put_nowait(q, own) == PY2C_CHANNEL_OK);
        py2c_decref(own);
        py2c_channel_delete(q);
        RT_CHECK(py2c_obj_ptr(s)->refcount == base);
    }
    py2c_decref(s);
}

/* ---- timeouts and blocking ---- */

static void test_timeouts(void) {
    Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_FIFO, 1, NULL, NULL);
    Py2cValue v;
    int64_t t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_channel_get(q, &v, py2c_deadline_after(50 * MS)) == PY2C_CHANNEL_EMPTY);
    int64_t t1 = py2c_monotonic_ns();
    RT_CHECK(t1 - t0 >= 50 * MS && t1 - t0 < 2000 * MS);
    RT_CHECK(py2c_channel_put(q, py2c_int(1), py2c_deadline_after(50 * MS)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_put(q, py2c_int(2), py2c_deadline_after(30 * MS)) == PY2C_CHANNEL_FULL);
    int64_t t2 = py2c_monotonic_ns();
    RT_CHECK(t2 - t1 >= 30 * MS && t2 - t1 < 2000 * MS);
    /* block=True, timeout=0 behaves as nowait (CPython) */
    RT_CHECK(py2c_channel_put(q, py2c_int(2), py2c_deadline_after(0)) == PY2C_CHANNEL_FULL);
    RT_CHECK(py2c_channel_get(q, &v, py2c_deadline_after(0)) == PY2C_CHANNEL_OK && ival(v) == 1);
    RT_CHECK(py2c_monotonic_ns() - t2 < 100 * MS);
    py2c_channel_delete(q);

    q = py2c_channel_new(PY2C_CHANNEL_PRIORITY, 1, quiet_less, NULL);
    t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_channel_get(q, &v, py2c_deadline_after(20 * MS)) == PY2C_CHANNEL_EMPTY);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(1)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_put(q, py2c_int(2), py2c_deadline_after(20 * MS)) == PY2C_CHANNEL_FULL);
    RT_CHECK(py2c_monotonic_ns() - t0 >= 40 * MS);
    py2c_channel_delete(q);
}

/* A getter blocked without limit is woken by a later put from another thread;
 * a putter blocked on a full channel by a get. */
typedef struct {
    Py2cChannel *q;
    int64_t delay_ns;
    int64_t value;
    int rc;
} Helper;

static void put_later(void *arg) {
    Helper *h = arg;
    py2c_sleep_ns(h->delay_ns);
    h->rc = py2c_channel_put(h->q, py2c_int(h->value), PY2C_DEADLINE_NEVER);
}

static void get_later(void *arg) {
    Helper *h = arg;
    py2c_sleep_ns(h->delay_ns);
    Py2cValue v;
    h->rc = py2c_channel_get(h->q, &v, PY2C_DEADLINE_NEVER);
    h->value = h->rc == PY2C_CHANNEL_OK ? ival(v) : -1;
}

static void close_later(void *arg) {
    Helper *h = arg;
    py2c_sleep_ns(h->delay_ns);
    py2c_channel_close(h->q);
}

static void test_blocking(void) {
    Py2cChannelKind kinds[] = {PY2C_CHANNEL_FIFO, PY2C_CHANNEL_LIFO, PY2C_CHANNEL_PRIORITY};
    for (int k = 0; k < 3; k++) {
        Py2cChannel *q = py2c_channel_new(kinds[k], 1, quiet_less, NULL);
        Helper h = {q, 20 * MS, 7, 99};
        Py2cThread t = spawn(put_later, &h);
        Py2cValue v;
        RT_CHECK(py2c_channel_get(q, &v, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK && ival(v) == 7);
        RT_CHECK(py2c_thread_join(&t) == 0 && h.rc == PY2C_CHANNEL_OK);

        RT_CHECK(py2c_channel_put_nowait(q, py2c_int(1)) == PY2C_CHANNEL_OK);
        Helper g = {q, 20 * MS, 0, 99};
        t = spawn(get_later, &g);
        RT_CHECK(py2c_channel_put(q, py2c_int(2), py2c_deadline_after(10000 * MS)) == PY2C_CHANNEL_OK);
        RT_CHECK(py2c_thread_join(&t) == 0 && g.rc == PY2C_CHANNEL_OK && g.value == 1);
        RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK && ival(v) == 2);
        py2c_channel_delete(q);
    }
}

/* ---- task_done / join ---- */

static void consume_and_finish(void *arg) {
    Py2cChannel *q = arg;
    Py2cValue v;
    while (py2c_channel_get(q, &v, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK) {
        int is_sentinel = py2c_is_none(v);
        py2c_sleep_ns(100000);
        if (py2c_channel_task_done(q) != 0) return;
        if (is_sentinel) return;
    }
}

static void test_task_done_join(void) {
    Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_FIFO, 0, NULL, NULL);
    RT_CHECK(py2c_channel_join(q, PY2C_DEADLINE_NOW) == PY2C_CHANNEL_OK); /* nothing put yet */
    RT_CHECK(py2c_channel_task_done(q) == -1);
    RT_CHECK(py2c_error_matches(&py2c_exc_ValueError));
    py2c_error_clear();
    for (int i = 0; i < 50; i++) RT_CHECK(py2c_channel_put_nowait(q, py2c_int(i)) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_join(q, PY2C_DEADLINE_NOW) == PY2C_CHANNEL_TIMEOUT);
    int64_t t0 = py2c_monotonic_ns();
    RT_CHECK(py2c_channel_join(q, py2c_deadline_after(20 * MS)) == PY2C_CHANNEL_TIMEOUT);
    RT_CHECK(py2c_monotonic_ns() - t0 >= 20 * MS);
    Py2cThread t[2];
    for (int i = 0; i < 2; i++) t[i] = spawn(consume_and_finish, q);
    RT_CHECK(py2c_channel_join(q, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_unfinished(q) == 0 && py2c_channel_empty(q));
    for (int i = 0; i < 2; i++) RT_CHECK(py2c_channel_put_nowait(q, PY2C_NONE) == PY2C_CHANNEL_OK);
    RT_CHECK(py2c_channel_join(q, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK);
    for (int i = 0; i < 2; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0);
    RT_CHECK(py2c_channel_task_done(q) == -1);
    RT_CHECK(py2c_error_matches(&py2c_exc_ValueError));
    py2c_error_clear();
    py2c_channel_delete(q);
}

/* ---- close ---- */

static void test_close(void) {
    Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_FIFO, 2, NULL, NULL);
    /* getters blocked without limit are released by close */
    Helper g[3];
    Py2cThread t[3];
    for (int i = 0; i < 3; i++) {
        g[i] = (Helper){q, 0, 0, 99};
        t[i] = spawn(get_later, &g[i]);
    }
    Helper c = {q, 30 * MS, 0, 0};
    Py2cThread ct = spawn(close_later, &c);
    for (int i = 0; i < 3; i++) RT_CHECK(py2c_thread_join(&t[i]) == 0 && g[i].rc == PY2C_CHANNEL_CLOSED);
    RT_CHECK(py2c_thread_join(&ct) == 0);
    RT_CHECK(py2c_channel_is_closed(q));
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(1)) == PY2C_CHANNEL_CLOSED);
    py2c_channel_delete(q);

    /* a closed channel still hands out what it holds; a blocked putter is released */
    Py2cChannelKind kinds[] = {PY2C_CHANNEL_LIFO, PY2C_CHANNEL_FIFO};
    for (int k = 0; k < 2; k++) {
        q = py2c_channel_new(kinds[k], 1, NULL, NULL);
        RT_CHECK(py2c_channel_put_nowait(q, py2c_int(5)) == PY2C_CHANNEL_OK);
        Helper p = {q, 0, 6, 99};
        Py2cThread pt = spawn(put_later, &p);
        c = (Helper){q, 30 * MS, 0, 0};
        ct = spawn(close_later, &c);
        RT_CHECK(py2c_thread_join(&pt) == 0 && p.rc == PY2C_CHANNEL_CLOSED);
        RT_CHECK(py2c_thread_join(&ct) == 0);
        Py2cValue v;
        RT_CHECK(py2c_channel_size(q) == 1 && py2c_channel_unfinished(q) == 1);
        RT_CHECK(py2c_channel_get(q, &v, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK && ival(v) == 5);
        RT_CHECK(py2c_channel_get(q, &v, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_CLOSED);
        RT_CHECK(py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_CLOSED);
        py2c_channel_close(q); /* idempotent */
        py2c_channel_delete(q);
    }

    /* an unbounded FIFO closed after it has grown: what it held comes out in order */
    q = py2c_channel_new(PY2C_CHANNEL_FIFO, 0, NULL, NULL);
    for (int i = 0; i < 1000; i++) RT_CHECK(py2c_channel_put_nowait(q, py2c_int(i)) == PY2C_CHANNEL_OK);
    py2c_channel_close(q);
    RT_CHECK(py2c_channel_put_nowait(q, py2c_int(1000)) == PY2C_CHANNEL_CLOSED);
    RT_CHECK(py2c_channel_size(q) == 1000 && py2c_channel_unfinished(q) == 1000);
    int64_t in_order = 0;
    Py2cValue v;
    while (py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_OK) in_order += ival(v) == in_order;
    RT_CHECK(in_order == 1000 && py2c_channel_get_nowait(q, &v) == PY2C_CHANNEL_CLOSED);
    py2c_channel_delete(q);
}

/* close while 4 producers put as fast as they can and 4 consumers get: every
 * put that returned OK is got exactly once (counts and sums agree), none
 * after, and everyone ends with CLOSED. Unbounded (rings keep being linked),
 * small, and larger than one ring (free places counted apart). */
typedef struct {
    Py2cChannel *q;
    int id;
    int64_t count, sum;
    int rc;
} Racer;

static void race_put(void *arg) {
    Racer *r = arg;
    for (int64_t i = 0;; i++) {
        int64_t x = i * 4 + r->id;
        r->rc = py2c_channel_put(r->q, py2c_int(x), PY2C_DEADLINE_NEVER);
        if (r->rc != PY2C_CHANNEL_OK) return;
        r->count++;
        r->sum += x;
    }
}

static void race_get(void *arg) {
    Racer *r = arg;
    for (;;) {
        Py2cValue v;
        r->rc = py2c_channel_get(r->q, &v, PY2C_DEADLINE_NEVER);
        if (r->rc != PY2C_CHANNEL_OK) return;
        r->count++;
        r->sum += ival(v);
    }
}

static void test_close_race(void) {
    static const int64_t sizes[] = {0, 0, 7, 20000};
    for (int k = 0; k < 4; k++) {
        Py2cChannel *q = py2c_channel_new(PY2C_CHANNEL_FIFO, sizes[k], NULL, NULL);
        Racer p[4], g[4];
        Py2cThread pt[4], gt[4];
        for (int i = 0; i < 4; i++) {
            p[i] = (Racer){q, i, 0, 0, 99};
            g[i] = (Racer){q, i, 0, 0, 99};
            gt[i] = spawn(race_get, &g[i]);
            pt[i] = spawn(race_put, &p[i]);
        }
        /* close only once something was put: on a loaded machine the
         * producers may not have run at all after a fixed sleep */
        while (py2c_channel_unfinished(q) == 0) py2c_sleep_ns(MS);
        py2c_sleep_ns((k == 0 ? 1 : 20) * MS);
        py2c_channel_close(q);
        int64_t put_n = 0, put_sum = 0, got_n = 0, got_sum = 0;
        int ends = 1;
        for (int i = 0; i < 4; i++) {
            RT_CHECK(py2c_thread_join(&pt[i]) == 0 && py2c_thread_join(&gt[i]) == 0);
            put_n += p[i].count;
            put_sum += p[i].sum;
            got_n += g[i].count;
            got_sum += g[i].sum;
            ends &= p[i].rc == PY2C_CHANNEL_CLOSED && g[i].rc == PY2C_CHANNEL_CLOSED;
        }
        if (put_n == 0 || put_n != got_n || put_sum != got_sum || !ends)
            fprintf(stderr, "close race %d: %lld put, %lld got, ends %d (%d %d %d %d / %d %d %d %d)\n", k,
                    (long long)put_n, (long long)got_n, ends, p[0].rc, p[1].rc, p[2].rc, p[3].rc, g[0].rc, g[1].rc,
                    g[2].rc, g[3].rc);
        RT_CHECK(put_n > 0 && put_n == got_n && put_sum == got_sum && ends);
        RT_CHECK(py2c_channel_empty(q) && py2c_channel_unfinished(q) == put_n);
        py2c_channel_delete(q);
    }
}

/* ---- 4 producers x 4 consumers ---- */

#define PRODUCERS 4
#define CONSUMERS 4
static int64_t per_producer = 250000; /* 1,000,000 items; fewer under sanitizers (argv[1]) */
static atomic_uchar *seen;             /* one flag per item value */
static atomic_long duplicates;

typedef struct {
    Py2cChannel *q;
    int id;
    int64_t count, sum;
    int ordered; /* FIFO: each producer's items arrive in increasing order */
    int rc;
} Party;

static void produce(void *arg) {
    Party *p = arg;
    for (int64_t i = 0; i < per_producer; i++) {
        int rc = py2c_channel_put(p->q, py2c_int(p->id * per_producer + i), PY2C_DEADLINE_NEVER);
        if (rc != PY2C_CHANNEL_OK) {
            p->rc = rc;
            return;
        }
    }
}

static void consume(void *arg) {
    Party *c = arg;
    int64_t last[PRODUCERS];
    for (int i = 0; i < PRODUCERS; i++) last[i] = -1;
    for (;;) {
        Py2cValue v;
        int rc = py2c_channel_get(c->q, &v, PY2C_DEADLINE_NEVER);
        if (rc != PY2C_CHANNEL_OK) {
            c->rc = rc;
            return;
        }
        if (py2c_is_none(v)) return; /* the sentinel */
        int64_t x = ival(v);
        c->count++;
        c->sum += x;
        if (x < 0 || x >= PRODUCERS * per_producer || atomic_exchange(&seen[x], 1)) atomic_fetch_add(&duplicates, 1);
        int from = (int)(x / per_producer);
        if (from >= 0 && from < PRODUCERS) {
            if (x <= last[from]) c->ordered = 0;
            last[from] = x;
        }
    }
}

static void stress(Py2cChannelKind kind, int64_t maxsize, const char *name) {
    Py2cChannel *q = py2c_channel_new(kind, maxsize, quiet_less, NULL);
    int64_t total = PRODUCERS * per_producer;
    seen = calloc((size_t)total, sizeof *seen);
    atomic_store(&duplicates, 0);
    Party prod[PRODUCERS], cons[CONSUMERS];
    Py2cThread pt[PRODUCERS], ct[CONSUMERS];
    for (int i = 0; i < CONSUMERS; i++) {
        cons[i] = (Party){q, i, 0, 0, 1, PY2C_CHANNEL_OK};
        ct[i] = spawn(consume, &cons[i]);
    }
    for (int i = 0; i < PRODUCERS; i++) {
        prod[i] = (Party){q, i, 0, 0, 1, PY2C_CHANNEL_OK};
        pt[i] = spawn(produce, &prod[i]);
    }
    for (int i = 0; i < PRODUCERS; i++) RT_CHECK(py2c_thread_join(&pt[i]) == 0 && prod[i].rc == PY2C_CHANNEL_OK);
    /* Sentinels: FIFO delivers them after every item; LIFO and priority may
     * not (None would not even compare), so those end with close instead. */
    if (kind == PY2C_CHANNEL_FIFO)
        for (int i = 0; i < CONSUMERS; i++)
            RT_CHECK(py2c_channel_put(q, PY2C_NONE, PY2C_DEADLINE_NEVER) == PY2C_CHANNEL_OK);
    else
        py2c_channel_close(q);
    int64_t count = 0, sum = 0;
    int ordered = 1, ends_ok = 1;
    for (int i = 0; i < CONSUMERS; i++) {
        RT_CHECK(py2c_thread_join(&ct[i]) == 0);
        count += cons[i].count;
        sum += cons[i].sum;
        ordered &= cons[i].ordered;
        ends_ok &= cons[i].rc == (kind == PY2C_CHANNEL_FIFO ? PY2C_CHANNEL_OK : PY2C_CHANNEL_CLOSED);
    }
    int64_t missing = 0;
    for (int64_t i = 0; i < total; i++) missing += !atomic_load(&seen[i]);
    if (count != total || missing || atomic_load(&duplicates))
        fprintf(stderr, "%s: %lld of %lld items, %lld missing, %ld duplicated\n", name, (long long)count,
                (long long)total, (long long)missing, atomic_load(&duplicates));
    RT_CHECK(count == total);
    RT_CHECK(sum == total * (total - 1) / 2);
    RT_CHECK(missing == 0 && atomic_load(&duplicates) == 0);
    RT_CHECK(ends_ok);
    if (kind == PY2C_CHANNEL_FIFO) RT_CHECK(ordered);
    RT_CHECK(py2c_channel_empty(q) && py2c_channel_unfinished(q) == total + (kind == PY2C_CHANNEL_FIFO ? CONSUMERS : 0));
    free(seen);
    py2c_channel_delete(q);
}

int main(int argc, char **argv) {
    if (argc > 1) per_producer = atoll(argv[1]);
    test_fifo_lifo();
    test_priority();
    test_priority_reentry();
    test_refcounts();
    test_timeouts();
    test_blocking();
    test_task_done_join();
    test_close();
    test_close_race();
    int64_t t0 = py2c_monotonic_ns();
    stress(PY2C_CHANNEL_FIFO, 64, "fifo 4x4");
    int64_t t1 = py2c_monotonic_ns();
    if (getenv("PY2C_TEST_VERBOSE"))
        fprintf(stderr, "fifo 4x4: %lld items in %.3f s\n", (long long)(PRODUCERS * per_producer), (t1 - t0) / 1e9);
    per_producer /= 10; /* the others are slower (LIFO contention, heap) and need less */
    stress(PY2C_CHANNEL_FIFO, 0, "unbounded fifo 4x4");
    stress(PY2C_CHANNEL_FIFO, 1, "fifo maxsize 1 4x4");
    stress(PY2C_CHANNEL_FIFO, 20000, "fifo maxsize 20000 4x4"); /* larger than one ring */
    stress(PY2C_CHANNEL_LIFO, 16, "lifo 4x4");
    stress(PY2C_CHANNEL_PRIORITY, 16, "priority 4x4");
    stress(PY2C_CHANNEL_PRIORITY, 0, "unbounded priority 4x4");
    RT_DONE("channel");
}
