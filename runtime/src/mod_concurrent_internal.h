/* concurrent.futures internals (CPython 3.11's Lib/concurrent/futures/
 * _base.py and thread.py), shared by mod_concurrent.c (the package, wait,
 * as_completed), mod_concurrent_future.c (Future, waiters, exceptions) and
 * mod_concurrent_pool.c (ThreadPoolExecutor). */
#ifndef PY2C_MOD_CONCURRENT_INTERNAL_H
#define PY2C_MOD_CONCURRENT_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "mod_concurrent_internal.h is private to the py2c runtime"
#endif

#include "internal.h"
#include "platform.h"

/* Where CPython's own library lives, for the frames of _base.py and
 * thread.py that CPython shows in a traceback through Future.result() (its
 * line numbers are those of every 3.11 release). The build may pass the
 * oracle's (python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))'). */
#ifndef PY2C_CPYTHON_STDLIB
#define PY2C_CPYTHON_STDLIB "/usr/lib/python3.11"
#endif

/* Future states, as _base.py's (CANCELLED_AND_NOTIFIED: cancelled, and the
 * waiters have been told). */
enum { FUT_PENDING, FUT_RUNNING, FUT_CANCELLED, FUT_CANCELLED_AND_NOTIFIED, FUT_FINISHED };

/* A waiter of wait()/as_completed() (_base.py's _Waiter classes): futures
 * that complete while it is installed add themselves to `finished` and set
 * `event` as its kind says. Lock order: a future's mu, then a waiter's mu. */
enum { WAIT_AS_COMPLETED, WAIT_FIRST_COMPLETED, WAIT_FIRST_EXCEPTION, WAIT_ALL_COMPLETED };
typedef struct Py2cFutWaiter {
    Py2cMutex mu;
    Py2cCond cv;
    int kind;
    int event;
    int64_t pending;     /* FIRST_EXCEPTION / ALL_COMPLETED: futures not yet done */
    Py2cValue *finished; /* owned references; room for every future reserved up front */
    int64_t nfinished, cap;
} Py2cFutWaiter;

typedef struct Py2cFuture {
    Py2cObject ob;
    Py2cMutex mu; /* guards everything below (_base.py's self._condition) */
    Py2cCond cv;
    int state;
    Py2cValue result, exception; /* owned, PY2C_NULL when unset */
    Py2cValue *callbacks;        /* owned; run once the future is done */
    int64_t ncallbacks, capcallbacks;
    Py2cFutWaiter **waiters;
    int64_t nwaiters, capwaiters;
} Py2cFuture;

extern const Py2cType py2c__future_type;
static inline int py2c__is_future(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c__future_type);
}
static inline Py2cFuture *py2c__fut(Py2cValue v) { return (Py2cFuture *)py2c_obj_ptr(v); }

/* The exception classes (filled in once by py2c__futures_types_init):
 * _base.Error, CancelledError, InvalidStateError, BrokenExecutor and
 * thread.BrokenThreadPool. */
extern Py2cType py2c__fut_Error, py2c__fut_CancelledError, py2c__fut_InvalidStateError,
    py2c__fut_BrokenExecutor, py2c__fut_BrokenThreadPool;
void py2c__futures_types_init(void);

/* A new pending Future (new reference) or PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c__future_new(void);
/* _WorkItem.run's first step: 1 to run the call (now RUNNING), 0 if the
 * future was cancelled (now CANCELLED_AND_NOTIFIED). */
int py2c__future_set_running(Py2cValue fut);
/* set_result / set_exception (value borrowed): 0, or -1 with
 * InvalidStateError when the future is already done. Completion callbacks
 * run on the calling thread. */
PY2C_WARN_UNUSED int py2c__future_set_result(Py2cValue fut, Py2cValue value);
PY2C_WARN_UNUSED int py2c__future_set_exception(Py2cValue fut, Py2cValue exc);
/* Future.cancel(): 1 cancelled (or already), 0 running/finished. */
int py2c__future_cancel(Py2cValue fut);
/* Future.result(timeout): timeout PY2C_NULL or None waits without limit. */
PY2C_WARN_UNUSED Py2cValue py2c__future_result(Py2cValue fut, Py2cValue timeout);

/* Waiters (mod_concurrent_future.c). new: kind, with room for n futures;
 * NULL with MemoryError. */
Py2cFutWaiter *py2c__waiter_new(int kind, int64_t n);
void py2c__waiter_delete(Py2cFutWaiter *w);
/* Under fut's lock: if fut is done, returns 1 (w not installed); otherwise
 * installs w on it and returns 0. -1 with MemoryError. */
int py2c__waiter_install(Py2cFutWaiter *w, Py2cValue fut);
/* Records done future fut in w as its completion would have. */
void py2c__waiter_note_done(Py2cFutWaiter *w, Py2cValue fut);
/* Waits for w's event until deadline; 1 set, 0 timed out. clear: reset it. */
int py2c__waiter_wait(Py2cFutWaiter *w, int64_t deadline);
void py2c__waiter_uninstall(Py2cFutWaiter *w, Py2cValue fut);
/* Whether the future is done as wait() sees it: FINISHED or
 * CANCELLED_AND_NOTIFIED (its lock taken briefly). */
int py2c__future_is_done(Py2cValue fut);
/* Whether it finished with an exception (not cancelled). */
int py2c__future_has_exception(Py2cValue fut);

/* Traceback frames of the library code CPython runs (Py2cCode entries with
 * one location each), added to the current exception as it leaves them. */
typedef enum {
    FRAME_RESULT_NOW,            /* Future.result: return self.__get_result() (done at entry) */
    FRAME_RESULT_WAITED,         /* ... after waiting */
    FRAME_GET_RESULT,            /* Future.__get_result: raise self._exception */
    FRAME_WORKITEM_RUN,          /* thread.py _WorkItem.run: result = self.fn(...) */
    FRAME_RESULT_OR_CANCEL,      /* _result_or_cancel: return fut.result(timeout) */
    FRAME_RESULT_ITERATOR,       /* Executor.map's result_iterator (no timeout) */
    FRAME_RESULT_ITERATOR_T,     /* ... with a timeout */
    FRAME_RESULT_TIMEOUT,        /* Future.result: raise TimeoutError() */
    FRAME_RESULT_CANCELLED,      /* Future.result: raise CancelledError() (done at entry) */
    FRAME_RESULT_CANCELLED_WAIT, /* ... after waiting */
    FRAME_EXCEPTION_CANCELLED,   /* Future.exception: raise CancelledError() (at entry) */
    FRAME_EXCEPTION_CANCELLED_WAIT,
    FRAME_EXCEPTION_TIMEOUT,     /* Future.exception: raise TimeoutError() */
    FRAME_SET_RESULT,            /* Future.set_result: raise InvalidStateError(...) */
    FRAME_SET_EXCEPTION,         /* Future.set_exception: raise InvalidStateError(...) */
    FRAME_AS_COMPLETED_TIMEOUT,  /* as_completed: raise TimeoutError( */
    FRAME_WAIT_INVALID,          /* wait: raise ValueError("Invalid return condition: %r" ...) */
    FRAME_SUBMIT_SHUTDOWN,       /* thread.py submit: raise RuntimeError(...) */
    FRAME_SUBMIT_BROKEN,         /* thread.py submit: raise BrokenThreadPool(self._broken) */
    FRAME_INIT_MAX_WORKERS,      /* thread.py __init__: raise ValueError(...) */
    FRAME_INIT_INITIALIZER,      /* thread.py __init__: raise TypeError(...) */
    FRAME_MAP_LISTCOMP,          /* Executor.map's <listcomp>: self.submit(fn, *args) */
    FRAME_MAP,                   /* Executor.map: fs = [...] */
    FRAME_WORKER_INIT,           /* thread.py _worker: initializer(*initargs) */
    FRAME_COUNT
} Py2cFutFrame;
void py2c__fut_traceback(Py2cFutFrame f);

/* Runs the Thread machinery: ThreadPoolExecutor (mod_concurrent_pool.c). */
extern const Py2cType py2c__executor_type;
extern const Py2cType py2c__threadpool_type;
/* concurrent.futures' exit hook: called at the first import. 0 or -1. */
PY2C_WARN_UNUSED int py2c__pool_register_atexit(void);

/* as_completed's iterator and wait (mod_concurrent.c). */
extern const Py2cType py2c__as_completed_type;

#endif
