/* collections.deque: a double-ended queue over a ring buffer (a power-of-two
 * array indexed from head), so both ends and indexing are O(1) (CPython uses
 * linked blocks; the results, messages and iteration checks are its). The
 * state counter changes with every structural mutation: iterators compare it
 * ("deque mutated during iteration").
 *
 * Threads: every step that reads or changes the ring holds the deque's
 * stripe (sync_internal.h) while it does, so append/pop/extend from a list
 * or tuple/rotate/clear/d[i]/iteration steps are atomic as under CPython's
 * GIL; items removed (popped by maxlen, deleted, replaced) are released after
 * the stripe. count/index/remove/`in` compare plain items (ints, strs, ...)
 * under the stripe and release it around comparisons that run Python code,
 * checking the state after each as CPython does. */
#include <stdlib.h>
#include <string.h>

#include "mod_collections_internal.h"
#include "sync_internal.h"

typedef struct Deque {
    Py2cObject ob;
    Py2cValue *items; /* cap slots; item i at items[(head + i) & (cap - 1)] */
    int64_t cap, head, len;
    int64_t maxlen; /* -1: unbounded */
    uint64_t state;
} Deque;

static Deque *dq(Py2cValue v) { return (Deque *)py2c_obj_ptr(v); }
static Py2cValue *slot(Deque *d, int64_t i) { return &d->items[(d->head + i) & (d->cap - 1)]; }

static int is_deque(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c__deque_type);
}

/* Items taken out of a deque under its stripe (trimmed by maxlen, popped by
 * clear) wait here until the stripe is released: a decref may run __del__. */
typedef struct Trash {
    Py2cValue *v;
    int64_t n, cap;
    Py2cValue small[8];
} Trash;

static void trash_init(Trash *t) {
    t->v = t->small;
    t->n = 0;
    t->cap = (int64_t)(sizeof t->small / sizeof t->small[0]);
}

static void trash_put(Trash *t, Py2cValue v) {
    if (t->n == t->cap) {
        Py2cValue *n = malloc((size_t)t->cap * 2 * sizeof *n);
        if (!n) { /* no memory: release it now (only ever under memory pressure) */
            py2c_decref(v);
            return;
        }
        memcpy(n, t->v, (size_t)t->n * sizeof *n);
        if (t->v != t->small) free(t->v);
        t->v = n;
        t->cap *= 2;
    }
    t->v[t->n++] = v;
}

/* Releases the items; call with no stripe held. */
static void trash_release(Trash *t) {
    for (int64_t i = 0; i < t->n; i++) py2c_decref(t->v[i]);
    if (t->v != t->small) free(t->v);
    trash_init(t);
}

/* The deque's length, read under its stripe. */
static int64_t len_locked(Deque *d) {
    Py2cStripe *lk = py2c__lock(d);
    int64_t n = d->len;
    py2c__unlock(lk);
    return n;
}

/* Room for one more item. 0 or -1. The caller holds d's stripe. */
static int grow(Deque *d) {
    if (d->len < d->cap) return 0;
    int64_t ncap = d->cap ? d->cap * 2 : 8;
    Py2cValue *n = malloc((size_t)ncap * sizeof *n);
    if (!n) {
        (void)py2c_error_nomemory();
        return -1;
    }
    for (int64_t i = 0; i < d->len; i++) n[i] = *slot(d, i);
    free(d->items);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

/* The callers of pop_right/pop_left hold d's stripe (d->len > 0); the
 * reference moves to them. */
static Py2cValue pop_right(Deque *d) {
    Py2cValue v = *slot(d, d->len - 1);
    d->len--;
    d->state++;
    return v;
}

static Py2cValue pop_left(Deque *d) {
    Py2cValue v = *slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

/* Appends v (borrowed) on the right or left, trimming the other end beyond
 * maxlen (the trimmed item goes to trash, or is released at once when trash
 * is NULL: single-threaded). The caller holds d's stripe, if any. */
static int push_locked(Deque *d, Py2cValue v, int left, Trash *trash) {
    if (d->maxlen == 0) return 0;
    if (d->len == d->maxlen) {
        Py2cValue trimmed = left ? pop_right(d) : pop_left(d);
        if (trash) trash_put(trash, trimmed);
        else py2c_decref(trimmed);
    }
    if (grow(d) < 0) return -1;
    py2c_incref(v);
    if (left) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
    } else {
        *slot(d, d->len) = v;
    }
    d->len++;
    d->state++;
    return 0;
}

/* One atomic append / appendleft (as under CPython's GIL). */
static int push(Deque *d, Py2cValue v, int left) {
    if (PY2C__LIKELY(!py2c__threaded())) return push_locked(d, v, left, NULL);
    Trash trash;
    trash_init(&trash);
    Py2cStripe *lk = py2c__lock(d);
    int rc = push_locked(d, v, left, &trash);
    py2c__unlock(lk);
    trash_release(&trash);
    return rc;
}

static int push_right(Deque *d, Py2cValue v) { return push(d, v, 0); }
static int push_left(Deque *d, Py2cValue v) { return push(d, v, 1); }

/* Pushes n borrowed items in one critical section. 0 or -1. */
static int push_many(Deque *d, const Py2cValue *a, int64_t n, int left) {
    Trash trash;
    trash_init(&trash);
    Py2cStripe *lk = py2c__lock(d);
    int rc = 0;
    for (int64_t i = 0; i < n && rc == 0; i++) rc = push_locked(d, a[i], left, &trash);
    py2c__unlock(lk);
    trash_release(&trash);
    return rc;
}

static void deque_clear(Deque *d) {
    /* detach under the stripe, release after it: a decref may run code that
     * looks at the deque */
    Py2cStripe *lk = py2c__lock(d);
    Py2cValue *items = d->items;
    int64_t cap = d->cap, head = d->head, len = d->len;
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
    py2c__unlock(lk);
    for (int64_t i = 0; i < len; i++) py2c_decref(items[(head + i) & (cap - 1)]);
    free(items);
}

/* The items as a new array of new references (*n of them), read under d's
 * stripe; NULL with MemoryError. A snapshot, so that comparisons may run
 * user code. */
static Py2cValue *snapshot(Deque *d, int64_t *n) {
    Py2cStripe *lk = py2c__lock(d);
    *n = d->len;
    Py2cValue *a = malloc((size_t)(d->len ? d->len : 1) * sizeof *a);
    if (a)
        for (int64_t i = 0; i < d->len; i++) py2c_incref(a[i] = *slot(d, i));
    py2c__unlock(lk);
    if (!a) (void)py2c_error_nomemory();
    return a;
}

static void snapshot_free(Py2cValue *a, int64_t n) {
    for (int64_t i = 0; i < n; i++) py2c_decref(a[i]);
    free(a);
}

static Py2cValue deque_alloc(const Py2cType *t, int64_t maxlen) {
    Deque *d = (Deque *)py2c__object_new(t, sizeof *d);
    if (!d) return PY2C_NULL;
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->maxlen = maxlen;
    d->state = 0;
    return py2c_obj_value(&d->ob);
}

static void deque_dealloc(Py2cObject *o) {
    deque_clear((Deque *)o);
    free(o);
}

/* Appends (right) or prepends (left) every item of iterable. 0 or -1.
 * From a list, a tuple or the deque itself: one state of the source, pushed
 * in one critical section (atomic, as CPython's C loop under the GIL). */
static int extend_from(Py2cValue self, Py2cValue iterable, int left) {
    Deque *d = dq(self);
    if (py2c_is(self, iterable)) {
        int64_t n;
        Py2cValue *a = snapshot(d, &n);
        if (!a) return -1;
        int rc = push_many(d, a, n, left);
        snapshot_free(a, n);
        return rc;
    }
    if (py2c_is_list(iterable) || py2c_is_tuple(iterable)) {
        Py2cValue *a, keep;
        int64_t n;
        if (py2c__seq_hold(iterable, &a, &n, &keep) < 0) return -1;
        int rc = push_many(d, a, n, left);
        py2c_decref(keep);
        return rc;
    }
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return -1;
    for (;;) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) break;
        int rc = push(d, v, left);
        py2c_decref(v);
        if (rc < 0) break;
    }
    py2c_decref(it);
    return py2c_error_occurred() ? -1 : 0;
}

/* deque(iterable=(), maxlen=None) */
static Py2cValue deque_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"iterable", "maxlen"};
    static const Py2cArgSpec spec = {"deque", names, 0, 0, 2, 2};
    if (nargs + py2c__kw_count(kwnames) > 2)
        return py2c_error_format(&py2c_exc_TypeError, "deque expected at most 2 arguments, got %zu",
                                 nargs + py2c__kw_count(kwnames));
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t maxlen = -1;
    if (!PY2C_IS_NULL(a[1]) && !py2c_is_none(a[1])) {
        if (py2c__bltin_as_int64(a[1], &maxlen) < 0) return PY2C_NULL;
        if (maxlen < 0) return py2c_error_format(&py2c_exc_ValueError, "maxlen must be non-negative");
    }
    Py2cValue d = deque_alloc((const Py2cType *)py2c_obj_ptr(self), maxlen);
    if (PY2C_IS_NULL(d)) return d;
    if (!PY2C_IS_NULL(a[0]) && extend_from(d, a[0], 0) < 0) {
        py2c_decref(d);
        return PY2C_NULL;
    }
    return d;
}

/* ---- methods -------------------------------------------------------------------- */

static Py2cValue m_append(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.append", nargs, kwnames) < 0) return PY2C_NULL;
    return push_right(dq(self), args[0]) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_appendleft(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.appendleft", nargs, kwnames) < 0) return PY2C_NULL;
    return push_left(dq(self), args[0]) < 0 ? PY2C_NULL : PY2C_NONE;
}

/* pop() / popleft(): one atomic step. */
static Py2cValue pop_end(Py2cValue self, int left) {
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    Py2cValue v = PY2C_NULL;
    if (d->len > 0) v = left ? pop_left(d) : pop_right(d);
    py2c__unlock(lk);
    if (PY2C_IS_NULL(v)) return py2c_error_format(&py2c_exc_IndexError, "pop from an empty deque");
    return v;
}

static Py2cValue m_pop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.pop", nargs, kwnames) < 0) return PY2C_NULL;
    return pop_end(self, 0);
}

static Py2cValue m_popleft(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.popleft", nargs, kwnames) < 0) return PY2C_NULL;
    return pop_end(self, 1);
}

static Py2cValue m_extend(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.extend", nargs, kwnames) < 0) return PY2C_NULL;
    return extend_from(self, args[0], 0) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_extendleft(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.extendleft", nargs, kwnames) < 0) return PY2C_NULL;
    return extend_from(self, args[0], 1) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.clear", nargs, kwnames) < 0) return PY2C_NULL;
    deque_clear(dq(self));
    return PY2C_NONE;
}

/* Rotates right by n (left when negative), CPython's d.rotate(n). A full
 * ring only moves its head; otherwise the items cross the gap one by one,
 * the shorter way round. The caller holds d's stripe. */
static void rotate(Deque *d, int64_t n) {
    if (d->len <= 1) return;
    d->state++;
    n %= d->len;
    if (n < 0) n += d->len;
    if (n == 0) return;
    int64_t mask = d->cap - 1;
    if (d->len == d->cap) {
        d->head = (d->head - n) & mask;
    } else if (n <= d->len / 2) {
        for (int64_t k = 0; k < n; k++) { /* the last item to the front */
            Py2cValue v = *slot(d, d->len - 1);
            d->head = (d->head - 1) & mask;
            d->items[d->head] = v;
        }
    } else {
        for (int64_t k = 0; k < d->len - n; k++) { /* the first item to the back */
            Py2cValue v = d->items[d->head];
            d->head = (d->head + 1) & mask;
            *slot(d, d->len - 1) = v;
        }
    }
}

static Py2cValue m_rotate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("deque.rotate", "rotate", nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    int64_t n = 1;
    if (nargs == 1 && py2c__bltin_as_int64(args[0], &n) < 0) return PY2C_NULL;
    Py2cStripe *lk = py2c__lock(dq(self));
    rotate(dq(self), n);
    py2c__unlock(lk);
    return PY2C_NONE;
}

static Py2cValue m_reverse(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.reverse", nargs, kwnames) < 0) return PY2C_NULL;
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        Py2cValue t = *slot(d, i);
        *slot(d, i) = *slot(d, j);
        *slot(d, j) = t;
    }
    d->state++;
    py2c__unlock(lk);
    return PY2C_NONE;
}

/* Compares x with every item from start to stop. Returns the index of the
 * first equal one, -1 when none, -2 on error (with "deque mutated during
 * iteration", a RuntimeError, or an IndexError for remove(), if the deque
 * changed meanwhile). Threaded, it returns with d's stripe held in *lkp
 * (also on error: the caller unlocks), so that remove() deletes the item it
 * found in the same critical section. Comparisons that run no Python code
 * are made under the stripe (count/index/in/remove of such items are atomic,
 * as under CPython's GIL); others release it around the call, then check
 * the state as CPython does after every comparison. */
static int64_t find(Deque *d, Py2cValue x, int64_t start, int64_t stop, const Py2cType *exc, Py2cStripe **lkp) {
    Py2cStripe *lk = *lkp = py2c__lock(d);
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < d->len; i++) {
        Py2cValue v = *slot(d, i);
        int eq;
        if (!lk || py2c__eq_is_plain(v, x)) {
            if (!lk) py2c_incref(v);
            eq = py2c__eq_identity(v, x);
            if (!lk) py2c_decref(v);
        } else {
            py2c_incref(v);
            int suspended = py2c__stripe_suspend(lk);
            eq = py2c__eq_identity(v, x);
            py2c_decref(v);
            py2c__stripe_resume(lk, suspended);
        }
        if (eq < 0) return -2;
        if (d->state != state) {
            (void)py2c_error_format(exc, "deque mutated during iteration");
            return -2;
        }
        if (eq) return i;
    }
    return -1;
}

static Py2cValue not_in_deque(Py2cValue x) {
    Py2cValue r = py2c_repr(x);
    if (PY2C_IS_NULL(r)) return r;
    (void)py2c_error_format(&py2c_exc_ValueError, "%s is not in deque", py2c__as_str(r)->data);
    py2c_decref(r);
    return PY2C_NULL;
}

static Py2cValue m_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.count", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t n = 0, i = 0;
    for (;;) {
        Py2cStripe *lk;
        int64_t at = find(dq(self), args[0], i, INT64_MAX, &py2c_exc_RuntimeError, &lk);
        py2c__unlock(lk);
        if (at == -2) return PY2C_NULL;
        if (at < 0) break;
        n++;
        i = at + 1;
    }
    return py2c_int(n);
}

/* start/stop of index(): negative counts from the end, then clamped. */
static int index_bound(Py2cValue v, int64_t len, int64_t *out) {
    if (py2c__as_index(v, PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, out) < 0) return -1;
    if (*out < 0) {
        *out += len;
        if (*out < 0) *out = 0;
    }
    return 0;
}

static Py2cValue m_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("deque.index", "index", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    int64_t len = len_locked(dq(self)), start = 0, stop = len;
    if (nargs > 1 && index_bound(args[1], len, &start) < 0) return PY2C_NULL;
    if (nargs > 2 && index_bound(args[2], len, &stop) < 0) return PY2C_NULL;
    Py2cStripe *lk;
    int64_t at = find(dq(self), args[0], start, stop, &py2c_exc_RuntimeError, &lk);
    py2c__unlock(lk);
    if (at == -2) return PY2C_NULL;
    if (at < 0) return not_in_deque(args[0]);
    return py2c_int(at);
}

/* Removes item i (in range) and returns it (the reference moves to the
 * caller, who releases it with no stripe held). The caller holds d's stripe. */
static Py2cValue del_item(Deque *d, int64_t i) {
    Py2cValue v = *slot(d, i);
    if (i < d->len / 2) {
        for (int64_t k = i; k > 0; k--) *slot(d, k) = *slot(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (int64_t k = i; k < d->len - 1; k++) *slot(d, k) = *slot(d, k + 1);
    }
    d->len--;
    d->state++;
    return v;
}

static Py2cValue m_remove(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.remove", nargs, kwnames) < 0) return PY2C_NULL;
    Deque *d = dq(self);
    Py2cStripe *lk;
    int64_t at = find(d, args[0], 0, INT64_MAX, &py2c_exc_IndexError, &lk);
    Py2cValue removed = at >= 0 ? del_item(d, at) : PY2C_NULL;
    py2c__unlock(lk);
    if (at == -2) return PY2C_NULL;
    if (at < 0) return not_in_deque(args[0]);
    py2c_decref(removed);
    return PY2C_NONE;
}

static Py2cValue m_insert(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("deque.insert", "insert", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    int64_t i;
    if (py2c__as_index(args[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &i) < 0) return PY2C_NULL;
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    if (d->len == d->maxlen) {
        py2c__unlock(lk);
        return py2c_error_format(&py2c_exc_IndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i += d->len;
        if (i < 0) i = 0;
    }
    if (i > d->len) i = d->len;
    if (grow(d) < 0) {
        py2c__unlock(lk);
        return PY2C_NULL;
    }
    if (i < d->len / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (int64_t k = 0; k < i; k++) *slot(d, k) = *slot(d, k + 1);
    } else {
        for (int64_t k = d->len; k > i; k--) *slot(d, k) = *slot(d, k - 1);
    }
    py2c_incref(args[1]);
    *slot(d, i) = args[1];
    d->len++;
    d->state++;
    py2c__unlock(lk);
    return PY2C_NONE;
}

static Py2cValue deque_copy(Py2cValue self) {
    Deque *d = dq(self);
    int64_t n;
    Py2cValue *a = snapshot(d, &n);
    if (!a) return PY2C_NULL;
    Py2cValue r = deque_alloc(d->ob.type, d->maxlen);
    if (!PY2C_IS_NULL(r) && push_many(dq(r), a, n, 0) < 0) PY2C_CLEAR(r);
    snapshot_free(a, n);
    return r;
}

static Py2cValue m_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.copy", nargs, kwnames) < 0) return PY2C_NULL;
    return deque_copy(self);
}

static Py2cValue m_dunder_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.__copy__", nargs, kwnames) < 0) return PY2C_NULL;
    return deque_copy(self);
}

/* copy.deepcopy(d): a deque of the same maxlen with deep copies of the items. */
static Py2cValue m_deepcopy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("deque.__deepcopy__", nargs, kwnames) < 0) return PY2C_NULL;
    Deque *d = dq(self);
    int64_t n;
    Py2cValue *a = snapshot(d, &n);
    if (!a) return PY2C_NULL;
    Py2cValue r = deque_alloc(d->ob.type, d->maxlen);
    for (int64_t i = 0; i < n && !PY2C_IS_NULL(r); i++) {
        Py2cValue c = py2c__collections_deepcopy(a[i], args[0]);
        if (PY2C_IS_NULL(c) || push_right(dq(r), c) < 0) PY2C_CLEAR(r);
        py2c_decref(c);
    }
    snapshot_free(a, n);
    return r;
}

static Py2cValue get_maxlen(Py2cValue self) { return dq(self)->maxlen < 0 ? PY2C_NONE : py2c_int(dq(self)->maxlen); }

/* ---- iteration ------------------------------------------------------------------ */

typedef struct DequeIter {
    Py2cObject ob;
    Py2cValue deque;
    int64_t index, counter;
    uint64_t state;
} DequeIter;

static const Py2cType deque_iter_type, deque_reviter_type;

static Py2cValue iter_new(Py2cValue self, int reverse) {
    DequeIter *it = (DequeIter *)py2c__object_new(reverse ? &deque_reviter_type : &deque_iter_type, sizeof *it);
    if (!it) return PY2C_NULL;
    py2c_incref(self);
    it->deque = self;
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    it->counter = d->len;
    it->index = reverse ? d->len - 1 : 0;
    it->state = d->state;
    py2c__unlock(lk);
    return py2c_obj_value(&it->ob);
}

static Py2cValue deque_iter(Py2cValue self) { return iter_new(self, 0); }

static Py2cValue m_reversed(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("deque.__reversed__", nargs, kwnames) < 0) return PY2C_NULL;
    return iter_new(self, 1);
}

static void iter_dealloc(Py2cObject *o) {
    py2c_decref(((DequeIter *)o)->deque);
    free(o);
}

/* One step, under the deque's stripe: the state check and the item read
 * are one atomic step, as under CPython's GIL. */
static Py2cValue iter_next(Py2cValue self) {
    DequeIter *it = (DequeIter *)py2c_obj_ptr(self);
    Deque *d = dq(it->deque);
    Py2cStripe *lk = py2c__lock(d);
    if (d->state != it->state) {
        py2c__unlock(lk);
        it->counter = 0;
        return py2c_error_format(&py2c_exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0) {
        py2c__unlock(lk);
        return PY2C_NULL;
    }
    Py2cValue v = *slot(d, it->index);
    py2c_incref(v);
    py2c__unlock(lk);
    it->index += py2c_obj_ptr(self)->type == &deque_reviter_type ? -1 : 1;
    it->counter--;
    return v;
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static int64_t iter_len(Py2cValue self) { return ((DequeIter *)py2c_obj_ptr(self))->counter; }

static Py2cValue m_length_hint(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("__length_hint__", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_int(iter_len(self));
}

static const Py2cMethodDef iter_methods[] = {{"__length_hint__", m_length_hint}, {NULL, NULL}};

static const Py2cType deque_iter_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_deque_iterator",
    .module = "_collections",
    .base = &py2c_object_type,
    .basicsize = sizeof(DequeIter),
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

static const Py2cType deque_reviter_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_deque_reverse_iterator",
    .module = "_collections",
    .base = &py2c_object_type,
    .basicsize = sizeof(DequeIter),
    .dealloc = iter_dealloc,
    .iter = iter_self,
    .iternext = iter_next,
    .methods = iter_methods,
};

/* ---- protocols ------------------------------------------------------------------ */

static int64_t deque_len(Py2cValue self) { return len_locked(dq(self)); }

/* The int of d[key] (not yet checked against the length: the caller does,
 * under the stripe): 0, or -1 with CPython's error. */
static int item_key(Py2cValue key, int64_t *i) {
    int r = py2c__as_index(key, 0, i);
    if (r < 0) return -1;
    if (r == 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "sequence index must be integer, not '%s'", py2c_type_name(key));
        return -1;
    }
    return 0;
}

/* *i made non-negative and checked against d's length (the caller holds
 * d's stripe): 0, or -1 when out of range (no error set yet). */
static int item_in_range(Deque *d, int64_t *i) {
    if (*i < 0) *i += d->len;
    return *i < 0 || *i >= d->len ? -1 : 0;
}

static Py2cValue out_of_range(void) { return py2c_error_format(&py2c_exc_IndexError, "deque index out of range"); }

static Py2cValue deque_getitem(Py2cValue self, Py2cValue key) {
    int64_t i;
    if (item_key(key, &i) < 0) return PY2C_NULL;
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    Py2cValue v = PY2C_NULL;
    if (item_in_range(d, &i) == 0) py2c_incref(v = *slot(d, i));
    py2c__unlock(lk);
    return PY2C_IS_NULL(v) ? out_of_range() : v;
}

static int deque_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    int64_t i;
    if (item_key(key, &i) < 0) return -1;
    Deque *d = dq(self);
    Py2cStripe *lk = py2c__lock(d);
    if (item_in_range(d, &i) < 0) {
        py2c__unlock(lk);
        (void)out_of_range();
        return -1;
    }
    Py2cValue old;
    if (PY2C_IS_NULL(value)) {
        old = del_item(d, i);
    } else {
        old = *slot(d, i);
        py2c_incref(value);
        *slot(d, i) = value;
    }
    py2c__unlock(lk);
    py2c_decref(old);
    return 0;
}

static int deque_contains(Py2cValue self, Py2cValue x) {
    Py2cStripe *lk;
    int64_t at = find(dq(self), x, 0, INT64_MAX, &py2c_exc_RuntimeError, &lk);
    py2c__unlock(lk);
    return at == -2 ? -1 : at >= 0;
}

static Py2cValue deque_repr(Py2cValue self) {
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_cstr("[...]");
    Deque *d = dq(self);
    Py2cBuf b = {0};
    int64_t n;
    Py2cValue *a = snapshot(d, &n);
    if (!a) goto fail;
    int rc = py2c__buf_puts(&b, py2c_obj_ptr(self)->type->name);
    if (rc == 0) rc = py2c__buf_puts(&b, "([");
    for (int64_t i = 0; i < n && rc == 0; i++) {
        if (i) rc = py2c__buf_puts(&b, ", ");
        if (rc == 0) rc = py2c__buf_put_repr(&b, a[i]);
    }
    snapshot_free(a, n);
    if (rc == 0) rc = py2c__buf_puts(&b, "]");
    if (rc == 0 && d->maxlen >= 0) {
        char m[48];
        snprintf(m, sizeof m, ", maxlen=%lld", (long long)d->maxlen);
        rc = py2c__buf_puts(&b, m);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    if (rc < 0) goto fail;
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail:
    py2c__repr_leave(self);
    py2c__buf_free(&b);
    return PY2C_NULL;
}

static Py2cValue deque_compare_items(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    int64_t na, nb;
    Py2cValue *x = snapshot(dq(a), &na);
    if (!x) return PY2C_NULL;
    Py2cValue *y = snapshot(dq(b), &nb);
    if (!y) {
        snapshot_free(x, na);
        return PY2C_NULL;
    }
    Py2cValue r = py2c__seq_richcompare(x, na, y, nb, op);
    snapshot_free(x, na);
    snapshot_free(y, nb);
    return r;
}

static Py2cValue deque_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!is_deque(a) || !is_deque(b)) return PY2C_NOT_IMPLEMENTED;
    return py2c__compare_nested(deque_compare_items, a, b, op);
}

static Py2cValue deque_concat(Py2cValue a, Py2cValue b) {
    if (!is_deque(a)) return PY2C_NOT_IMPLEMENTED;
    if (!is_deque(b))
        return py2c_error_format(&py2c_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                                 py2c_type_name(b));
    Py2cValue r = deque_copy(a);
    if (PY2C_IS_NULL(r)) return r;
    if (extend_from(r, b, 0) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue deque_iconcat(Py2cValue a, Py2cValue b) {
    if (!is_deque(a)) return PY2C_NOT_IMPLEMENTED;
    if (extend_from(a, b, 0) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

/* d *= n in place: n - 1 more copies of the items (trimmed to maxlen). */
static int repeat_inplace(Py2cValue self, int64_t n) {
    Deque *d = dq(self);
    if (n <= 0 || len_locked(d) == 0) {
        deque_clear(d);
        return 0;
    }
    int64_t len;
    Py2cValue *a = snapshot(d, &len);
    if (!a) return -1;
    int rc = 0;
    /* with a maxlen, only the copies that can survive the trimming matter */
    if (d->maxlen >= 0 && len > 0) {
        int64_t keep = d->maxlen / len + 2;
        if (n > keep) n = keep;
    }
    for (int64_t k = 1; k < n && rc == 0; k++) rc = push_many(d, a, len, 0);
    snapshot_free(a, len);
    return rc;
}

static Py2cValue deque_repeat(Py2cValue a, Py2cValue b) {
    Py2cValue seq = is_deque(a) ? a : b, count = is_deque(a) ? b : a;
    if (!is_deque(seq)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(count, &n) < 0) return PY2C_NULL;
    Py2cValue r = deque_copy(seq);
    if (PY2C_IS_NULL(r)) return r;
    if (repeat_inplace(r, n) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue deque_irepeat(Py2cValue a, Py2cValue b) {
    if (!is_deque(a)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(b, &n) < 0) return PY2C_NULL;
    if (repeat_inplace(a, n) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

static const Py2cNumberMethods deque_number = {
    .binary = {[PY2C_OP_ADD] = deque_concat, [PY2C_OP_MUL] = deque_repeat},
    .inplace = {[PY2C_OP_ADD] = deque_iconcat, [PY2C_OP_MUL] = deque_irepeat},
};

static const Py2cMethodDef deque_methods[] = {
    {"append", m_append},   {"appendleft", m_appendleft}, {"pop", m_pop},         {"popleft", m_popleft},
    {"extend", m_extend},   {"extendleft", m_extendleft}, {"rotate", m_rotate},   {"clear", m_clear},
    {"count", m_count},     {"index", m_index},           {"remove", m_remove},   {"insert", m_insert},
    {"reverse", m_reverse}, {"copy", m_copy},             {"__copy__", m_dunder_copy},
    {"__deepcopy__", m_deepcopy},
    {"__reversed__", m_reversed}, {NULL, NULL},
};

static const Py2cGetSetDef deque_getset[] = {
    {"maxlen", get_maxlen, NULL},
    {NULL, NULL, NULL},
};

/* CPython's messages name it by its tp_name, "collections.deque"
 * ("unhashable type: 'collections.deque'"); py2c's type name is also
 * __name__, so it is "deque" (as json's "Object of type deque ..."). */
const Py2cType py2c__deque_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "deque",
    .module = "collections",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Deque),
    .dealloc = deque_dealloc,
    .new_ = deque_new,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .number = &deque_number,
    .methods = deque_methods,
    .getset = deque_getset,
};
