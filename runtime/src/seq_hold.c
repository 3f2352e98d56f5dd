/* Reading a list's items while other threads may change it: the snapshot
 * behind py2c__seq_hold (container_internal.h). Without a GIL, a list's item
 * array can be reallocated, and the items it held released, between a
 * reader's load of the array pointer and its use of an item; a copy made
 * under the list's stripe (with a reference to every item) is the reader's
 * own from then on. */
#include "container_internal.h"
#include "sync_internal.h"

Py2cValue py2c__list_snapshot(Py2cValue l) {
    Py2cList *lp = py2c_list_ptr(l);
    for (;;) {
        /* allocate outside the stripe (malloc may be slow), fill under it;
         * retry if the list grew in between (shrinking is fine: the tail is
         * unused and the tuple is cut below) */
        Py2cStripe *lk = py2c__lock(lp);
        int64_t n = lp->size;
        py2c__unlock(lk);
        Py2cValue t = py2c_tuple_new((size_t)n);
        if (PY2C_IS_NULL(t)) return t;
        Py2cValue *dst = py2c_tuple_ptr(t)->items;
        lk = py2c__lock(lp);
        int64_t m = lp->size;
        if (m <= n)
            for (int64_t i = 0; i < m; i++) py2c_incref(dst[i] = lp->items[i]);
        py2c__unlock(lk);
        if (m == n) return t;
        if (m < n) {
            /* the slots past m are still PY2C_NULL: copy the head into a
             * tuple of the right size */
            Py2cValue r = py2c_tuple_pack((size_t)m, dst);
            py2c_decref(t);
            return r;
        }
        py2c_decref(t);
    }
}

int py2c__seq_hold(Py2cValue v, Py2cValue **items, int64_t *n, Py2cValue *keep) {
    *keep = PY2C_NULL;
    if (py2c_is_list(v) && py2c__threaded()) {
        Py2cValue t = py2c__list_snapshot(v);
        if (PY2C_IS_NULL(t)) return -1;
        *keep = t;
        v = t;
    }
    return py2c__seq_fast(v, items, n);
}
