/* The concurrent package and concurrent.futures (CPython 3.11's
 * Lib/concurrent/futures/__init__.py, _base.py, thread.py): the module
 * objects, wait() and as_completed(). Future: mod_concurrent_future.c;
 * ThreadPoolExecutor: mod_concurrent_pool.c. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "mod_concurrent_internal.h"
#include "mod_queue_internal.h"
#include "number_internal.h"

PY2C_STDLIB_MODULE("concurrent", py2c__module_init_concurrent);
PY2C_STDLIB_MODULE("concurrent.futures", py2c__module_init_concurrent_futures);
PY2C_STDLIB_MODULE("concurrent.futures.thread", py2c__module_init_concurrent_futures_thread);

/* _base.DoneAndNotDoneFutures: collections.namedtuple('DoneAndNotDoneFutures',
 * 'done not_done'), made at the first import (owned). */
static Py2cValue done_and_not_done;

static void shutdown_module(void) { PY2C_CLEAR(done_and_not_done); }

/* ---- wait ------------------------------------------------------------------------- */

static int check_future(Py2cValue f) {
    if (py2c__is_future(f)) return 0;
    (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '_condition'", py2c_type_name(f));
    return -1;
}

/* The items of set s as a new array of borrowed values (*n of them). */
static Py2cValue *set_items(Py2cValue s, int64_t *n) {
    *n = py2c_set_size(s);
    Py2cValue *a = malloc(sizeof *a * (size_t)(*n > 0 ? *n : 1));
    if (!a) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    int64_t pos = 0, i = 0;
    Py2cValue k;
    while (i < *n && py2c_set_next(s, &pos, &k)) a[i++] = k;
    *n = i;
    return a;
}

/* DoneAndNotDoneFutures(done, fs - done) */
static Py2cValue make_result(Py2cValue done, Py2cValue *items, int64_t n) {
    Py2cValue not_done = py2c_set_new();
    if (PY2C_IS_NULL(not_done)) return not_done;
    for (int64_t i = 0; i < n; i++) {
        int in = py2c_set_contains(done, items[i]);
        if (in < 0 || (!in && py2c_set_add(not_done, items[i]) < 0)) {
            py2c_decref(not_done);
            return PY2C_NULL;
        }
    }
    Py2cValue args[2] = {done, not_done};
    Py2cValue r = py2c_call(done_and_not_done, args, 2, PY2C_NULL);
    py2c_decref(not_done);
    return r;
}

/* wait(fs, timeout=None, return_when=ALL_COMPLETED) */
static Py2cValue f_wait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"fs", "timeout", "return_when"};
    static const Py2cArgSpec spec = {"wait", names, 0, 1, 3, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue fs = py2c_set_from_iterable(a[0]);
    if (PY2C_IS_NULL(fs)) return fs;
    Py2cValue done = py2c_set_new(), result = PY2C_NULL;
    int64_t n = 0;
    Py2cValue *items = PY2C_IS_NULL(done) ? NULL : set_items(fs, &n);
    Py2cFutWaiter *w = NULL;
    if (!items) goto out;
    int64_t nexc = 0;
    for (int64_t i = 0; i < n; i++) {
        if (check_future(items[i]) < 0) goto out;
        if (py2c__future_is_done(items[i])) {
            if (py2c_set_add(done, items[i]) < 0) goto out;
            nexc += py2c__future_has_exception(items[i]);
        }
    }
    int kind = WAIT_ALL_COMPLETED;
    Py2cValue rw = a[2];
    if (PY2C_IS_NULL(rw) || (py2c_is_str(rw) && py2c__str_eq_cstr(rw, "ALL_COMPLETED")))
        kind = WAIT_ALL_COMPLETED;
    else if (py2c_is_str(rw) && py2c__str_eq_cstr(rw, "FIRST_COMPLETED"))
        kind = WAIT_FIRST_COMPLETED;
    else if (py2c_is_str(rw) && py2c__str_eq_cstr(rw, "FIRST_EXCEPTION"))
        kind = WAIT_FIRST_EXCEPTION;
    else
        kind = -1;
    int64_t ndone = py2c_set_size(done);
    if ((kind == WAIT_FIRST_COMPLETED && ndone) || (kind == WAIT_FIRST_EXCEPTION && nexc) || ndone == n) {
        result = make_result(done, items, n);
        goto out;
    }
    if (kind < 0) {
        Py2cValue r = py2c_repr(rw);
        if (PY2C_IS_NULL(r)) goto out;
        (void)py2c_error_format(&py2c_exc_ValueError, "Invalid return condition: %s", py2c__as_str(r)->data);
        py2c_decref(r);
        py2c__fut_traceback(FRAME_WAIT_INVALID);
        goto out;
    }
    int64_t deadline;
    int negative;
    if (py2c__timeout_deadline(a[1], &deadline, &negative) < 0) goto out;
    w = py2c__waiter_new(kind, n);
    if (!w) goto out;
    w->pending = n - ndone;
    int64_t installed = 0;
    for (; installed < n; installed++) {
        int r = py2c__waiter_install(w, items[installed]);
        if (r < 0) break;
        if (r == 1) {
            int in = py2c_set_contains(done, items[installed]);
            if (in < 0) break;
            if (!in) py2c__waiter_note_done(w, items[installed]);
        }
    }
    if (installed == n) (void)py2c__waiter_wait(w, deadline);
    for (int64_t i = 0; i < installed; i++) py2c__waiter_uninstall(w, items[i]);
    if (installed < n) goto out;
    for (int64_t i = 0; i < w->nfinished; i++)
        if (py2c_set_add(done, w->finished[i]) < 0) goto out;
    result = make_result(done, items, n);
out:
    py2c__waiter_delete(w);
    free(items);
    py2c_decref(done);
    py2c_decref(fs);
    return result;
}

static PY2C_BUILTIN_FUNCTION(wait_obj, "wait", f_wait);

/* ---- as_completed ------------------------------------------------------------------ */

typedef struct AsCompleted {
    Py2cObject ob;
    Py2cValue fs_arg, timeout; /* the arguments (owned) until the first next() */
    int state;                 /* 0 not started, 1 running, 2 finished */
    Py2cValue fs, pending;     /* sets (owned) */
    int64_t total;
    Py2cValue *ready;          /* finished futures to yield, from the end (owned) */
    int64_t nready, capready;
    Py2cFutWaiter *waiter;
    int has_deadline;
    int64_t deadline;
} AsCompleted;

/* The generator's finally: remove the waiter from the futures left. */
static void ac_finish(AsCompleted *a) {
    if (a->state != 1) {
        a->state = 2;
        return;
    }
    a->state = 2;
    int64_t n = 0;
    Py2cValue *items = PY2C_IS_NULL(a->fs) ? NULL : set_items(a->fs, &n);
    if (!items) py2c_error_clear();
    for (int64_t i = 0; items && i < n; i++) py2c__waiter_uninstall(a->waiter, items[i]);
    free(items);
    /* Only reached when every future is uninstalled. */
    py2c__waiter_delete(a->waiter);
    a->waiter = NULL;
    for (int64_t i = 0; i < a->nready; i++) py2c_decref(a->ready[i]);
    a->nready = 0;
}

static void ac_dealloc(Py2cObject *o) {
    AsCompleted *a = (AsCompleted *)o;
    Py2cValue saved = py2c_error_fetch();
    ac_finish(a);
    if (!PY2C_IS_NULL(saved)) py2c_error_restore(saved);
    free(a->ready);
    py2c_decref(a->fs_arg);
    py2c_decref(a->timeout);
    py2c_decref(a->fs);
    py2c_decref(a->pending);
    free(o);
}

static Py2cValue ac_iter(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static int ready_push(AsCompleted *a, Py2cValue f) {
    if (a->nready == a->capready) {
        int64_t ncap = a->capready ? a->capready * 2 : 8;
        Py2cValue *n = realloc(a->ready, sizeof *n * (size_t)ncap);
        if (!n) {
            (void)py2c_error_nomemory();
            return -1;
        }
        a->ready = n;
        a->capready = ncap;
    }
    py2c_incref(f);
    a->ready[a->nready++] = f;
    return 0;
}

/* The first next(): as_completed's body up to its first yield. 0 or -1. */
static int ac_start(AsCompleted *a) {
    if (!PY2C_IS_NULL(a->timeout) && !py2c_is_none(a->timeout)) {
        double secs;
        int r = py2c__num_as_double(a->timeout, &secs);
        if (r < 0) return -1;
        if (r == 0) {
            (void)py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for +: '%s' and 'float'",
                                    py2c_type_name(a->timeout));
            return -1;
        }
        a->has_deadline = 1;
        a->deadline = py2c_monotonic_ns() + (int64_t)(secs * 1e9);
    }
    a->fs = py2c_set_from_iterable(a->fs_arg);
    if (PY2C_IS_NULL(a->fs)) return -1;
    a->pending = py2c_set_new();
    if (PY2C_IS_NULL(a->pending)) return -1;
    int64_t n;
    Py2cValue *items = set_items(a->fs, &n);
    if (!items) return -1;
    a->total = n;
    for (int64_t i = 0; i < n; i++)
        if (check_future(items[i]) < 0) {
            free(items);
            return -1;
        }
    a->waiter = py2c__waiter_new(WAIT_AS_COMPLETED, n);
    if (!a->waiter) {
        free(items);
        return -1;
    }
    a->state = 1;
    /* finished = list(set(done)); pending = fs - finished */
    Py2cValue *fin = malloc(sizeof *fin * (size_t)(n > 0 ? n : 1));
    int64_t nfin = 0;
    int rc = fin ? 0 : -1;
    for (int64_t i = 0; rc == 0 && i < n; i++) {
        int r = py2c__waiter_install(a->waiter, items[i]);
        if (r < 0)
            rc = -1;
        else if (r == 1)
            fin[nfin++] = items[i];
        else if (py2c_set_add(a->pending, items[i]) < 0)
            rc = -1;
    }
    /* yielded from the end of the list */
    for (int64_t i = 0; rc == 0 && i < nfin; i++) rc = ready_push(a, fin[i]);
    free(fin);
    free(items);
    if (rc < 0 && !py2c_error_occurred()) (void)py2c_error_nomemory();
    return rc;
}

static Py2cValue ac_next(Py2cValue self) {
    AsCompleted *a = (AsCompleted *)py2c_obj_ptr(self);
    if (a->state == 2) return PY2C_NULL;
    if (a->state == 0 && ac_start(a) < 0) goto fail;
    for (;;) {
        if (a->nready > 0) {
            Py2cValue f = a->ready[--a->nready];
            if (py2c_set_discard(a->fs, f) < 0 || py2c_set_discard(a->pending, f) < 0) {
                py2c_decref(f);
                goto fail;
            }
            py2c__waiter_uninstall(a->waiter, f);
            return f;
        }
        if (py2c_set_size(a->pending) == 0) {
            ac_finish(a);
            return PY2C_NULL;
        }
        if (a->has_deadline && a->deadline - py2c_monotonic_ns() < 0) {
            (void)py2c_error_format(&py2c_exc_TimeoutError, "%lld (of %lld) futures unfinished",
                                    (long long)py2c_set_size(a->pending), (long long)a->total);
            py2c__fut_traceback(FRAME_AS_COMPLETED_TIMEOUT);
            goto fail;
        }
        Py2cFutWaiter *w = a->waiter;
        (void)py2c__waiter_wait(w, a->has_deadline ? a->deadline : PY2C_DEADLINE_NEVER);
        py2c_mutex_lock(&w->mu);
        int rc = 0;
        /* finished.reverse(), then popped from the end: finishing order */
        for (int64_t i = w->nfinished - 1; i >= 0; i--) {
            if (rc == 0) rc = ready_push(a, w->finished[i]);
            py2c_decref(w->finished[i]);
        }
        w->nfinished = 0;
        w->event = 0;
        py2c_mutex_unlock(&w->mu);
        if (rc < 0) goto fail;
    }
fail: {
    Py2cValue exc = py2c_error_fetch();
    ac_finish(a);
    py2c_error_restore(exc);
    return PY2C_NULL;
}
}

const Py2cType py2c__as_completed_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "generator",
    .base = &py2c_object_type,
    .basicsize = sizeof(AsCompleted),
    .dealloc = ac_dealloc,
    .hash = py2c_object_hash,
    .iter = ac_iter,
    .iternext = ac_next,
};

/* as_completed(fs, timeout=None) */
static Py2cValue f_as_completed(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"fs", "timeout"};
    static const Py2cArgSpec spec = {"as_completed", names, 0, 1, 2, 2};
    Py2cValue p[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, p) < 0) return PY2C_NULL;
    AsCompleted *a = (AsCompleted *)py2c__object_new(&py2c__as_completed_type, sizeof *a);
    if (!a) return PY2C_NULL;
    memset((char *)a + sizeof a->ob, 0, sizeof *a - sizeof a->ob);
    a->fs_arg = p[0];
    py2c_incref(p[0]);
    a->timeout = PY2C_IS_NULL(p[1]) ? PY2C_NONE : p[1];
    py2c_incref(a->timeout);
    a->fs = a->pending = PY2C_NULL;
    return py2c_obj_value(&a->ob);
}

static PY2C_BUILTIN_FUNCTION(as_completed_obj, "as_completed", f_as_completed);

/* ---- the modules ------------------------------------------------------------------ */

Py2cValue py2c__module_init_concurrent(void) { return py2c_module_new("concurrent"); }

static int add_all(Py2cValue m, const char *const *names, const Py2cValue *values, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (py2c_module_add(m, names[i], values[i]) < 0) return -1;
    return 0;
}

Py2cValue py2c__module_init_concurrent_futures_thread(void) {
    py2c__futures_types_init();
    Py2cValue m = py2c_module_new("concurrent.futures.thread");
    if (PY2C_IS_NULL(m)) return m;
    static const char *const names[] = {"ThreadPoolExecutor", "BrokenThreadPool"};
    Py2cValue values[] = {py2c_type_value(&py2c__threadpool_type), py2c_type_value(&py2c__fut_BrokenThreadPool)};
    if (add_all(m, names, values, 2) < 0) PY2C_CLEAR(m);
    return m;
}

PY2C__STR_CONST(s_namedtuple, "namedtuple");
PY2C__STR_CONST(s_dnd_name, "DoneAndNotDoneFutures");
PY2C__STR_CONST(s_dnd_fields, "done not_done");
PY2C__STR_CONST(s_module_kw, "module");
PY2C__STR_CONST(s_base_mod, "concurrent.futures._base");

Py2cValue py2c__module_init_concurrent_futures(void) {
    py2c__futures_types_init();
    if (PY2C_IS_NULL(done_and_not_done) || done_and_not_done.bits == 0) {
        Py2cValue coll = py2c_import("collections");
        if (PY2C_IS_NULL(coll)) return coll;
        Py2cValue nt = py2c_getattr(coll, PY2C__STR_VAL(s_namedtuple));
        py2c_decref(coll);
        if (PY2C_IS_NULL(nt)) return nt;
        Py2cValue kw = py2c_tuple_pack(1, (Py2cValue[]){PY2C__STR_VAL(s_module_kw)});
        if (PY2C_IS_NULL(kw)) {
            py2c_decref(nt);
            return kw;
        }
        Py2cValue cargs[3] = {PY2C__STR_VAL(s_dnd_name), PY2C__STR_VAL(s_dnd_fields), PY2C__STR_VAL(s_base_mod)};
        done_and_not_done = py2c_call(nt, cargs, 2, kw);
        py2c_decref(kw);
        py2c_decref(nt);
        if (PY2C_IS_NULL(done_and_not_done)) return PY2C_NULL;
        if (py2c_atexit_runtime(shutdown_module) < 0) return py2c_error_nomemory();
    }
    if (py2c__pool_register_atexit() < 0) return PY2C_NULL;
    Py2cValue m = py2c_module_new("concurrent.futures");
    if (PY2C_IS_NULL(m)) return m;
    static const char *const names[] = {
        "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
        "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor",
    };
    Py2cValue consts[3] = {py2c_str_from_cstr("FIRST_COMPLETED"), py2c_str_from_cstr("FIRST_EXCEPTION"),
                           py2c_str_from_cstr("ALL_COMPLETED")};
    Py2cValue values[] = {
        consts[0],
        consts[1],
        consts[2],
        py2c_type_value(&py2c__fut_CancelledError),
        py2c_type_value(&py2c_exc_TimeoutError),
        py2c_type_value(&py2c__fut_InvalidStateError),
        py2c_type_value(&py2c__fut_BrokenExecutor),
        py2c_type_value(&py2c__future_type),
        py2c_type_value(&py2c__executor_type),
        PY2C_BUILTIN_VALUE(wait_obj),
        PY2C_BUILTIN_VALUE(as_completed_obj),
        py2c_type_value(&py2c__threadpool_type),
    };
    int rc = PY2C_IS_NULL(consts[0]) || PY2C_IS_NULL(consts[1]) || PY2C_IS_NULL(consts[2])
                 ? -1
                 : add_all(m, names, values, sizeof values / sizeof values[0]);
    for (int i = 0; i < 3; i++) py2c_decref(consts[i]);
    if (rc < 0) PY2C_CLEAR(m);
    return m;
}
