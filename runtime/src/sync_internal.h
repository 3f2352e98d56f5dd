/* Striped locks: what makes the container operations that CPython performs
 * under its GIL (list append/pop/getitem/setitem/iteration step, dict
 * get/set/del, set add/discard, ...) atomic here, where there is no GIL.
 *
 * A lock is chosen by hashing an object's (or a slot's) address into a fixed
 * table of stripes, so no object carries a lock of its own and nothing needs
 * initialising. The locks are taken only while py2c__threads_active: a
 * single-threaded program never touches them.
 *
 * Stripes are spinlocks on C11 atomics (yielding after a short spin), and
 * recursive: a thread that holds one may take it again. That matters where a
 * locked operation calls back into Python code (a key's __eq__ during a dict
 * lookup) that uses the same object or another one hashing to the same
 * stripe. Rules for users of this header:
 *   - hold a stripe for a bounded, short step; never wait on anything else
 *     (a Python lock, a queue, a join) while holding one;
 *   - take at most one stripe at a time where that can be arranged: copy
 *     what is needed from one object (new references) before locking another;
 *   - release references (py2c_decref) after unlocking: a dealloc can run
 *     arbitrary code.
 * Python code never runs under a stripe: a dict or set lookup that must call
 * a key's __eq__ suspends the stripe around the call (py2c__stripe_suspend,
 * as free-threaded CPython does with its per-object locks) and re-validates
 * the table afterwards; so two threads whose __eq__ touch each other's
 * containers cannot deadlock. A stripe taken recursively (depth > 1) is not
 * suspended: no runtime path calls a lookup while already holding it. */
#ifndef PY2C_SYNC_INTERNAL_H
#define PY2C_SYNC_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "sync_internal.h is private to the py2c runtime"
#endif

#include <stdatomic.h>
#include <stdint.h>

#include "py2c.h"

typedef struct Py2cStripe Py2cStripe;

/* This thread's (or WASI fiber's) id: never 0, never reused; the owner id
 * of its stripes. Also the owner tag of the import locks (module.c). */
uintptr_t py2c__thread_uid(void);

/* The stripe guarding addr (always the same one for the same address). */
Py2cStripe *py2c__stripe_of(const void *addr);
void py2c__stripe_lock(Py2cStripe *s);
void py2c__stripe_unlock(Py2cStripe *s);

/* Around a call of Python code from inside s's critical section (the
 * calling thread holds s): releases s when held once and returns 1, else
 * returns 0 (nested: kept). py2c__stripe_resume takes it back when
 * suspended; the caller then re-checks whatever it read before. */
int py2c__stripe_suspend(Py2cStripe *s);
static inline void py2c__stripe_resume(Py2cStripe *s, int suspended) {
    if (suspended) py2c__stripe_lock(s);
}

/* Whether a == b can be decided without running Python code: both values
 * are immediates (small ints, floats, bools, None) or exact str, int or
 * bytes objects. Lookups compare such keys without suspending a stripe. */
static inline int py2c__eq_is_plain(Py2cValue a, Py2cValue b) {
    if (py2c_is_obj(a)) {
        const Py2cType *t = py2c_obj_ptr(a)->type;
        if (t != &py2c_str_type && t != &py2c_int_type && t != &py2c_bytes_type) return 0;
    }
    if (py2c_is_obj(b)) {
        const Py2cType *t = py2c_obj_ptr(b)->type;
        if (t != &py2c_str_type && t != &py2c_int_type && t != &py2c_bytes_type) return 0;
    }
    return 1;
}

/* Whether v < w can be decided without running Python code when both
 * values are plain: immediates, exact int/str/float/bytes, or tuples of
 * such (nested at most 3 deep). heapq and bisect compare such items under
 * a list's stripe; anything else is compared with the stripe released. */
int py2c__lt_is_plain(Py2cValue v);

/* The usual pattern:
 *     Py2cStripe *lk = py2c__lock(l);
 *     ... read/modify l, incref what is handed out ...
 *     py2c__unlock(lk);
 *     ... decref what was removed ...
 * py2c__lock returns NULL (and locks nothing) while single-threaded. */
static inline Py2cStripe *py2c__lock(const void *addr) {
    if (PY2C__LIKELY(!py2c__threaded())) return NULL;
    Py2cStripe *s = py2c__stripe_of(addr);
    py2c__stripe_lock(s);
    return s;
}
static inline void py2c__unlock(Py2cStripe *s) {
    if (s) py2c__stripe_unlock(s);
}

/* Stream locks for print() and file writes: one whole call's output is
 * written under the lock of the destination, so lines never tear. Keyed by
 * the stream object's address; recursive as above. */
#define py2c__stream_lock(obj) py2c__lock(obj)
#define py2c__stream_unlock(s) py2c__unlock(s)

#endif
