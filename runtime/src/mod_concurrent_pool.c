/* concurrent.futures.ThreadPoolExecutor, as Lib/concurrent/futures/thread.py
 * (CPython 3.11): a FIFO of work items (None sentinels included) consumed
 * by worker threads that are started lazily, one per submit while no worker
 * is idle, up to max_workers; the idle count is thread.py's
 * _idle_semaphore.
 *
 * The executor object owns a reference to a Pool, the state workers share
 * (thread.py's work queue plus the executor fields workers read); each worker
 * owns one too. When the executor object goes away, a sentinel tells the
 * workers (thread.py's weakref callback). Pools with live workers are in a
 * registry so that program exit can wake them (thread.py's _python_exit,
 * registered with threading's atexit). */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "mod_concurrent_internal.h"
#include "mod_queue_internal.h"
#include "mod_threading_internal.h"
#include "number_internal.h"
#include "py2c/concurrency.h"

/* A work item: fut NULL-valued (PY2C_NULL) for a None sentinel. args[0] is
 * the callable, then nargs - 1 positional arguments, then the keyword
 * values named by kwnames (all owned). */
typedef struct WorkItem {
    struct WorkItem *next;
    Py2cValue fut;
    Py2cValue *args;
    size_t nargs, ntotal;
    Py2cValue kwnames;
} WorkItem;

typedef struct Pool {
    atomic_long refs;
    Py2cMutex shutdown_lock; /* thread.py's _shutdown_lock: submit/shutdown/initializer failure */
    Py2cMutex mu;            /* the queue, idle, nthreads, threads, live */
    Py2cCond cv;             /* the queue became non-empty */
    WorkItem *head, *tail;
    int64_t idle;            /* _idle_semaphore's value */
    int64_t nthreads;        /* workers started (len(self._threads)) */
    int64_t live;            /* workers not yet returned */
    Py2cValue threads;       /* list of Thread objects */
    atomic_int shutdown, gone;
    char *broken;            /* _broken message, or NULL (under shutdown_lock) */
    int64_t max_workers;
    char *prefix;
    Py2cValue initializer, initargs; /* PY2C_NULL / tuple */
    struct Pool *reg_next, *reg_prev; /* the registry, while live > 0 */
} Pool;

typedef struct Executor {
    Py2cObject ob;
    Pool *pool;
} Executor;

static Pool *pool_of(Py2cValue v) { return ((Executor *)py2c_obj_ptr(v))->pool; }

/* thread.py's module state: _shutdown, and the live pools. */
static atomic_int global_shutdown;
static Py2cMutex reg_mu;
static Py2cOnce reg_once = PY2C_ONCE_INIT;
static Pool *registry;
static atomic_long executor_counter; /* ThreadPoolExecutor._counter */

static void reg_init(void) {
    if (py2c_mutex_init(&reg_mu) != 0) abort();
}

static void item_free(WorkItem *w) {
    if (!w) return;
    py2c_decref(w->fut);
    for (size_t i = 0; i < w->ntotal; i++) py2c_decref(w->args[i]);
    free(w->args);
    py2c_decref(w->kwnames);
    free(w);
}

static void pool_decref(Pool *p) {
    if (atomic_fetch_sub(&p->refs, 1) != 1) return;
    while (p->head) {
        WorkItem *w = p->head;
        p->head = w->next;
        item_free(w);
    }
    py2c_decref(p->threads);
    py2c_decref(p->initializer);
    py2c_decref(p->initargs);
    free(p->broken);
    free(p->prefix);
    py2c_cond_destroy(&p->cv);
    py2c_mutex_destroy(&p->mu);
    py2c_mutex_destroy(&p->shutdown_lock);
    free(p);
}

/* Appends w (w->next NULL) to the queue and wakes a worker. Takes p->mu. */
static void pool_push(Pool *p, WorkItem *w) {
    py2c_mutex_lock(&p->mu);
    if (p->tail)
        p->tail->next = w;
    else
        p->head = w;
    p->tail = w;
    py2c_cond_signal(&p->cv);
    py2c_mutex_unlock(&p->mu);
}

/* Appends w (or a sentinel when w is NULL) to the queue: 0, or -1 out of
 * memory (with MemoryError). Takes p->mu. */
static int pool_put(Pool *p, WorkItem *w) {
    if (!w) {
        w = calloc(1, sizeof *w);
        if (!w) {
            (void)py2c_error_nomemory();
            return -1;
        }
        w->fut = w->kwnames = PY2C_NULL;
    }
    pool_push(p, w);
    return 0;
}

/* get_nowait(): the next item or NULL (p->mu held). */
static WorkItem *pool_take(Pool *p) {
    WorkItem *w = p->head;
    if (w) {
        p->head = w->next;
        if (!p->head) p->tail = NULL;
        w->next = NULL;
    }
    return w;
}

/* Empties the queue (taking p->mu): its items, still linked in queue order. */
static WorkItem *pool_take_all(Pool *p) {
    py2c_mutex_lock(&p->mu);
    WorkItem *all = p->head;
    p->head = p->tail = NULL;
    py2c_mutex_unlock(&p->mu);
    return all;
}

/* _WorkItem.run */
static void item_run(WorkItem *w) {
    if (!py2c__future_set_running(w->fut)) return;
    Py2cValue r = py2c_call(w->args[0], w->args + 1, w->nargs - 1, w->kwnames);
    int rc;
    if (PY2C_IS_NULL(r)) {
        py2c__fut_traceback(FRAME_WORKITEM_RUN);
        Py2cValue exc = py2c_error_fetch();
        rc = py2c__future_set_exception(w->fut, exc);
        py2c_decref(exc);
    } else {
        rc = py2c__future_set_result(w->fut, r);
        py2c_decref(r);
    }
    if (rc < 0) py2c_error_clear(); /* a future completed behind our back (set_result by user code) */
}

/* executor._initializer_failed() */
static void initializer_failed(Pool *p) {
    py2c_mutex_lock(&p->shutdown_lock);
    static const char msg[] = "A thread initializer failed, the thread pool is not usable anymore";
    if (!p->broken) p->broken = strdup(msg);
    WorkItem *drained = pool_take_all(p);
    while (drained) {
        WorkItem *w = drained;
        drained = w->next;
        if (!PY2C_IS_NULL(w->fut)) {
            Py2cValue exc = py2c_error_format(&py2c__fut_BrokenThreadPool, "%s", msg);
            (void)exc;
            exc = py2c_error_fetch();
            if (py2c__future_set_exception(w->fut, exc) < 0) py2c_error_clear();
            py2c_decref(exc);
        }
        item_free(w);
    }
    py2c_mutex_unlock(&p->shutdown_lock);
}

static void registry_remove(Pool *p) {
    py2c_mutex_lock(&reg_mu);
    if (p->reg_prev)
        p->reg_prev->reg_next = p->reg_next;
    else if (registry == p)
        registry = p->reg_next;
    if (p->reg_next) p->reg_next->reg_prev = p->reg_prev;
    p->reg_next = p->reg_prev = NULL;
    py2c_mutex_unlock(&reg_mu);
}

/* _worker(executor_reference, work_queue, initializer, initargs), on the
 * worker thread; owns one reference to the pool. */
static void worker_main(void *arg) {
    Pool *p = arg;
    if (!PY2C_IS_NULL(p->initializer)) {
        Py2cValue r = py2c_call_ex(p->initializer, p->initargs, PY2C_NULL);
        if (PY2C_IS_NULL(r)) {
            /* LOGGER.critical('Exception in initializer:', exc_info=True) */
            py2c__fut_traceback(FRAME_WORKER_INIT);
            Py2cValue exc = py2c_error_fetch();
            fflush(stdout);
            fputs("Exception in initializer:\n", stderr);
            py2c_exception_print(exc, stderr);
            fflush(stderr);
            py2c_decref(exc);
            if (!atomic_load(&p->gone)) initializer_failed(p);
            goto out;
        }
        py2c_decref(r);
    }
    for (;;) {
        py2c_mutex_lock(&p->mu);
        while (!p->head) py2c_cond_wait(&p->cv, &p->mu);
        WorkItem *w = pool_take(p);
        py2c_mutex_unlock(&p->mu);
        if (!PY2C_IS_NULL(w->fut)) {
            item_run(w);
            item_free(w);
            py2c_mutex_lock(&p->mu);
            p->idle++;
            py2c_mutex_unlock(&p->mu);
            continue;
        }
        if (atomic_load(&global_shutdown) || atomic_load(&p->gone) || atomic_load(&p->shutdown)) {
            atomic_store(&p->shutdown, 1);
            /* pass the wake-up on to the next worker */
            w->next = NULL;
            pool_push(p, w);
            break;
        }
        item_free(w);
    }
out:
    py2c_mutex_lock(&p->mu);
    int last = --p->live == 0;
    py2c_mutex_unlock(&p->mu);
    if (last) registry_remove(p);
    pool_decref(p);
}

/* _adjust_thread_count, with p->shutdown_lock held. 0 or -1. */
static int adjust_thread_count(Pool *p) {
    py2c_mutex_lock(&p->mu);
    if (p->idle > 0) {
        p->idle--;
        py2c_mutex_unlock(&p->mu);
        return 0;
    }
    int64_t n = p->nthreads;
    py2c_mutex_unlock(&p->mu);
    if (n >= p->max_workers) return 0;
    char name[256];
    snprintf(name, sizeof name, "%s_%lld", p->prefix, (long long)n);
    atomic_fetch_add(&p->refs, 1);
    py2c_mutex_lock(&p->mu);
    int first = p->live++ == 0;
    py2c_mutex_unlock(&p->mu);
    if (first) {
        py2c_mutex_lock(&reg_mu);
        p->reg_next = registry;
        p->reg_prev = NULL;
        if (registry) registry->reg_prev = p;
        registry = p;
        py2c_mutex_unlock(&reg_mu);
    }
    Py2cValue t = py2c__thread_spawn(name, worker_main, p, 0);
    if (PY2C_IS_NULL(t)) {
        py2c_mutex_lock(&p->mu);
        int last = --p->live == 0;
        py2c_mutex_unlock(&p->mu);
        if (last) registry_remove(p);
        pool_decref(p);
        return -1;
    }
    py2c_mutex_lock(&p->mu);
    p->nthreads++;
    int rc = py2c_list_append(p->threads, t);
    py2c_mutex_unlock(&p->mu);
    py2c_decref(t);
    return rc;
}

/* The threads started so far (a new list), for joining. */
static Py2cValue threads_snapshot(Pool *p) {
    py2c_mutex_lock(&p->mu);
    Py2cValue l = py2c_list_new((size_t)py2c_list_size(p->threads));
    for (int64_t i = 0; !PY2C_IS_NULL(l) && i < py2c_list_size(p->threads); i++)
        if (py2c_list_append(l, py2c_list_item(p->threads, i)) < 0) PY2C_CLEAR(l);
    py2c_mutex_unlock(&p->mu);
    return l;
}

PY2C__STR_CONST(s_join, "join");

/* t.join() for every thread of the pool. 0 or -1. */
static int join_threads(Pool *p) {
    Py2cValue l = threads_snapshot(p);
    if (PY2C_IS_NULL(l)) return -1;
    int rc = 0;
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(l); i++) {
        Py2cValue r = py2c_call_method(py2c_list_item(l, i), PY2C__STR_VAL(s_join), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(r)) rc = -1;
        py2c_decref(r);
    }
    py2c_decref(l);
    return rc;
}

/* ---- program exit (thread.py's _python_exit) -------------------------------------- */

static void python_exit(void *arg) {
    (void)arg;
    atomic_store(&global_shutdown, 1);
    py2c_once(&reg_once, reg_init);
    py2c_mutex_lock(&reg_mu);
    int64_t n = 0;
    for (Pool *p = registry; p; p = p->reg_next) n++;
    Pool **pools = n ? malloc(sizeof *pools * (size_t)n) : NULL;
    n = 0;
    for (Pool *p = registry; pools && p; p = p->reg_next) {
        atomic_fetch_add(&p->refs, 1);
        pools[n++] = p;
    }
    py2c_mutex_unlock(&reg_mu);
    for (int64_t i = 0; i < n; i++)
        if (pool_put(pools[i], NULL) < 0) py2c_error_clear();
    for (int64_t i = 0; i < n; i++) {
        if (join_threads(pools[i]) < 0) py2c_error_clear();
        pool_decref(pools[i]);
    }
    free(pools);
}

int py2c__pool_register_atexit(void) {
    py2c_once(&reg_once, reg_init);
    return py2c__threading_atexit(python_exit, NULL);
}

/* ---- the executor object -------------------------------------------------------------- */

static void executor_dealloc(Py2cObject *o) {
    Pool *p = ((Executor *)o)->pool;
    if (p) {
        atomic_store(&p->gone, 1);
        if (pool_put(p, NULL) < 0) py2c_error_clear();
        pool_decref(p);
    }
    free(o);
}

/* ThreadPoolExecutor(max_workers=None, thread_name_prefix='', initializer=None, initargs=()) */
static Py2cValue executor_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"max_workers", "thread_name_prefix", "initializer", "initargs"};
    static const Py2cArgSpec spec = {"ThreadPoolExecutor", names, 0, 0, 4, 4};
    Py2cValue a[4];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    py2c__futures_types_init();
    py2c_once(&reg_once, reg_init);
    int64_t max_workers;
    if (PY2C_IS_NULL(a[0]) || py2c_is_none(a[0])) {
        max_workers = py2c_cpu_count() + 4;
        if (max_workers > 32) max_workers = 32;
    } else {
        int le = py2c_compare_bool(a[0], py2c_int(0), PY2C_LE);
        if (le < 0) return PY2C_NULL;
        if (le) {
            (void)py2c_error_format(&py2c_exc_ValueError, "max_workers must be greater than 0");
            py2c__fut_traceback(FRAME_INIT_MAX_WORKERS);
            return PY2C_NULL;
        }
        if (py2c__bltin_as_int64(a[0], &max_workers) < 0) return PY2C_NULL;
    }
    Py2cValue init = PY2C_IS_NULL(a[2]) || py2c_is_none(a[2]) ? PY2C_NULL : a[2];
    if (!PY2C_IS_NULL(init) && !py2c_callable(init)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "initializer must be a callable");
        py2c__fut_traceback(FRAME_INIT_INITIALIZER);
        return PY2C_NULL;
    }
    char *prefix = NULL;
    int truthy = 0;
    if (!PY2C_IS_NULL(a[1])) {
        truthy = py2c_is_true(a[1]);
        if (truthy < 0) return PY2C_NULL;
    }
    if (truthy) {
        Py2cValue s = py2c_str(a[1]);
        if (PY2C_IS_NULL(s)) return s;
        prefix = strdup(py2c__as_str(s)->data);
        py2c_decref(s);
    } else {
        char buf[64];
        snprintf(buf, sizeof buf, "ThreadPoolExecutor-%ld", atomic_fetch_add(&executor_counter, 1));
        prefix = strdup(buf);
    }
    Py2cValue initargs = PY2C_NULL;
    if (!PY2C_IS_NULL(init)) {
        initargs = PY2C_IS_NULL(a[3]) ? py2c_tuple_new(0) : py2c_tuple_from_iterable(a[3]);
        if (PY2C_IS_NULL(initargs)) {
            free(prefix);
            return PY2C_NULL;
        }
    }
    Pool *p = calloc(1, sizeof *p);
    Executor *e = NULL;
    Py2cValue threads = py2c_list_new(0);
    if (!p || !prefix || PY2C_IS_NULL(threads) || py2c_mutex_init(&p->mu) != 0) goto nomem;
    if (py2c_mutex_init(&p->shutdown_lock) != 0) {
        py2c_mutex_destroy(&p->mu);
        goto nomem;
    }
    if (py2c_cond_init(&p->cv) != 0) {
        py2c_mutex_destroy(&p->shutdown_lock);
        py2c_mutex_destroy(&p->mu);
        goto nomem;
    }
    atomic_init(&p->refs, 1);
    p->threads = threads;
    p->max_workers = max_workers;
    p->prefix = prefix;
    p->initializer = init;
    py2c_incref(init);
    p->initargs = initargs;
    e = (Executor *)py2c__object_new((const Py2cType *)py2c_obj_ptr(self), sizeof *e);
    if (!e) {
        pool_decref(p);
        return PY2C_NULL;
    }
    e->pool = p;
    return py2c_obj_value(&e->ob);
nomem:
    free(p);
    free(prefix);
    py2c_decref(threads);
    py2c_decref(initargs);
    return py2c_error_nomemory();
}

/* submit(fn, /, *args, **kwargs) with args[0] = fn. */
static Py2cValue submit(Pool *p, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    py2c_mutex_lock(&p->shutdown_lock);
    if (p->broken) {
        (void)py2c_error_format(&py2c__fut_BrokenThreadPool, "%s", p->broken);
        py2c_mutex_unlock(&p->shutdown_lock);
        py2c__fut_traceback(FRAME_SUBMIT_BROKEN);
        return PY2C_NULL;
    }
    if (atomic_load(&p->shutdown)) {
        py2c_mutex_unlock(&p->shutdown_lock);
        (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot schedule new futures after shutdown");
        py2c__fut_traceback(FRAME_SUBMIT_SHUTDOWN);
        return PY2C_NULL;
    }
    if (atomic_load(&global_shutdown)) {
        py2c_mutex_unlock(&p->shutdown_lock);
        return py2c_error_format(&py2c_exc_RuntimeError, "cannot schedule new futures after interpreter shutdown");
    }
    size_t ntotal = nargs + py2c__kw_count(kwnames);
    WorkItem *w = calloc(1, sizeof *w);
    Py2cValue fut = py2c__future_new();
    if (w) w->args = malloc(sizeof *w->args * ntotal);
    if (!w || !w->args || PY2C_IS_NULL(fut)) {
        if (w) free(w->args);
        free(w);
        py2c_decref(fut);
        py2c_mutex_unlock(&p->shutdown_lock);
        return py2c_error_occurred() ? PY2C_NULL : py2c_error_nomemory();
    }
    for (size_t i = 0; i < ntotal; i++) {
        w->args[i] = args[i];
        py2c_incref(args[i]);
    }
    w->nargs = nargs;
    w->ntotal = ntotal;
    w->kwnames = py2c__kw_count(kwnames) ? kwnames : PY2C_NULL;
    py2c_incref(w->kwnames);
    w->fut = fut;
    py2c_incref(fut);
    (void)pool_put(p, w); /* cannot fail for a real item */
    int rc = adjust_thread_count(p);
    py2c_mutex_unlock(&p->shutdown_lock);
    if (rc < 0) {
        py2c_decref(fut);
        return PY2C_NULL;
    }
    return fut;
}

static Py2cValue m_submit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs < 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'");
    return submit(pool_of(self), args, nargs, kwnames);
}

/* shutdown(wait=True, *, cancel_futures=False) */
static Py2cValue do_shutdown(Pool *p, int wait, int cancel_futures) {
    py2c_mutex_lock(&p->shutdown_lock);
    atomic_store(&p->shutdown, 1);
    WorkItem *drained = cancel_futures ? pool_take_all(p) : NULL;
    while (drained) {
        WorkItem *w = drained;
        drained = w->next;
        if (!PY2C_IS_NULL(w->fut)) (void)py2c__future_cancel(w->fut);
        item_free(w);
    }
    int rc = pool_put(p, NULL);
    py2c_mutex_unlock(&p->shutdown_lock);
    if (rc < 0) return PY2C_NULL;
    if (wait && join_threads(p) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_shutdown(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"wait", "cancel_futures"};
    static const Py2cArgSpec spec = {"shutdown", names, 0, 0, 1, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int wait = 1, cancel = 0;
    if (!PY2C_IS_NULL(a[0]) && (wait = py2c_is_true(a[0])) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[1]) && (cancel = py2c_is_true(a[1])) < 0) return PY2C_NULL;
    return do_shutdown(pool_of(self), wait, cancel);
}

static Py2cValue m_enter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("__enter__", "__enter__", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    py2c_incref(self);
    return self;
}

static Py2cValue m_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__kw_count(kwnames) || nargs != 3)
        return py2c_error_format(&py2c_exc_TypeError, "Executor.__exit__() takes 4 positional arguments but %zu were given",
                                 nargs + 1);
    Py2cValue r = do_shutdown(pool_of(self), 1, 0);
    if (PY2C_IS_NULL(r)) return r;
    return PY2C_FALSE;
}

/* ---- map ------------------------------------------------------------------------ */

/* Executor.map's result_iterator generator: the futures in submission
 * order; a deadline when a timeout was given. */
typedef struct MapIter {
    Py2cObject ob;
    Py2cValue *futs;
    int64_t n, pos;
    int has_deadline;
    int64_t deadline;
} MapIter;

/* The generator's finally: cancel what is left. */
static void mapiter_finish(MapIter *m) {
    while (m->pos < m->n) {
        Py2cValue f = m->futs[m->pos++];
        (void)py2c__future_cancel(f);
        py2c_decref(f);
    }
}

static void mapiter_dealloc(Py2cObject *o) {
    MapIter *m = (MapIter *)o;
    mapiter_finish(m);
    free(m->futs);
    free(o);
}

static Py2cValue mapiter_iter(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static Py2cValue mapiter_next(Py2cValue self) {
    MapIter *m = (MapIter *)py2c_obj_ptr(self);
    if (m->pos >= m->n) return PY2C_NULL;
    Py2cValue f = m->futs[m->pos++];
    Py2cValue timeout = PY2C_NULL;
    if (m->has_deadline) {
        int64_t left = m->deadline - py2c_monotonic_ns();
        timeout = py2c_float((double)left / 1e9);
    }
    Py2cValue r = py2c__future_result(f, timeout);
    (void)py2c__future_cancel(f); /* _result_or_cancel's finally */
    py2c_decref(f);
    if (PY2C_IS_NULL(r)) {
        py2c__fut_traceback(FRAME_RESULT_OR_CANCEL);
        py2c__fut_traceback(m->has_deadline ? FRAME_RESULT_ITERATOR_T : FRAME_RESULT_ITERATOR);
        Py2cValue exc = py2c_error_fetch();
        mapiter_finish(m); /* the generator ends: its finally cancels the rest */
        py2c_error_restore(exc);
    }
    return r;
}

static const Py2cType mapiter_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "generator",
    .base = &py2c_object_type,
    .basicsize = sizeof(MapIter),
    .dealloc = mapiter_dealloc,
    .hash = py2c_object_hash,
    .iter = mapiter_iter,
    .iternext = mapiter_next,
};

/* map(fn, *iterables, timeout=None, chunksize=1) */
static Py2cValue m_map(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue timeout = PY2C_NULL;
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Py2cValue k = py2c__kw_name(kwnames, i);
        if (py2c__str_eq_cstr(k, "timeout"))
            timeout = args[nargs + i];
        else if (!py2c__str_eq_cstr(k, "chunksize"))
            return py2c_error_format(&py2c_exc_TypeError, "Executor.map() got an unexpected keyword argument '%s'",
                                     py2c__as_str(k)->data);
    }
    if (nargs < 1)
        return py2c_error_format(&py2c_exc_TypeError, "Executor.map() missing 1 required positional argument: 'fn'");
    int has_deadline = 0;
    int64_t deadline = PY2C_DEADLINE_NEVER;
    if (!PY2C_IS_NULL(timeout) && !py2c_is_none(timeout)) {
        /* end_time = timeout + time.monotonic() */
        double secs;
        int r = py2c__num_as_double(timeout, &secs);
        if (r < 0) return PY2C_NULL;
        if (r == 0)
            return py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for +: '%s' and 'float'",
                                     py2c_type_name(timeout));
        has_deadline = 1;
        deadline = py2c_monotonic_ns() + (int64_t)(secs * 1e9);
    }
    size_t nit = nargs - 1;
    Py2cValue *its = calloc(nit ? nit : 1, sizeof *its);
    Py2cValue *call = malloc(sizeof *call * (nit + 1));
    MapIter *m = (MapIter *)py2c__object_new(&mapiter_type, sizeof *m);
    if (m) {
        m->futs = NULL;
        m->n = m->pos = 0;
        m->has_deadline = has_deadline;
        m->deadline = deadline;
    }
    int64_t cap = 0;
    int ok = its && call && m;
    if (!ok && !py2c_error_occurred()) (void)py2c_error_nomemory();
    for (size_t i = 0; ok && i < nit; i++) {
        its[i] = py2c_iter(args[1 + i]);
        if (PY2C_IS_NULL(its[i])) ok = 0;
    }
    /* fs = [self.submit(fn, *args) for args in zip(*iterables)] */
    while (ok && nit > 0) {
        call[0] = args[0];
        size_t got = 0;
        for (; got < nit; got++) {
            call[1 + got] = py2c_iter_next(its[got]);
            if (PY2C_IS_NULL(call[1 + got])) break;
        }
        if (got < nit) {
            for (size_t j = 0; j < got; j++) py2c_decref(call[1 + j]);
            if (py2c_error_occurred()) {
                py2c__fut_traceback(FRAME_MAP);
                ok = 0;
            }
            break;
        }
        Py2cValue f = submit(pool_of(self), call, nit + 1, PY2C_NULL);
        for (size_t j = 0; j < nit; j++) py2c_decref(call[1 + j]);
        if (PY2C_IS_NULL(f)) {
            py2c__fut_traceback(FRAME_MAP_LISTCOMP);
            py2c__fut_traceback(FRAME_MAP);
            ok = 0;
            break;
        }
        if (m->n == cap) {
            cap = cap ? cap * 2 : 8;
            Py2cValue *nf = realloc(m->futs, sizeof *nf * (size_t)cap);
            if (!nf) {
                py2c_decref(f);
                (void)py2c_error_nomemory();
                ok = 0;
                break;
            }
            m->futs = nf;
        }
        m->futs[m->n++] = f;
    }
    for (size_t i = 0; its && i < nit; i++) py2c_decref(its[i]);
    free(its);
    free(call);
    if (!ok) {
        if (m) {
            /* the list comprehension failed: its futures are dropped, not cancelled */
            for (int64_t i = 0; i < m->n; i++) py2c_decref(m->futs[i]);
            m->n = 0;
            py2c_decref(py2c_obj_value(&m->ob));
        }
        return PY2C_NULL;
    }
    return py2c_obj_value(&m->ob);
}

static Py2cValue get_max_workers(Py2cValue self) { return py2c__bltin_int64(pool_of(self)->max_workers); }

static Py2cValue get_threads(Py2cValue self) {
    Py2cValue l = threads_snapshot(pool_of(self));
    if (PY2C_IS_NULL(l)) return l;
    Py2cValue s = py2c_set_from_iterable(l);
    py2c_decref(l);
    return s;
}

static const Py2cMethodDef executor_methods[] = {
    {"submit", m_submit}, {"map", m_map},       {"shutdown", m_shutdown},
    {"__enter__", m_enter}, {"__exit__", m_exit}, {NULL, NULL},
};

static const Py2cGetSetDef executor_getset[] = {
    {"_max_workers", get_max_workers, NULL},
    {"_threads", get_threads, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c__executor_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Executor",
    .module = "concurrent.futures._base",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cObject),
    .hash = py2c_object_hash,
};

const Py2cType py2c__threadpool_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "ThreadPoolExecutor",
    .module = "concurrent.futures.thread",
    .base = &py2c__executor_type,
    .basicsize = sizeof(Executor),
    .dealloc = executor_dealloc,
    .new_ = executor_new,
    .hash = py2c_object_hash,
    .methods = executor_methods,
    .getset = executor_getset,
};

/* ---- direct operation ------------------------------------------------------------- */

PY2C__STR_CONST(s_submit, "submit");

Py2cValue py2c_executor_submit(Py2cValue ex, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!py2c_is_obj(ex) || py2c_obj_ptr(ex)->type != &py2c__threadpool_type || nargs < 1)
        return py2c_call_method(ex, PY2C__STR_VAL(s_submit), args, nargs, kwnames);
    return submit(pool_of(ex), args, nargs, kwnames);
}
