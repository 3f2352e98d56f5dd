/* concurrent.futures.Future, the waiters of wait()/as_completed(), the
 * module's exception classes and the library frames CPython shows in
 * tracebacks — as Lib/concurrent/futures/_base.py (CPython 3.11).
 *
 * A future's mutex plays _base.py's self._condition; completion records the
 * future in every installed waiter under that mutex (lock order: future, then
 * waiter) and runs the done callbacks afterwards, without any lock, on the
 * completing thread. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "mod_concurrent_internal.h"
#include "mod_queue_internal.h"
#include "py2c/concurrency.h"

/* ---- exception classes ------------------------------------------------------------- */

Py2cType py2c__fut_Error, py2c__fut_CancelledError, py2c__fut_InvalidStateError, py2c__fut_BrokenExecutor,
    py2c__fut_BrokenThreadPool;
static Py2cOnce types_once = PY2C_ONCE_INIT;

/* A subclass of base with base's slots (the exception slots are private to
 * exc.c, so each class starts as a copy of its base). */
static void derive(Py2cType *t, const Py2cType *base, const char *name, const char *module) {
    *t = *base;
    t->name = name;
    t->module = module;
    t->base = base;
}

static void types_init(void) {
    derive(&py2c__fut_Error, &py2c_exc_Exception, "Error", "concurrent.futures._base");
    derive(&py2c__fut_CancelledError, &py2c__fut_Error, "CancelledError", "concurrent.futures._base");
    derive(&py2c__fut_InvalidStateError, &py2c__fut_Error, "InvalidStateError", "concurrent.futures._base");
    derive(&py2c__fut_BrokenExecutor, &py2c_exc_RuntimeError, "BrokenExecutor", "concurrent.futures._base");
    derive(&py2c__fut_BrokenThreadPool, &py2c__fut_BrokenExecutor, "BrokenThreadPool", "concurrent.futures.thread");
}

void py2c__futures_types_init(void) { py2c_once(&types_once, types_init); }

/* ---- library frames ---------------------------------------------------------------- */

#define BASE_PY PY2C_CPYTHON_STDLIB "/concurrent/futures/_base.py"
#define THREAD_PY PY2C_CPYTHON_STDLIB "/concurrent/futures/thread.py"

static const Py2cCodeLoc frame_locs[FRAME_COUNT] = {
    [FRAME_RESULT_NOW] = {449, "return self.__get_result()", "       ^^^^^^^^^^^^^^^^^^^"},
    [FRAME_RESULT_WAITED] = {456, "return self.__get_result()", "       ^^^^^^^^^^^^^^^^^^^"},
    [FRAME_GET_RESULT] = {401, "raise self._exception", NULL},
    [FRAME_WORKITEM_RUN] = {58, "result = self.fn(*self.args, **self.kwargs)",
                            "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
    [FRAME_RESULT_OR_CANCEL] = {317, "return fut.result(timeout)", "       ^^^^^^^^^^^^^^^^^^^"},
    [FRAME_RESULT_ITERATOR] = {619, "yield _result_or_cancel(fs.pop())", "      ^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
    [FRAME_RESULT_ITERATOR_T] = {621, "yield _result_or_cancel(fs.pop(), end_time - time.monotonic())",
                                 "      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
    [FRAME_RESULT_TIMEOUT] = {458, "raise TimeoutError()", NULL},
    [FRAME_RESULT_CANCELLED] = {447, "raise CancelledError()", NULL},
    [FRAME_RESULT_CANCELLED_WAIT] = {454, "raise CancelledError()", NULL},
    [FRAME_EXCEPTION_CANCELLED] = {483, "raise CancelledError()", NULL},
    [FRAME_EXCEPTION_CANCELLED_WAIT] = {490, "raise CancelledError()", NULL},
    [FRAME_EXCEPTION_TIMEOUT] = {494, "raise TimeoutError()", NULL},
    [FRAME_SET_RESULT] = {544, "raise InvalidStateError('{}: {!r}'.format(self._state, self))", NULL},
    [FRAME_SET_EXCEPTION] = {559, "raise InvalidStateError('{}: {!r}'.format(self._state, self))", NULL},
    [FRAME_AS_COMPLETED_TIMEOUT] = {239, "raise TimeoutError(", NULL},
    [FRAME_WAIT_INVALID] = {169, "raise ValueError(\"Invalid return condition: %r\" % return_when)", NULL},
    [FRAME_SUBMIT_SHUTDOWN] = {167, "raise RuntimeError('cannot schedule new futures after shutdown')", NULL},
    [FRAME_SUBMIT_BROKEN] = {164, "raise BrokenThreadPool(self._broken)", NULL},
    [FRAME_INIT_MAX_WORKERS] = {144, "raise ValueError(\"max_workers must be greater than 0\")", NULL},
    [FRAME_INIT_INITIALIZER] = {147, "raise TypeError(\"initializer must be a callable\")", NULL},
    [FRAME_MAP_LISTCOMP] = {608, "fs = [self.submit(fn, *args) for args in zip(*iterables)]",
                            "      ^^^^^^^^^^^^^^^^^^^^^^"},
    [FRAME_MAP] = {608, "fs = [self.submit(fn, *args) for args in zip(*iterables)]",
                   "     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
    [FRAME_WORKER_INIT] = {72, "initializer(*initargs)", NULL},
};

#define CODE(frame, file, fname) [frame] = {file, fname, &frame_locs[frame], 1}
static const Py2cCode frame_codes[FRAME_COUNT] = {
    CODE(FRAME_RESULT_NOW, BASE_PY, "result"),
    CODE(FRAME_RESULT_WAITED, BASE_PY, "result"),
    CODE(FRAME_GET_RESULT, BASE_PY, "__get_result"),
    CODE(FRAME_WORKITEM_RUN, THREAD_PY, "run"),
    CODE(FRAME_RESULT_OR_CANCEL, BASE_PY, "_result_or_cancel"),
    CODE(FRAME_RESULT_ITERATOR, BASE_PY, "result_iterator"),
    CODE(FRAME_RESULT_ITERATOR_T, BASE_PY, "result_iterator"),
    CODE(FRAME_RESULT_TIMEOUT, BASE_PY, "result"),
    CODE(FRAME_RESULT_CANCELLED, BASE_PY, "result"),
    CODE(FRAME_RESULT_CANCELLED_WAIT, BASE_PY, "result"),
    CODE(FRAME_EXCEPTION_CANCELLED, BASE_PY, "exception"),
    CODE(FRAME_EXCEPTION_CANCELLED_WAIT, BASE_PY, "exception"),
    CODE(FRAME_EXCEPTION_TIMEOUT, BASE_PY, "exception"),
    CODE(FRAME_SET_RESULT, BASE_PY, "set_result"),
    CODE(FRAME_SET_EXCEPTION, BASE_PY, "set_exception"),
    CODE(FRAME_AS_COMPLETED_TIMEOUT, BASE_PY, "as_completed"),
    CODE(FRAME_WAIT_INVALID, BASE_PY, "wait"),
    CODE(FRAME_SUBMIT_SHUTDOWN, THREAD_PY, "submit"),
    CODE(FRAME_SUBMIT_BROKEN, THREAD_PY, "submit"),
    CODE(FRAME_INIT_MAX_WORKERS, THREAD_PY, "__init__"),
    CODE(FRAME_INIT_INITIALIZER, THREAD_PY, "__init__"),
    CODE(FRAME_MAP_LISTCOMP, BASE_PY, "<listcomp>"),
    CODE(FRAME_MAP, BASE_PY, "map"),
    CODE(FRAME_WORKER_INIT, THREAD_PY, "_worker"),
};

void py2c__fut_traceback(Py2cFutFrame f) { py2c_traceback_add(&frame_codes[f], 0); }

/* ---- waiters --------------------------------------------------------------------- */

Py2cFutWaiter *py2c__waiter_new(int kind, int64_t n) {
    Py2cFutWaiter *w = calloc(1, sizeof *w);
    if (w) w->finished = malloc(sizeof *w->finished * (size_t)(n > 0 ? n : 1));
    if (!w || !w->finished || py2c_mutex_init(&w->mu) != 0) {
        if (w) free(w->finished);
        free(w);
        (void)py2c_error_nomemory();
        return NULL;
    }
    if (py2c_cond_init(&w->cv) != 0) {
        py2c_mutex_destroy(&w->mu);
        free(w->finished);
        free(w);
        (void)py2c_error_nomemory();
        return NULL;
    }
    w->kind = kind;
    w->cap = n > 0 ? n : 1;
    return w;
}

void py2c__waiter_delete(Py2cFutWaiter *w) {
    if (!w) return;
    for (int64_t i = 0; i < w->nfinished; i++) py2c_decref(w->finished[i]);
    free(w->finished);
    py2c_cond_destroy(&w->cv);
    py2c_mutex_destroy(&w->mu);
    free(w);
}

/* _Waiter.add_result / add_exception / add_cancelled, for a future in
 * state `state` (FINISHED with or without an exception, or cancelled). */
static void waiter_add(Py2cFutWaiter *w, Py2cValue fut, int state, int has_exc) {
    py2c_mutex_lock(&w->mu);
    if (w->nfinished < w->cap) {
        py2c_incref(fut);
        w->finished[w->nfinished++] = fut;
    }
    switch (w->kind) {
    case WAIT_AS_COMPLETED:
    case WAIT_FIRST_COMPLETED: w->event = 1; break;
    case WAIT_FIRST_EXCEPTION:
    case WAIT_ALL_COMPLETED:
        if (w->kind == WAIT_FIRST_EXCEPTION && state == FUT_FINISHED && has_exc)
            w->event = 1;
        else if (--w->pending <= 0) /* a result or a cancellation counts down */
            w->event = 1;
        break;
    }
    py2c_cond_broadcast(&w->cv);
    py2c_mutex_unlock(&w->mu);
}

static int is_done_state(int s) { return s == FUT_CANCELLED || s == FUT_CANCELLED_AND_NOTIFIED || s == FUT_FINISHED; }
/* Done as wait() and as_completed() see it: a future cancelled before a
 * worker took it is not, until the worker notifies its waiters (CPython). */
static int is_waitable_done(int s) { return s == FUT_CANCELLED_AND_NOTIFIED || s == FUT_FINISHED; }

int py2c__waiter_install(Py2cFutWaiter *w, Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    if (is_waitable_done(f->state)) {
        py2c_mutex_unlock(&f->mu);
        return 1;
    }
    if (f->nwaiters == f->capwaiters) {
        int64_t ncap = f->capwaiters ? f->capwaiters * 2 : 4;
        Py2cFutWaiter **n = realloc(f->waiters, sizeof *n * (size_t)ncap);
        if (!n) {
            py2c_mutex_unlock(&f->mu);
            (void)py2c_error_nomemory();
            return -1;
        }
        f->waiters = n;
        f->capwaiters = ncap;
    }
    f->waiters[f->nwaiters++] = w;
    py2c_mutex_unlock(&f->mu);
    return 0;
}

void py2c__waiter_note_done(Py2cFutWaiter *w, Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    int state = f->state, has_exc = !PY2C_IS_NULL(f->exception);
    py2c_mutex_unlock(&f->mu);
    waiter_add(w, fut, state, has_exc);
}

void py2c__waiter_uninstall(Py2cFutWaiter *w, Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    for (int64_t i = 0; i < f->nwaiters; i++) {
        if (f->waiters[i] == w) {
            memmove(&f->waiters[i], &f->waiters[i + 1], sizeof *f->waiters * (size_t)(f->nwaiters - i - 1));
            f->nwaiters--;
            break;
        }
    }
    py2c_mutex_unlock(&f->mu);
}

int py2c__waiter_wait(Py2cFutWaiter *w, int64_t deadline) {
    py2c_mutex_lock(&w->mu);
    while (!w->event)
        if (py2c_cond_wait_until(&w->cv, &w->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    int set = w->event;
    py2c_mutex_unlock(&w->mu);
    return set;
}

int py2c__future_is_done(Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    int done = is_waitable_done(f->state);
    py2c_mutex_unlock(&f->mu);
    return done;
}

int py2c__future_has_exception(Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    int r = f->state == FUT_FINISHED && !PY2C_IS_NULL(f->exception);
    py2c_mutex_unlock(&f->mu);
    return r;
}

/* ---- the Future object ------------------------------------------------------------ */

Py2cValue py2c__future_new(void) {
    py2c__futures_types_init();
    Py2cFuture *f = (Py2cFuture *)py2c__object_new(&py2c__future_type, sizeof *f);
    if (!f) return PY2C_NULL;
    char *body = (char *)f + sizeof f->ob;
    memset(body, 0, sizeof *f - sizeof f->ob);
    f->result = f->exception = PY2C_NULL;
    if (py2c_mutex_init(&f->mu) != 0) {
        free(f);
        return py2c_error_nomemory();
    }
    if (py2c_cond_init(&f->cv) != 0) {
        py2c_mutex_destroy(&f->mu);
        free(f);
        return py2c_error_nomemory();
    }
    f->state = FUT_PENDING;
    return py2c_obj_value(&f->ob);
}

static void future_dealloc(Py2cObject *o) {
    Py2cFuture *f = (Py2cFuture *)o;
    py2c_decref(f->result);
    py2c_decref(f->exception);
    for (int64_t i = 0; i < f->ncallbacks; i++) py2c_decref(f->callbacks[i]);
    free(f->callbacks);
    free(f->waiters);
    py2c_cond_destroy(&f->cv);
    py2c_mutex_destroy(&f->mu);
    free(o);
}

/* Future() */
static Py2cValue future_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args;
    if (py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "Future.__init__() got an unexpected keyword argument '%s'",
                                 py2c__as_str(py2c__kw_name(kwnames, 0))->data);
    if (nargs)
        return py2c_error_format(&py2c_exc_TypeError, "Future.__init__() takes 1 positional argument but %zu were given",
                                 nargs + 1);
    return py2c__future_new();
}

static const char *state_desc(int s) {
    switch (s) {
    case FUT_PENDING: return "pending";
    case FUT_RUNNING: return "running";
    case FUT_FINISHED: return "finished";
    default: return "cancelled";
    }
}

static const char *state_name(int s) {
    switch (s) {
    case FUT_PENDING: return "PENDING";
    case FUT_RUNNING: return "RUNNING";
    case FUT_CANCELLED: return "CANCELLED";
    case FUT_CANCELLED_AND_NOTIFIED: return "CANCELLED_AND_NOTIFIED";
    default: return "FINISHED";
    }
}

/* <Future at 0x... state=finished returned int> */
static Py2cValue future_repr(Py2cValue self) {
    Py2cFuture *f = py2c__fut(self);
    char buf[256];
    py2c_mutex_lock(&f->mu);
    const char *tname = py2c_obj_ptr(self)->type->name;
    if (f->state == FUT_FINISHED) {
        int exc = !PY2C_IS_NULL(f->exception);
        snprintf(buf, sizeof buf, "<%s at %#llx state=%s %s %s>", tname, (unsigned long long)(uintptr_t)f,
                 state_desc(f->state), exc ? "raised" : "returned",
                 py2c_type_name(exc ? f->exception : f->result));
    } else {
        snprintf(buf, sizeof buf, "<%s at %#llx state=%s>", tname, (unsigned long long)(uintptr_t)f,
                 state_desc(f->state));
    }
    py2c_mutex_unlock(&f->mu);
    return py2c_str_from_cstr(buf);
}

/* _invoke_callbacks: each callback(fut); an Exception is logged to stderr
 * (LOGGER.exception), as CPython. The callbacks are taken out of the future
 * (done futures never add more: add_done_callback calls at once). */
static void invoke_callbacks(Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    Py2cValue *cbs = f->callbacks;
    int64_t n = f->ncallbacks;
    f->callbacks = NULL;
    f->ncallbacks = f->capcallbacks = 0;
    py2c_mutex_unlock(&f->mu);
    for (int64_t i = 0; i < n; i++) {
        Py2cValue r = py2c_call(cbs[i], &fut, 1, PY2C_NULL);
        if (PY2C_IS_NULL(r)) {
            Py2cValue exc = py2c_error_fetch();
            Py2cValue rep = future_repr(fut);
            if (PY2C_IS_NULL(rep)) py2c_error_clear();
            fflush(stdout);
            fprintf(stderr, "exception calling callback for %s\n",
                    PY2C_IS_NULL(rep) ? "<Future>" : py2c__as_str(rep)->data);
            py2c_decref(rep);
            if (!PY2C_IS_NULL(exc)) py2c_exception_print(exc, stderr);
            py2c_decref(exc);
        }
        py2c_decref(r);
        py2c_decref(cbs[i]);
    }
    free(cbs);
}

/* Completes the future: state FINISHED with a result or an exception
 * (borrowed; exactly one is not PY2C_NULL). */
static int complete(Py2cValue fut, Py2cValue result, Py2cValue exc, Py2cFutFrame frame) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    if (is_done_state(f->state)) {
        const char *sname = state_name(f->state);
        py2c_mutex_unlock(&f->mu);
        Py2cValue rep = future_repr(fut);
        if (PY2C_IS_NULL(rep)) return -1;
        (void)py2c_error_format(&py2c__fut_InvalidStateError, "%s: %s", sname, py2c__as_str(rep)->data);
        py2c_decref(rep);
        py2c__fut_traceback(frame);
        return -1;
    }
    py2c_incref(result);
    py2c_incref(exc);
    f->result = result;
    f->exception = exc;
    f->state = FUT_FINISHED;
    for (int64_t i = 0; i < f->nwaiters; i++) waiter_add(f->waiters[i], fut, FUT_FINISHED, !PY2C_IS_NULL(exc));
    py2c_cond_broadcast(&f->cv);
    py2c_mutex_unlock(&f->mu);
    invoke_callbacks(fut);
    return 0;
}

int py2c__future_set_result(Py2cValue fut, Py2cValue value) {
    return complete(fut, value, PY2C_NULL, FRAME_SET_RESULT);
}

int py2c__future_set_exception(Py2cValue fut, Py2cValue exc) {
    return complete(fut, PY2C_NULL, exc, FRAME_SET_EXCEPTION);
}

int py2c__future_set_running(Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    int run = 0;
    if (f->state == FUT_CANCELLED) {
        f->state = FUT_CANCELLED_AND_NOTIFIED;
        for (int64_t i = 0; i < f->nwaiters; i++) waiter_add(f->waiters[i], fut, FUT_CANCELLED_AND_NOTIFIED, 0);
    } else if (f->state == FUT_PENDING) {
        f->state = FUT_RUNNING;
        run = 1;
    }
    py2c_mutex_unlock(&f->mu);
    return run;
}

int py2c__future_cancel(Py2cValue fut) {
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    if (f->state == FUT_RUNNING || f->state == FUT_FINISHED) {
        py2c_mutex_unlock(&f->mu);
        return 0;
    }
    if (f->state == FUT_CANCELLED || f->state == FUT_CANCELLED_AND_NOTIFIED) {
        py2c_mutex_unlock(&f->mu);
        return 1;
    }
    f->state = FUT_CANCELLED;
    py2c_cond_broadcast(&f->cv);
    py2c_mutex_unlock(&f->mu);
    invoke_callbacks(fut);
    return 1;
}

/* Waits (f->mu held) until the future is done or the deadline passes. */
static void wait_done(Py2cFuture *f, int64_t deadline) {
    while (!is_done_state(f->state))
        if (py2c_cond_wait_until(&f->cv, &f->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
}

static Py2cValue raise_with_frame(const Py2cType *t, Py2cFutFrame frame) {
    (void)py2c_error_format(t, NULL);
    py2c__fut_traceback(frame);
    return PY2C_NULL;
}

/* Future.result(timeout=None) / Future.exception(timeout=None): want_exc
 * selects the latter. */
static Py2cValue result_or_exception(Py2cValue fut, Py2cValue timeout, int want_exc) {
    int64_t deadline;
    int negative;
    if (py2c__timeout_deadline(timeout, &deadline, &negative) < 0) return PY2C_NULL;
    Py2cFuture *f = py2c__fut(fut);
    py2c_mutex_lock(&f->mu);
    int waited = 0;
    if (!is_done_state(f->state)) {
        wait_done(f, deadline);
        waited = 1;
    }
    if (f->state == FUT_CANCELLED || f->state == FUT_CANCELLED_AND_NOTIFIED) {
        py2c_mutex_unlock(&f->mu);
        return raise_with_frame(&py2c__fut_CancelledError,
                                want_exc ? (waited ? FRAME_EXCEPTION_CANCELLED_WAIT : FRAME_EXCEPTION_CANCELLED)
                                         : (waited ? FRAME_RESULT_CANCELLED_WAIT : FRAME_RESULT_CANCELLED));
    }
    if (f->state != FUT_FINISHED) {
        py2c_mutex_unlock(&f->mu);
        return raise_with_frame(&py2c_exc_TimeoutError, want_exc ? FRAME_EXCEPTION_TIMEOUT : FRAME_RESULT_TIMEOUT);
    }
    Py2cValue exc = f->exception, res = f->result;
    py2c_incref(exc);
    py2c_incref(res);
    py2c_mutex_unlock(&f->mu);
    if (want_exc) {
        py2c_decref(res);
        return PY2C_IS_NULL(exc) ? PY2C_NONE : exc;
    }
    if (PY2C_IS_NULL(exc)) return res;
    /* __get_result: `raise self._exception`, the same object (so its
     * traceback grows by these frames, as in CPython). */
    if (py2c__is_exception(exc)) {
        py2c__error_set(exc);
    } else {
        (void)py2c_raise(exc, PY2C_NULL);
        py2c_decref(exc);
    }
    py2c__fut_traceback(FRAME_GET_RESULT);
    py2c__fut_traceback(waited ? FRAME_RESULT_WAITED : FRAME_RESULT_NOW);
    return PY2C_NULL;
}

Py2cValue py2c__future_result(Py2cValue fut, Py2cValue timeout) { return result_or_exception(fut, timeout, 0); }

/* ---- methods ---------------------------------------------------------------------- */

static int parse_timeout(const char *fname, const Py2cValue *args, size_t nargs, Py2cValue kwnames, Py2cValue *t) {
    static const char *const names[] = {"timeout"};
    Py2cArgSpec spec = {fname, names, 0, 0, 1, 1};
    return py2c__args_parse(&spec, args, nargs, kwnames, t);
}

static Py2cValue m_result(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue t;
    if (parse_timeout("result", args, nargs, kwnames, &t) < 0) return PY2C_NULL;
    return result_or_exception(self, t, 0);
}

static Py2cValue m_exception(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue t;
    if (parse_timeout("exception", args, nargs, kwnames, &t) < 0) return PY2C_NULL;
    return result_or_exception(self, t, 1);
}

static Py2cValue state_test(Py2cValue self, size_t nargs, Py2cValue kwnames, const char *name, int which) {
    if (py2c__check_nargs(name, name, nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    Py2cFuture *f = py2c__fut(self);
    py2c_mutex_lock(&f->mu);
    int s = f->state, r;
    py2c_mutex_unlock(&f->mu);
    switch (which) {
    case 0: r = s == FUT_CANCELLED || s == FUT_CANCELLED_AND_NOTIFIED; break;
    case 1: r = s == FUT_RUNNING; break;
    default: r = is_done_state(s); break;
    }
    return py2c_bool(r);
}

static Py2cValue m_cancelled(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    return state_test(self, nargs, kwnames, "cancelled", 0);
}
static Py2cValue m_running(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    return state_test(self, nargs, kwnames, "running", 1);
}
static Py2cValue m_done(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    return state_test(self, nargs, kwnames, "done", 2);
}

static Py2cValue m_cancel(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("cancel", "cancel", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    return py2c_bool(py2c__future_cancel(self));
}

/* add_done_callback(fn): later, or now when already done (an Exception from
 * fn is logged; other BaseExceptions propagate, as CPython). */
static Py2cValue m_add_done_callback(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"fn"};
    static const Py2cArgSpec spec = {"add_done_callback", names, 0, 1, 1, 1};
    Py2cValue fn;
    if (py2c__args_parse(&spec, args, nargs, kwnames, &fn) < 0) return PY2C_NULL;
    Py2cFuture *f = py2c__fut(self);
    py2c_mutex_lock(&f->mu);
    if (!is_done_state(f->state)) {
        if (f->ncallbacks == f->capcallbacks) {
            int64_t ncap = f->capcallbacks ? f->capcallbacks * 2 : 4;
            Py2cValue *n = realloc(f->callbacks, sizeof *n * (size_t)ncap);
            if (!n) {
                py2c_mutex_unlock(&f->mu);
                return py2c_error_nomemory();
            }
            f->callbacks = n;
            f->capcallbacks = ncap;
        }
        py2c_incref(fn);
        f->callbacks[f->ncallbacks++] = fn;
        py2c_mutex_unlock(&f->mu);
        return PY2C_NONE;
    }
    py2c_mutex_unlock(&f->mu);
    Py2cValue r = py2c_call(fn, &self, 1, PY2C_NULL);
    if (PY2C_IS_NULL(r)) {
        if (!py2c_error_matches(&py2c_exc_Exception)) return PY2C_NULL;
        Py2cValue exc = py2c_error_fetch();
        Py2cValue rep = future_repr(self);
        if (PY2C_IS_NULL(rep)) py2c_error_clear();
        fflush(stdout);
        fprintf(stderr, "exception calling callback for %s\n", PY2C_IS_NULL(rep) ? "<Future>" : py2c__as_str(rep)->data);
        py2c_decref(rep);
        py2c_exception_print(exc, stderr);
        py2c_decref(exc);
        return PY2C_NONE;
    }
    py2c_decref(r);
    return PY2C_NONE;
}

static Py2cValue m_set_result(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"result"};
    static const Py2cArgSpec spec = {"set_result", names, 0, 1, 1, 1};
    Py2cValue v;
    if (py2c__args_parse(&spec, args, nargs, kwnames, &v) < 0) return PY2C_NULL;
    return py2c__future_set_result(self, v) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_set_exception(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"exception"};
    static const Py2cArgSpec spec = {"set_exception", names, 0, 1, 1, 1};
    Py2cValue v;
    if (py2c__args_parse(&spec, args, nargs, kwnames, &v) < 0) return PY2C_NULL;
    return py2c__future_set_exception(self, v) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_set_running_or_notify_cancel(Py2cValue self, const Py2cValue *args, size_t nargs,
                                                Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("set_running_or_notify_cancel", "set_running_or_notify_cancel", nargs, kwnames, 0, 0) < 0)
        return PY2C_NULL;
    Py2cFuture *f = py2c__fut(self);
    py2c_mutex_lock(&f->mu);
    int s = f->state;
    py2c_mutex_unlock(&f->mu);
    if (s != FUT_PENDING && s != FUT_CANCELLED)
        return py2c_error_format(&py2c_exc_RuntimeError, "Future in unexpected state");
    return py2c_bool(py2c__future_set_running(self));
}

static const Py2cMethodDef future_methods[] = {
    {"result", m_result},
    {"exception", m_exception},
    {"done", m_done},
    {"running", m_running},
    {"cancelled", m_cancelled},
    {"cancel", m_cancel},
    {"add_done_callback", m_add_done_callback},
    {"set_result", m_set_result},
    {"set_exception", m_set_exception},
    {"set_running_or_notify_cancel", m_set_running_or_notify_cancel},
    {NULL, NULL},
};

const Py2cType py2c__future_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Future",
    .module = "concurrent.futures._base",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cFuture),
    .dealloc = future_dealloc,
    .new_ = future_new,
    .repr = future_repr,
    .hash = py2c_object_hash,
    .methods = future_methods,
};

/* ---- direct operation ------------------------------------------------------------- */

PY2C__STR_CONST(s_result, "result");

Py2cValue py2c_future_result(Py2cValue fut) {
    if (!py2c_is_obj(fut) || py2c_obj_ptr(fut)->type != &py2c__future_type)
        return py2c_call_method(fut, PY2C__STR_VAL(s_result), NULL, 0, PY2C_NULL);
    return result_or_exception(fut, PY2C_NULL, 0);
}
