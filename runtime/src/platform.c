/* The parts of the platform layer (platform.h) that every backend shares,
 * built on its primitives: deadlines, semaphores and one-time init. */
#include "platform.h"

int64_t py2c_deadline_after(int64_t timeout_ns) {
    if (timeout_ns <= 0) return py2c_monotonic_ns();
    int64_t now = py2c_monotonic_ns();
    return timeout_ns >= PY2C_DEADLINE_NEVER - now ? PY2C_DEADLINE_NEVER : now + timeout_ns;
}

int64_t py2c_deadline_remaining(int64_t deadline) {
    if (deadline == PY2C_DEADLINE_NEVER) return INT64_MAX;
    if (deadline <= PY2C_DEADLINE_NOW) return 0; /* no clock read for try-operations */
    int64_t now = py2c_monotonic_ns();
    return deadline > now ? deadline - now : 0;
}

/* ---- semaphores ---- */

int py2c_sem_init(Py2cSem *s, int64_t value) {
    int err = py2c_mutex_init(&s->mu);
    if (err) return err;
    err = py2c_cond_init(&s->cv);
    if (err) {
        py2c_mutex_destroy(&s->mu);
        return err;
    }
    s->value = value;
    s->waiters = 0;
    return 0;
}

void py2c_sem_destroy(Py2cSem *s) {
    py2c_cond_destroy(&s->cv);
    py2c_mutex_destroy(&s->mu);
}

int py2c_sem_post(Py2cSem *s, int64_t n, int64_t limit) {
    py2c_mutex_lock(&s->mu);
    if (limit >= 0 && s->value > limit - n) {
        py2c_mutex_unlock(&s->mu);
        return -1;
    }
    s->value += n;
    /* Signal only when someone waits: posts on an uncontended Lock stay a
     * lock/unlock pair. */
    if (s->waiters > 0) {
        if (n == 1)
            py2c_cond_signal(&s->cv);
        else
            py2c_cond_broadcast(&s->cv);
    }
    py2c_mutex_unlock(&s->mu);
    return 0;
}

int py2c_sem_wait_until(Py2cSem *s, int64_t deadline) {
    py2c_mutex_lock(&s->mu);
    s->waiters++;
    while (s->value == 0) {
        /* The predicate is tested again after a timeout: a post that raced
         * with the deadline still counts. */
        if (py2c_cond_wait_until(&s->cv, &s->mu, deadline) == PY2C_WAIT_TIMEOUT && s->value == 0) {
            s->waiters--;
            py2c_mutex_unlock(&s->mu);
            return PY2C_WAIT_TIMEOUT;
        }
    }
    s->value--;
    s->waiters--;
    py2c_mutex_unlock(&s->mu);
    return PY2C_WAIT_OK;
}

int64_t py2c_sem_value(Py2cSem *s) {
    py2c_mutex_lock(&s->mu);
    int64_t v = s->value;
    py2c_mutex_unlock(&s->mu);
    return v;
}

/* ---- one-time init ---- */

/* Not uv_once: its guard needs a backend initialiser (PTHREAD_ONCE_INIT is
 * not all-zero everywhere), and this one works unchanged on fibers. Waiters
 * yield rather than block: init functions are short. */
void py2c_once(Py2cOnce *once, void (*fn)(void)) {
    if (atomic_load_explicit(&once->state, memory_order_acquire) == 2) return;
    int expected = 0;
    if (atomic_compare_exchange_strong_explicit(&once->state, &expected, 1, memory_order_acq_rel,
                                                memory_order_acquire)) {
        fn();
        atomic_store_explicit(&once->state, 2, memory_order_release);
        return;
    }
    while (atomic_load_explicit(&once->state, memory_order_acquire) != 2) py2c_thread_yield();
}
