/* threading's synchronisation primitives, as CPython 3.11: Lock and RLock
 * (_thread.lock / _thread.RLock), Condition, Semaphore, BoundedSemaphore,
 * Event, Barrier (+ BrokenBarrierError). All are static types built on the
 * platform layer: Lock on a semaphore (released by any thread, timed
 * acquire), the others on a mutex + condition variable. Blocking waits hold
 * no runtime lock, so other threads run meanwhile.
 *
 * Unlike CPython, Condition, Semaphore, Event and Barrier cannot be
 * subclassed (they are C types here, Python classes there). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "mod_threading_internal.h"
#include "modsupport.h"
#include "platform.h"

#define TIMEOUT_MAX 9223372036.0

PY2C__STR_CONST(s_acquire, "acquire");
PY2C__STR_CONST(s_release, "release");
PY2C__STR_CONST(s_enter, "__enter__");
PY2C__STR_CONST(s_exit, "__exit__");

static Py2cValue broken_barrier_error; /* the class, while sync_made */
static int sync_made;

/* A str from printf-style fmt and the arguments after p (p, the object, only
 * documents whose repr it is). */
static Py2cValue text_at(const char *fmt, const void *p, ...) {
    (void)p;
    char buf[256];
    va_list ap;
    va_start(ap, p);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof buf) n = (int)sizeof buf - 1;
    return py2c_str_from_utf8(buf, n);
}

/* A timeout of Lock.acquire/RLock.acquire (blocking, timeout=-1) -> deadline. */
static int lock_deadline(Py2cValue blocking_v, Py2cValue timeout_v, int64_t *deadline) {
    int blocking = 1;
    if (!PY2C_IS_NULL(blocking_v) && (blocking = py2c_is_true(blocking_v)) < 0) return -1;
    double t = -1;
    if (!PY2C_IS_NULL(timeout_v) && py2c__thr_seconds(timeout_v, &t) < 0) return -1;
    if (!blocking && t != -1) {
        (void)py2c_error_format(&py2c_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1) {
        (void)py2c_error_format(&py2c_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (t > TIMEOUT_MAX) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    if (!blocking) *deadline = PY2C_DEADLINE_NOW;
    else if (t == -1) *deadline = PY2C_DEADLINE_NEVER;
    else *deadline = py2c_deadline_after((int64_t)(t * 1e9));
    return 0;
}

static const char *const acquire_names[] = {"blocking", "timeout"};
static const Py2cArgSpec acquire_spec = {"acquire", acquire_names, 0, 0, 2, 2};

static int no_args(const char *qual, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw(qual, kwnames) < 0) return -1;
    if (nargs) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", qual, nargs);
        return -1;
    }
    return 0;
}

/* ---- Lock --------------------------------------------------------------------------------- */

typedef struct Lock {
    Py2cObject ob;
    Py2cSem sem; /* 1 unlocked, 0 locked */
} Lock;

static void lock_dealloc(Py2cObject *o) {
    py2c_sem_destroy(&((Lock *)o)->sem);
    free(o);
}

static Lock *lock_of(Py2cValue v) { return (Lock *)py2c_obj_ptr(v); }

static Py2cValue lock_acquire(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[2];
    int64_t deadline;
    if (py2c__args_parse(&acquire_spec, args, nargs, kwnames, a) < 0 || lock_deadline(a[0], a[1], &deadline) < 0)
        return PY2C_NULL;
    return py2c_bool(py2c_sem_wait_until(&lock_of(self)->sem, deadline) == PY2C_WAIT_OK);
}

static int lock_release_impl(Lock *l) {
    if (py2c_sem_post(&l->sem, 1, 1) < 0) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "release unlocked lock");
        return -1;
    }
    return 0;
}

static Py2cValue lock_release(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("release", nargs, kwnames) < 0) return PY2C_NULL;
    return lock_release_impl(lock_of(self)) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue lock_locked(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("locked", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_bool(py2c_sem_value(&lock_of(self)->sem) == 0);
}

static Py2cValue lock_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    (void)nargs;
    if (py2c__args_no_kw("__exit__", kwnames) < 0) return PY2C_NULL;
    return lock_release_impl(lock_of(self)) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue lock_repr(Py2cValue self) {
    Lock *l = lock_of(self);
    return text_at("<%s _thread.lock object at %p>", l, py2c_sem_value(&l->sem) == 0 ? "locked" : "unlocked", (void *)l);
}

static Py2cValue lock_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef lock_methods[] = {
    {"acquire", lock_acquire}, {"acquire_lock", lock_acquire}, {"release", lock_release},
    {"release_lock", lock_release}, {"locked", lock_locked},    {"locked_lock", lock_locked},
    {"__enter__", lock_acquire}, {"__exit__", lock_exit},       {NULL, NULL},
};

static const Py2cType lock_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "lock",
    .module = "_thread",
    .base = &py2c_object_type,
    .basicsize = sizeof(Lock),
    .dealloc = lock_dealloc,
    .new_ = lock_new,
    .repr = lock_repr,
    .hash = py2c_object_hash,
    .methods = lock_methods,
};

static Py2cValue lock_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    (void)args;
    if (no_args("lock", nargs, kwnames) < 0) return PY2C_NULL;
    Lock *l = (Lock *)py2c__object_new(&lock_type, sizeof *l);
    if (!l) return PY2C_NULL;
    if (py2c_sem_init(&l->sem, 1) < 0) {
        free(l);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&l->ob);
}

/* ---- RLock -------------------------------------------------------------------------------- */

typedef struct RLock {
    Py2cObject ob;
    Py2cSem sem;
    _Atomic uint64_t owner; /* ident of the holder, 0 when free */
    int64_t count;          /* recursion depth (written by the holder only) */
} RLock;

static RLock *rlock_of(Py2cValue v) { return (RLock *)py2c_obj_ptr(v); }

static void rlock_dealloc(Py2cObject *o) {
    py2c_sem_destroy(&((RLock *)o)->sem);
    free(o);
}

static int rlock_acquire_impl(RLock *r, int64_t deadline, int64_t count) {
    uint64_t me = py2c__thr_ident();
    if (atomic_load(&r->owner) == me) {
        r->count += count;
        return 1;
    }
    if (py2c_sem_wait_until(&r->sem, deadline) != PY2C_WAIT_OK) return 0;
    atomic_store(&r->owner, me);
    r->count = count;
    return 1;
}

static Py2cValue rlock_acquire(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[2];
    int64_t deadline;
    if (py2c__args_parse(&acquire_spec, args, nargs, kwnames, a) < 0 || lock_deadline(a[0], a[1], &deadline) < 0)
        return PY2C_NULL;
    return py2c_bool(rlock_acquire_impl(rlock_of(self), deadline, 1));
}

static int rlock_release_impl(RLock *r) {
    if (atomic_load(&r->owner) != py2c__thr_ident()) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot release un-acquired lock");
        return -1;
    }
    if (--r->count == 0) {
        atomic_store(&r->owner, 0);
        (void)py2c_sem_post(&r->sem, 1, 1);
    }
    return 0;
}

static Py2cValue rlock_release(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("release", nargs, kwnames) < 0) return PY2C_NULL;
    return rlock_release_impl(rlock_of(self)) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue rlock_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    (void)nargs;
    if (py2c__args_no_kw("__exit__", kwnames) < 0) return PY2C_NULL;
    return rlock_release_impl(rlock_of(self)) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue rlock_is_owned(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("_is_owned", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_bool(atomic_load(&rlock_of(self)->owner) == py2c__thr_ident());
}

static Py2cValue rlock_repr(Py2cValue self) {
    RLock *r = rlock_of(self);
    uint64_t owner = atomic_load(&r->owner);
    int64_t count = owner ? r->count : 0;
    return text_at("<%s _thread.RLock object owner=%llu count=%lld at %p>", r, count ? "locked" : "unlocked",
                   (unsigned long long)owner, (long long)count, (void *)r);
}

static Py2cValue rlock_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire}, {"release", rlock_release},     {"__enter__", rlock_acquire},
    {"__exit__", rlock_exit},   {"_is_owned", rlock_is_owned}, {NULL, NULL},
};

static const Py2cType rlock_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "RLock",
    .module = "_thread",
    .base = &py2c_object_type,
    .basicsize = sizeof(RLock),
    .dealloc = rlock_dealloc,
    .new_ = rlock_new,
    .repr = rlock_repr,
    .hash = py2c_object_hash,
    .methods = rlock_methods,
};

static Py2cValue rlock_make(void) {
    RLock *r = (RLock *)py2c__object_new(&rlock_type, sizeof *r);
    if (!r) return PY2C_NULL;
    atomic_init(&r->owner, 0);
    r->count = 0;
    if (py2c_sem_init(&r->sem, 1) < 0) {
        free(r);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&r->ob);
}

static Py2cValue rlock_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    (void)args;
    if (no_args("RLock", nargs, kwnames) < 0) return PY2C_NULL;
    return rlock_make();
}

/* ---- Condition ---------------------------------------------------------------------------- */

typedef struct Waiter {
    Py2cSem sem;
    struct Waiter *prev, *next;
} Waiter;

typedef struct Cond {
    Py2cObject ob;
    Py2cValue lock;
    Py2cMutex wmu; /* guards the waiter list */
    Waiter head;   /* sentinel of a circular list, oldest first */
    int64_t nwaiters;
} Cond;

static Cond *cond_of(Py2cValue v) { return (Cond *)py2c_obj_ptr(v); }

static void cond_dealloc(Py2cObject *o) {
    Cond *c = (Cond *)o;
    py2c_decref(c->lock);
    py2c_mutex_destroy(&c->wmu);
    free(o);
}

static int is_lock(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &lock_type; }
static int is_rlock(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &rlock_type; }

/* CPython's Condition._is_owned: 1, 0, -1. */
static int cond_owned(Cond *c) {
    if (is_rlock(c->lock)) return atomic_load(&rlock_of(c->lock)->owner) == py2c__thr_ident();
    if (is_lock(c->lock)) {
        Lock *l = lock_of(c->lock);
        if (py2c_sem_wait_until(&l->sem, PY2C_DEADLINE_NOW) == PY2C_WAIT_OK) {
            (void)py2c_sem_post(&l->sem, 1, 1);
            return 0;
        }
        return 1;
    }
    Py2cValue f = PY2C_FALSE;
    Py2cValue r = py2c_call_method(c->lock, PY2C__STR_VAL(s_acquire), &f, 1, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    int got = py2c_is_true(r);
    py2c_decref(r);
    if (got <= 0) return got < 0 ? -1 : 1;
    r = py2c_call_method(c->lock, PY2C__STR_VAL(s_release), NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* _release_save: releases the lock completely; *saved: the RLock's count. */
static int cond_release_save(Cond *c, int64_t *saved) {
    *saved = 0;
    if (is_rlock(c->lock)) {
        RLock *r = rlock_of(c->lock);
        *saved = r->count;
        r->count = 0;
        atomic_store(&r->owner, 0);
        (void)py2c_sem_post(&r->sem, 1, 1);
        return 0;
    }
    if (is_lock(c->lock)) return lock_release_impl(lock_of(c->lock));
    Py2cValue r = py2c_call_method(c->lock, PY2C__STR_VAL(s_release), NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

static int cond_acquire_restore(Cond *c, int64_t saved) {
    if (is_rlock(c->lock)) {
        (void)rlock_acquire_impl(rlock_of(c->lock), PY2C_DEADLINE_NEVER, saved);
        return 0;
    }
    if (is_lock(c->lock)) {
        (void)py2c_sem_wait_until(&lock_of(c->lock)->sem, PY2C_DEADLINE_NEVER);
        return 0;
    }
    Py2cValue r = py2c_call_method(c->lock, PY2C__STR_VAL(s_acquire), NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* Condition.wait until deadline: 1 notified, 0 timed out, -1 error. */
static int cond_wait_impl(Cond *c, int64_t deadline) {
    int owned = cond_owned(c);
    if (owned <= 0) {
        if (owned == 0) (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot wait on un-acquired lock");
        return -1;
    }
    Waiter w;
    if (py2c_sem_init(&w.sem, 0) < 0) {
        (void)py2c_error_nomemory();
        return -1;
    }
    py2c_mutex_lock(&c->wmu);
    w.next = &c->head;
    w.prev = c->head.prev;
    c->head.prev->next = &w;
    c->head.prev = &w;
    c->nwaiters++;
    py2c_mutex_unlock(&c->wmu);
    int64_t saved;
    int got = 0, rc = cond_release_save(c, &saved);
    if (rc == 0) got = py2c_sem_wait_until(&w.sem, deadline) == PY2C_WAIT_OK;
    if (rc == 0 && cond_acquire_restore(c, saved) < 0) rc = -1;
    /* still queued (timed out or failed): leave; else the notifier has
     * posted under wmu, so after this lock it is done with w.sem */
    py2c_mutex_lock(&c->wmu);
    if (w.next) {
        w.prev->next = w.next;
        w.next->prev = w.prev;
        c->nwaiters--;
    }
    py2c_mutex_unlock(&c->wmu);
    py2c_sem_destroy(&w.sem);
    return rc < 0 ? -1 : got;
}

static const char *const wait_names[] = {"timeout"};
static const Py2cArgSpec wait_spec = {"wait", wait_names, 0, 0, 1, 1};

static Py2cValue cond_wait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[1];
    int64_t deadline;
    if (py2c__args_parse(&wait_spec, args, nargs, kwnames, a) < 0 || py2c__thr_deadline(a[0], &deadline) < 0)
        return PY2C_NULL;
    int r = cond_wait_impl(cond_of(self), deadline);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static const char *const wait_for_names[] = {"predicate", "timeout"};
static const Py2cArgSpec wait_for_spec = {"wait_for", wait_for_names, 0, 1, 2, 2};

/* CPython's wait_for: the predicate's last value (not only a bool). */
static Py2cValue cond_wait_for(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[2];
    int64_t deadline;
    if (py2c__args_parse(&wait_for_spec, args, nargs, kwnames, a) < 0 || py2c__thr_deadline(a[1], &deadline) < 0)
        return PY2C_NULL;
    int timed = !(PY2C_IS_NULL(a[1]) || py2c_is_none(a[1]));
    int first = 1;
    for (;;) {
        Py2cValue result = py2c_call(a[0], NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(result)) return result;
        int t = py2c_is_true(result);
        if (t != 0) {
            if (t < 0) PY2C_CLEAR(result);
            return result;
        }
        if (timed && !first && py2c_deadline_remaining(deadline) <= 0) return result;
        py2c_decref(result);
        first = 0;
        if (cond_wait_impl(cond_of(self), deadline) < 0) return PY2C_NULL;
    }
}

static int cond_notify_impl(Cond *c, int64_t n) {
    int owned = cond_owned(c);
    if (owned <= 0) {
        if (owned == 0) (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot notify on un-acquired lock");
        return -1;
    }
    py2c_mutex_lock(&c->wmu);
    while (n-- > 0 && c->head.next != &c->head) {
        Waiter *w = c->head.next;
        c->head.next = w->next;
        w->next->prev = &c->head;
        w->next = w->prev = NULL;
        c->nwaiters--;
        (void)py2c_sem_post(&w->sem, 1, -1);
    }
    py2c_mutex_unlock(&c->wmu);
    return 0;
}

static const char *const notify_names[] = {"n"};
static const Py2cArgSpec notify_spec = {"notify", notify_names, 0, 0, 1, 1};

static Py2cValue cond_notify(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[1];
    int64_t n = 1;
    if (py2c__args_parse(&notify_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[0]) && py2c__as_index(a[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &n) < 0) return PY2C_NULL;
    return cond_notify_impl(cond_of(self), n) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue cond_notify_all(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("notify_all", nargs, kwnames) < 0) return PY2C_NULL;
    return cond_notify_impl(cond_of(self), INT64_MAX) < 0 ? PY2C_NULL : PY2C_NONE;
}

/* acquire/release/__enter__/__exit__: the lock's own methods. */
static Py2cValue cond_forward(Py2cValue self, Py2cValue name, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return py2c_call_method(cond_of(self)->lock, name, args, nargs, kwnames);
}
static Py2cValue cond_acquire(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return cond_forward(self, PY2C__STR_VAL(s_acquire), args, nargs, kwnames);
}
static Py2cValue cond_release(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return cond_forward(self, PY2C__STR_VAL(s_release), args, nargs, kwnames);
}
static Py2cValue cond_enter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return cond_forward(self, PY2C__STR_VAL(s_enter), args, nargs, kwnames);
}
static Py2cValue cond_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return cond_forward(self, PY2C__STR_VAL(s_exit), args, nargs, kwnames);
}

static Py2cValue cond_repr(Py2cValue self) {
    Cond *c = cond_of(self);
    Py2cValue lr = py2c_repr(c->lock);
    if (PY2C_IS_NULL(lr)) return lr;
    py2c_mutex_lock(&c->wmu);
    int64_t n = c->nwaiters;
    py2c_mutex_unlock(&c->wmu);
    Py2cBuf b = {0};
    char num[32];
    snprintf(num, sizeof num, ", %lld)>", (long long)n);
    int rc = py2c__buf_puts(&b, "<Condition(");
    if (rc == 0) rc = py2c__buf_put(&b, py2c__as_str(lr)->data, (size_t)py2c__as_str(lr)->len);
    if (rc == 0) rc = py2c__buf_puts(&b, num);
    py2c_decref(lr);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

static Py2cValue cond_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef cond_methods[] = {
    {"wait", cond_wait},         {"wait_for", cond_wait_for}, {"notify", cond_notify},   {"notify_all", cond_notify_all},
    {"notifyAll", cond_notify_all}, {"acquire", cond_acquire}, {"release", cond_release}, {"__enter__", cond_enter},
    {"__exit__", cond_exit},     {NULL, NULL},
};

static const Py2cType cond_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Condition",
    .module = "threading",
    .base = &py2c_object_type,
    .basicsize = sizeof(Cond),
    .dealloc = cond_dealloc,
    .new_ = cond_new,
    .repr = cond_repr,
    .hash = py2c_object_hash,
    .methods = cond_methods,
};

static const char *const cond_names[] = {"lock"};
static const Py2cArgSpec cond_spec = {"Condition", cond_names, 0, 0, 1, 1};

static Py2cValue cond_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    Py2cValue a[1];
    if (py2c__args_parse(&cond_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue lock = PY2C_IS_NULL(a[0]) || py2c_is_none(a[0]) ? rlock_make() : a[0];
    if (PY2C_IS_NULL(lock)) return lock;
    if (lock.bits == a[0].bits) py2c_incref(lock);
    Cond *c = (Cond *)py2c__object_new(&cond_type, sizeof *c);
    if (!c) {
        py2c_decref(lock);
        return PY2C_NULL;
    }
    c->lock = lock;
    c->head.next = c->head.prev = &c->head;
    c->nwaiters = 0;
    if (py2c_mutex_init(&c->wmu) < 0) {
        py2c_decref(lock);
        free(c);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&c->ob);
}

/* ---- Semaphore, BoundedSemaphore ---------------------------------------------------------- */

typedef struct Sema {
    Py2cObject ob;
    Py2cSem sem;
    int64_t bound; /* the initial value of a BoundedSemaphore; -1 unbounded */
} Sema;

static Sema *sema_of(Py2cValue v) { return (Sema *)py2c_obj_ptr(v); }

static void sema_dealloc(Py2cObject *o) {
    py2c_sem_destroy(&((Sema *)o)->sem);
    free(o);
}

static const char *const sacq_names[] = {"blocking", "timeout"};
static const Py2cArgSpec sacq_spec = {"acquire", sacq_names, 0, 0, 2, 2};

static Py2cValue sema_acquire(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[2];
    if (py2c__args_parse(&sacq_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int blocking = PY2C_IS_NULL(a[0]) ? 1 : py2c_is_true(a[0]);
    if (blocking < 0) return PY2C_NULL;
    int has_timeout = !PY2C_IS_NULL(a[1]) && !py2c_is_none(a[1]);
    if (!blocking && has_timeout)
        return py2c_error_format(&py2c_exc_ValueError, "can't specify timeout for non-blocking acquire");
    int64_t deadline = PY2C_DEADLINE_NOW;
    if (blocking && py2c__thr_deadline(a[1], &deadline) < 0) return PY2C_NULL;
    return py2c_bool(py2c_sem_wait_until(&sema_of(self)->sem, deadline) == PY2C_WAIT_OK);
}

static const char *const srel_names[] = {"n"};
static const Py2cArgSpec srel_spec = {"release", srel_names, 0, 0, 1, 1};

static Py2cValue sema_release(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[1];
    int64_t n = 1;
    if (py2c__args_parse(&srel_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[0]) && py2c__as_index(a[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &n) < 0) return PY2C_NULL;
    if (n < 1) return py2c_error_format(&py2c_exc_ValueError, "n must be one or more");
    Sema *s = sema_of(self);
    if (py2c_sem_post(&s->sem, n, s->bound) < 0)
        return py2c_error_format(&py2c_exc_ValueError, "Semaphore released too many times");
    return PY2C_NONE;
}

static Py2cValue sema_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return sema_release(self, NULL, 0, PY2C_NULL);
}

static Py2cValue sema_value(Py2cValue self) { return py2c_int(py2c_sem_value(&sema_of(self)->sem)); }

static Py2cValue sema_repr(Py2cValue self) {
    Sema *s = sema_of(self);
    long long v = (long long)py2c_sem_value(&s->sem);
    if (s->bound < 0) return text_at("<threading.Semaphore at %p: value=%lld>", s, (void *)s, v);
    return text_at("<threading.BoundedSemaphore at %p: value=%lld/%lld>", s, (void *)s, v, (long long)s->bound);
}

static Py2cValue sema_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef sema_methods[] = {
    {"acquire", sema_acquire}, {"release", sema_release}, {"__enter__", sema_acquire}, {"__exit__", sema_exit},
    {NULL, NULL},
};
static const Py2cGetSetDef sema_getset[] = {{"_value", sema_value, NULL}, {NULL, NULL, NULL}};

static const Py2cType sema_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Semaphore",
    .module = "threading",
    .base = &py2c_object_type,
    .basicsize = sizeof(Sema),
    .dealloc = sema_dealloc,
    .new_ = sema_new,
    .repr = sema_repr,
    .hash = py2c_object_hash,
    .methods = sema_methods,
    .getset = sema_getset,
};

static const Py2cType bsema_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "BoundedSemaphore",
    .module = "threading",
    .base = &sema_type,
    .basicsize = sizeof(Sema),
    .dealloc = sema_dealloc,
    .new_ = sema_new,
    .repr = sema_repr,
    .hash = py2c_object_hash,
};

static const char *const sema_names[] = {"value"};
static const Py2cArgSpec sema_spec = {"Semaphore", sema_names, 0, 0, 1, 1};

static Py2cValue sema_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(type);
    Py2cValue a[1];
    int64_t v = 1;
    if (py2c__args_parse(&sema_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[0]) && py2c__as_index(a[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &v) < 0) return PY2C_NULL;
    if (v < 0) return py2c_error_format(&py2c_exc_ValueError, "semaphore initial value must be >= 0");
    Sema *s = (Sema *)py2c__object_new(t, sizeof *s);
    if (!s) return PY2C_NULL;
    s->bound = t == &bsema_type ? v : -1;
    if (py2c_sem_init(&s->sem, v) < 0) {
        free(s);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&s->ob);
}

/* ---- Event -------------------------------------------------------------------------------- */

typedef struct Event {
    Py2cObject ob;
    Py2cMutex mu;
    Py2cCond cv;
    atomic_int flag;
} Event;

static Event *event_of(Py2cValue v) { return (Event *)py2c_obj_ptr(v); }

static void event_dealloc(Py2cObject *o) {
    Event *e = (Event *)o;
    py2c_cond_destroy(&e->cv);
    py2c_mutex_destroy(&e->mu);
    free(o);
}

static Py2cValue event_is_set(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("is_set", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_bool(atomic_load(&event_of(self)->flag));
}

static void event_put(Event *e, int v) {
    py2c_mutex_lock(&e->mu);
    atomic_store(&e->flag, v);
    if (v) py2c_cond_broadcast(&e->cv);
    py2c_mutex_unlock(&e->mu);
}

static Py2cValue event_set(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("set", nargs, kwnames) < 0) return PY2C_NULL;
    event_put(event_of(self), 1);
    return PY2C_NONE;
}

static Py2cValue event_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("clear", nargs, kwnames) < 0) return PY2C_NULL;
    event_put(event_of(self), 0);
    return PY2C_NONE;
}

static Py2cValue event_wait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue a[1];
    int64_t deadline;
    if (py2c__args_parse(&wait_spec, args, nargs, kwnames, a) < 0 || py2c__thr_deadline(a[0], &deadline) < 0)
        return PY2C_NULL;
    Event *e = event_of(self);
    py2c_mutex_lock(&e->mu);
    while (!atomic_load(&e->flag))
        if (py2c_cond_wait_until(&e->cv, &e->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    int v = atomic_load(&e->flag);
    py2c_mutex_unlock(&e->mu);
    return py2c_bool(v);
}

static Py2cValue event_repr(Py2cValue self) {
    Event *e = event_of(self);
    return text_at("<threading.Event at %p: %s>", e, (void *)e, atomic_load(&e->flag) ? "set" : "unset");
}

static Py2cValue event_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef event_methods[] = {
    {"is_set", event_is_set}, {"isSet", event_is_set}, {"set", event_set}, {"clear", event_clear},
    {"wait", event_wait},     {NULL, NULL},
};

static const Py2cType event_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Event",
    .module = "threading",
    .base = &py2c_object_type,
    .basicsize = sizeof(Event),
    .dealloc = event_dealloc,
    .new_ = event_new,
    .repr = event_repr,
    .hash = py2c_object_hash,
    .methods = event_methods,
};

Py2cValue py2c__thr_event_new(void) {
    Event *e = (Event *)py2c__object_new(&event_type, sizeof *e);
    if (!e) return PY2C_NULL;
    atomic_init(&e->flag, 0);
    if (py2c_mutex_init(&e->mu) < 0 || py2c_cond_init(&e->cv) < 0) {
        free(e);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&e->ob);
}

static Py2cValue event_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    (void)args;
    if (no_args("Event", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__thr_event_new();
}

/* ---- Barrier ------------------------------------------------------------------------------ */

enum { B_FILLING = 0, B_DRAINING = 1, B_RESETTING = -1, B_BROKEN = -2 };

typedef struct Barrier {
    Py2cObject ob;
    Py2cMutex mu;
    Py2cCond cv;
    Py2cValue action; /* or None */
    Py2cValue timeout; /* default timeout, or None */
    int64_t parties;
    atomic_llong count;
    atomic_int state;
} Barrier;

static Barrier *barrier_of(Py2cValue v) { return (Barrier *)py2c_obj_ptr(v); }

static void barrier_dealloc(Py2cObject *o) {
    Barrier *b = (Barrier *)o;
    py2c_decref(b->action);
    py2c_decref(b->timeout);
    py2c_cond_destroy(&b->cv);
    py2c_mutex_destroy(&b->mu);
    free(o);
}

static Py2cValue broken(void) {
    return py2c_error_format((const Py2cType *)py2c_obj_ptr(broken_barrier_error), NULL);
}

static void barrier_break(Barrier *b) {
    atomic_store(&b->state, B_BROKEN);
    py2c_cond_broadcast(&b->cv);
}

/* CPython's Barrier._exit (mu held). */
static void barrier_exit(Barrier *b) {
    if (atomic_load(&b->count) == 0) {
        int s = atomic_load(&b->state);
        if (s == B_RESETTING || s == B_DRAINING) {
            atomic_store(&b->state, B_FILLING);
            py2c_cond_broadcast(&b->cv);
        }
    }
}

static Py2cValue barrier_wait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Barrier *b = barrier_of(self);
    Py2cValue a[1];
    int64_t deadline;
    if (py2c__args_parse(&wait_spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue timeout = PY2C_IS_NULL(a[0]) || py2c_is_none(a[0]) ? b->timeout : a[0];
    if (py2c__thr_deadline(timeout, &deadline) < 0) return PY2C_NULL;
    py2c_mutex_lock(&b->mu);
    /* _enter: wait while the barrier drains or resets */
    while (atomic_load(&b->state) == B_DRAINING || atomic_load(&b->state) == B_RESETTING)
        py2c_cond_wait(&b->cv, &b->mu);
    if (atomic_load(&b->state) < 0) {
        py2c_mutex_unlock(&b->mu);
        return broken();
    }
    int64_t index = atomic_fetch_add(&b->count, 1);
    Py2cValue r = PY2C_NULL;
    if (index + 1 == b->parties) {
        /* _release: the action runs on the last thread to arrive, with the lock held (as CPython) */
        Py2cValue ar = py2c_is_none(b->action) ? PY2C_NONE : py2c_call(b->action, NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(ar)) {
            barrier_break(b);
        } else {
            py2c_decref(ar);
            atomic_store(&b->state, B_DRAINING);
            py2c_cond_broadcast(&b->cv);
            r = py2c_int(index);
        }
    } else {
        /* _wait */
        while (atomic_load(&b->state) == B_FILLING)
            if (py2c_cond_wait_until(&b->cv, &b->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
        if (atomic_load(&b->state) == B_FILLING) barrier_break(b);
        if (atomic_load(&b->state) < 0) (void)broken();
        else r = py2c_int(index);
    }
    atomic_fetch_sub(&b->count, 1);
    barrier_exit(b);
    py2c_mutex_unlock(&b->mu);
    return r;
}

static Py2cValue barrier_reset(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("reset", nargs, kwnames) < 0) return PY2C_NULL;
    Barrier *b = barrier_of(self);
    py2c_mutex_lock(&b->mu);
    if (atomic_load(&b->count) > 0) {
        int s = atomic_load(&b->state);
        if (s == B_FILLING || s == B_BROKEN) atomic_store(&b->state, B_RESETTING);
    } else {
        atomic_store(&b->state, B_FILLING);
    }
    py2c_cond_broadcast(&b->cv);
    py2c_mutex_unlock(&b->mu);
    return PY2C_NONE;
}

static Py2cValue barrier_abort(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (no_args("abort", nargs, kwnames) < 0) return PY2C_NULL;
    Barrier *b = barrier_of(self);
    py2c_mutex_lock(&b->mu);
    barrier_break(b);
    py2c_mutex_unlock(&b->mu);
    return PY2C_NONE;
}

static Py2cValue barrier_parties(Py2cValue self) { return py2c_int(barrier_of(self)->parties); }
static Py2cValue barrier_n_waiting(Py2cValue self) {
    Barrier *b = barrier_of(self);
    return py2c_int(atomic_load(&b->state) == B_FILLING ? (int64_t)atomic_load(&b->count) : 0);
}
static Py2cValue barrier_broken(Py2cValue self) { return py2c_bool(atomic_load(&barrier_of(self)->state) == B_BROKEN); }

static Py2cValue barrier_repr(Py2cValue self) {
    Barrier *b = barrier_of(self);
    if (atomic_load(&b->state) == B_BROKEN) return text_at("<threading.Barrier at %p: broken>", b, (void *)b);
    return text_at("<threading.Barrier at %p: waiters=%lld/%lld>", b, (void *)b,
                   (long long)(atomic_load(&b->state) == B_FILLING ? atomic_load(&b->count) : 0), (long long)b->parties);
}

static Py2cValue barrier_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cMethodDef barrier_methods[] = {
    {"wait", barrier_wait}, {"reset", barrier_reset}, {"abort", barrier_abort}, {NULL, NULL},
};
static const Py2cGetSetDef barrier_getset[] = {
    {"parties", barrier_parties, NULL},
    {"n_waiting", barrier_n_waiting, NULL},
    {"broken", barrier_broken, NULL},
    {NULL, NULL, NULL},
};

static const Py2cType barrier_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Barrier",
    .module = "threading",
    .base = &py2c_object_type,
    .basicsize = sizeof(Barrier),
    .dealloc = barrier_dealloc,
    .new_ = barrier_new,
    .repr = barrier_repr,
    .hash = py2c_object_hash,
    .methods = barrier_methods,
    .getset = barrier_getset,
};

static const char *const barrier_names[] = {"parties", "action", "timeout"};
static const Py2cArgSpec barrier_spec = {"Barrier", barrier_names, 0, 1, 3, 3};

static Py2cValue barrier_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    Py2cValue a[3];
    int64_t parties;
    if (py2c__args_parse(&barrier_spec, args, nargs, kwnames, a) < 0 ||
        py2c__as_index(a[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &parties) < 0)
        return PY2C_NULL;
    Barrier *b = (Barrier *)py2c__object_new(&barrier_type, sizeof *b);
    if (!b) return PY2C_NULL;
    b->action = PY2C_IS_NULL(a[1]) ? PY2C_NONE : a[1];
    b->timeout = PY2C_IS_NULL(a[2]) ? PY2C_NONE : a[2];
    py2c_incref(b->action);
    py2c_incref(b->timeout);
    b->parties = parties;
    atomic_init(&b->count, 0);
    atomic_init(&b->state, B_FILLING);
    if (py2c_mutex_init(&b->mu) < 0 || py2c_cond_init(&b->cv) < 0) {
        py2c_decref(b->action);
        py2c_decref(b->timeout);
        free(b);
        return py2c_error_nomemory();
    }
    return py2c_obj_value(&b->ob);
}

/* ---- registration ------------------------------------------------------------------------- */

static void sync_free(void) {
    PY2C_CLEAR(broken_barrier_error);
    sync_made = 0;
}

int py2c__thr_sync_init(Py2cValue m) {
    if (!sync_made) {
        broken_barrier_error = PY2C_NULL;
        sync_made = 1;
        if (py2c_atexit_runtime(sync_free) < 0) {
            (void)py2c_error_nomemory();
            return -1;
        }
        broken_barrier_error = py2c__class_make_empty("BrokenBarrierError", "threading",
                                                      py2c_type_value(&py2c_exc_RuntimeError));
        if (PY2C_IS_NULL(broken_barrier_error)) return -1;
    }
    if (py2c_module_add(m, "Lock", py2c_type_value(&lock_type)) < 0 ||
        py2c_module_add(m, "RLock", py2c_type_value(&rlock_type)) < 0 ||
        py2c_module_add(m, "Condition", py2c_type_value(&cond_type)) < 0 ||
        py2c_module_add(m, "Semaphore", py2c_type_value(&sema_type)) < 0 ||
        py2c_module_add(m, "BoundedSemaphore", py2c_type_value(&bsema_type)) < 0 ||
        py2c_module_add(m, "Event", py2c_type_value(&event_type)) < 0 ||
        py2c_module_add(m, "Barrier", py2c_type_value(&barrier_type)) < 0 ||
        py2c_module_add(m, "BrokenBarrierError", broken_barrier_error) < 0)
        return -1;
    return 0;
}

/* ---- direct operations for the lowering (py2c/concurrency.h) ------------------------------ */

Py2cValue py2c_lock_enter(Py2cValue lock);
Py2cValue py2c_lock_exit(Py2cValue lock);

/* `with lock:` __enter__: Lock/RLock directly, anything else by its method. */
Py2cValue py2c_lock_enter(Py2cValue lock) {
    if (is_lock(lock)) {
        (void)py2c_sem_wait_until(&lock_of(lock)->sem, PY2C_DEADLINE_NEVER);
        return PY2C_TRUE;
    }
    if (is_rlock(lock)) return py2c_bool(rlock_acquire_impl(rlock_of(lock), PY2C_DEADLINE_NEVER, 1));
    return py2c_call_method(lock, PY2C__STR_VAL(s_enter), NULL, 0, PY2C_NULL);
}

/* __exit__(None, None, None). */
Py2cValue py2c_lock_exit(Py2cValue lock) {
    if (is_lock(lock)) return lock_release_impl(lock_of(lock)) < 0 ? PY2C_NULL : PY2C_NONE;
    if (is_rlock(lock)) return rlock_release_impl(rlock_of(lock)) < 0 ? PY2C_NULL : PY2C_NONE;
    Py2cValue none3[3] = {PY2C_NONE, PY2C_NONE, PY2C_NONE};
    return py2c_call_method(lock, PY2C__STR_VAL(s_exit), none3, 3, PY2C_NULL);
}
