/* threading internals other runtime modules use (queue, concurrent.futures).
 * Implemented in mod_threading*.c. */
#ifndef PY2C_MOD_THREADING_INTERNAL_H
#define PY2C_MOD_THREADING_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "mod_threading_internal.h is private to the py2c runtime"
#endif

#include "py2c/object.h"

/* Starts fn(arg) on a new thread registered with threading (so
 * current_thread(), active_count(), enumerate() see it) under `name` (copied;
 * NULL: CPython's default "Thread-N"); daemon threads are not waited for at
 * exit. Activates the runtime's thread-safety mode before creating the
 * thread. An exception left pending by fn when it returns is reported
 * through threading's excepthook ("Exception in thread NAME:" + traceback)
 * and cleared. Returns the Thread object (new ref) or PY2C_NULL with an
 * exception (RuntimeError "can't start new thread"). */
PY2C_WARN_UNUSED Py2cValue py2c__thread_spawn(const char *name, void (*fn)(void *), void *arg, int daemon);

/* Registers fn(arg) to run at program exit BEFORE non-daemon threads are
 * joined (CPython's threading._register_atexit: executors shut down there).
 * Callbacks run in reverse order of registration, on the main thread.
 * 0, or -1 with an exception (RuntimeError "can't register atexit after
 * shutdown" once exit processing has begun). */
PY2C_WARN_UNUSED int py2c__threading_atexit(void (*fn)(void *), void *arg);

/* Program exit (main.c): runs the atexit callbacks, then joins every
 * non-daemon thread still alive (as CPython's threading._shutdown). Returns
 * the number of daemon threads still running afterwards. Must be called on
 * the main thread. */
int py2c__threading_shutdown(void);
/* Program start (main.c): records the calling thread as the main thread. */
void py2c__threading_main_init(void);

/* ---- shared between mod_threading*.c ------------------------------------------------------ */

/* A timeout argument in seconds: None -> PY2C_DEADLINE_NEVER; a number <= 0
 * -> PY2C_DEADLINE_NOW; else the deadline that far from now. 0, or -1 with
 * TypeError for a non-number. */
PY2C_WARN_UNUSED int py2c__thr_deadline(Py2cValue timeout, int64_t *deadline);
/* A number as a double: 0, or -1 with TypeError ("'str' object cannot be
 * interpreted as an integer", as CPython's _PyTime conversions). */
PY2C_WARN_UNUSED int py2c__thr_seconds(Py2cValue v, double *out);
/* The ident of the calling Python thread (get_ident()). */
uint64_t py2c__thr_ident(void);

/* mod_threading_sync.c: adds Lock, RLock, Condition, Semaphore,
 * BoundedSemaphore, Event, Barrier, BrokenBarrierError to module m. 0 / -1. */
PY2C_WARN_UNUSED int py2c__thr_sync_init(Py2cValue m);
/* mod_threading_local.c: adds local. 0 / -1. */
PY2C_WARN_UNUSED int py2c__thr_local_init(Py2cValue m);
/* A new Event (Timer.finished). */
PY2C_WARN_UNUSED Py2cValue py2c__thr_event_new(void);

#endif
