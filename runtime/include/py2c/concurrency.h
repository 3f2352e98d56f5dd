/* Direct runtime operations for the concurrency APIs (issue 5): the lowering
 * calls these instead of generic method calls when it recognises a pattern
 * (q.get() in a worker loop, ex.submit(f, x), fut.result(), `with lock:`).
 *
 * Each checks the receiver's exact type (queue.Queue, threading.Lock, ...)
 * and otherwise falls back to the generic method call, so the result is
 * always CPython's whatever the receiver turns out to be at run time.
 * Arguments are borrowed; results are new references (None for the
 * operations that return None), or PY2C_NULL with an exception set. */
#ifndef PY2C_CONCURRENCY_H
#define PY2C_CONCURRENCY_H

#include <stddef.h>

#include "py2c/object.h"

/* queue (mod_queue.c): q.put(item), q.get(), q.task_done() — blocking, no
 * timeout, for Queue, LifoQueue, PriorityQueue and SimpleQueue. */
PY2C_WARN_UNUSED Py2cValue py2c_queue_put(Py2cValue q, Py2cValue item);
PY2C_WARN_UNUSED Py2cValue py2c_queue_get(Py2cValue q);
PY2C_WARN_UNUSED Py2cValue py2c_queue_task_done(Py2cValue q);

/* threading (implemented by mod_threading*.c, the threading area): `with
 * lock:` on Lock/RLock/Condition/Semaphore — __enter__, and __exit__ called
 * with no exception information (None, None, None). */
PY2C_WARN_UNUSED Py2cValue py2c_lock_enter(Py2cValue lock);
PY2C_WARN_UNUSED Py2cValue py2c_lock_exit(Py2cValue lock);

/* concurrent.futures (mod_concurrent*.c): ex.submit(*args, **kw) where
 * args[0] is the callable and args[nargs..] the keyword values named by
 * kwnames (PY2C_NULL: none), the vectorcall convention of py2c/type.h; and
 * fut.result() without a timeout. */
PY2C_WARN_UNUSED Py2cValue py2c_executor_submit(Py2cValue ex, const Py2cValue *args, size_t nargs,
                                                Py2cValue kwnames);
PY2C_WARN_UNUSED Py2cValue py2c_future_result(Py2cValue fut);

#endif
