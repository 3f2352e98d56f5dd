/* list: CPython's listobject.c (growth, slice assignment, sort protocol,
 * iterators and messages).
 *
 * Threads: every operation that reads or changes the item array holds the
 * list's stripe (sync_internal.h) while it does; items handed out are increfed
 * under it and items removed are released after it. Steps that call Python
 * code (comparisons, keys, reprs) run unlocked, one item at a time, each item
 * fetched as a new reference, as under CPython's GIL. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"

/* The most items an array may hold: 2**40 on 64-bit targets; on wasm32 (a
 * 32-bit size_t) what half the address space holds, so that byte counts
 * cannot overflow size_t. Larger requests raise MemoryError, as CPython's. */
#define MAX_ITEMS \
    ((uint64_t)SIZE_MAX / 2 / sizeof(Py2cValue) < ((uint64_t)1 << 40) ? (uint64_t)SIZE_MAX / 2 / sizeof(Py2cValue) \
                                                                      : ((uint64_t)1 << 40))
#include "sync_internal.h"

/* items[i] as a new reference in *out, if i is still in range: 1, else 0. */
static int list_fetch(Py2cList *l, int64_t i, Py2cValue *out) {
    Py2cStripe *lk = py2c__lock(l);
    int ok = i >= 0 && i < l->size;
    if (ok) {
        *out = l->items[i];
        py2c_incref(*out);
    }
    py2c__unlock(lk);
    return ok;
}

static int64_t list_size_locked(Py2cList *l) {
    Py2cStripe *lk = py2c__lock(l);
    int64_t n = l->size;
    py2c__unlock(lk);
    return n;
}

int py2c__list_fetch(Py2cValue l, int64_t i, Py2cValue *out) { return list_fetch(py2c_list_ptr(l), i, out); }
int64_t py2c__list_size_shared(Py2cValue l) { return list_size_locked(py2c_list_ptr(l)); }

/* A snapshot of src's items (new references) in a malloc'd array, so that
 * they can be used after src's stripe is released: 0, or -1 with MemoryError. */
static int list_snapshot(Py2cList *src, Py2cValue **items, int64_t *n) {
    Py2cStripe *lk = py2c__lock(src);
    *n = src->size;
    *items = malloc((size_t)(*n ? *n : 1) * sizeof **items);
    if (*items)
        for (int64_t i = 0; i < *n; i++) py2c_incref((*items)[i] = src->items[i]);
    py2c__unlock(lk);
    if (!*items) {
        (void)py2c_error_nomemory();
        return -1;
    }
    return 0;
}

static void release_array(Py2cValue *items, int64_t n) {
    for (int64_t i = 0; i < n; i++) py2c_decref(items[i]);
    free(items);
}

/* Makes room for n items (CPython's over-allocation pattern). */
static int list_reserve(Py2cList *l, int64_t n) {
    if (n <= l->cap) return 0; /* cap is -1 while the list is being sorted */
    if ((uint64_t)n > MAX_ITEMS) {
        (void)py2c_error_nomemory();
        return -1;
    }
    int64_t cap = n + (n >> 3) + 6;
    cap &= ~(int64_t)3;
    if (cap < n) cap = n;
    if ((uint64_t)cap > MAX_ITEMS) cap = (int64_t)MAX_ITEMS;
    Py2cValue *p = realloc(l->items, (size_t)cap * sizeof *p);
    if (!p) {
        (void)py2c_error_nomemory();
        return -1;
    }
    l->items = p;
    l->cap = cap;
    return 0;
}

Py2cValue py2c_list_new(size_t reserve) {
    Py2cList *l = (Py2cList *)py2c__object_new(&py2c_list_type, sizeof(Py2cList));
    if (!l) return PY2C_NULL;
    l->size = 0;
    l->cap = 0;
    l->items = NULL;
    if (reserve) {
        if ((uint64_t)reserve > MAX_ITEMS) {
            free(l);
            return py2c_error_nomemory();
        }
        l->items = malloc(reserve * sizeof(Py2cValue));
        if (!l->items) {
            free(l);
            return py2c_error_nomemory();
        }
        l->cap = (int64_t)reserve;
    }
    return py2c_obj_value(&l->ob);
}

int py2c_list_append(Py2cValue lv, Py2cValue v) {
    Py2cList *l = py2c_list_ptr(lv);
    Py2cStripe *lk = py2c__lock(l);
    if (l->size >= l->cap && list_reserve(l, l->size + 1) < 0) {
        py2c__unlock(lk);
        return -1;
    }
    py2c_incref(v);
    l->items[l->size++] = v;
    py2c__unlock(lk);
    return 0;
}

/* Appends n borrowed items (which may live in l itself). The caller holds
 * l's stripe. */
static int list_extend_array(Py2cList *l, const Py2cValue *items, int64_t n) {
    if (n == 0) return 0;
    if (items == l->items) {
        /* l.extend(l): the array moves when it grows */
        if (list_reserve(l, l->size + n) < 0) return -1;
        items = l->items;
    } else if (list_reserve(l, l->size + n) < 0) {
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        py2c_incref(items[i]);
        l->items[l->size + i] = items[i];
    }
    l->size += n;
    return 0;
}

int py2c_list_extend(Py2cValue lv, Py2cValue iterable) {
    Py2cList *l = py2c_list_ptr(lv);
    Py2cValue *items = NULL;
    int64_t n = 0;
    if (py2c_is_list(iterable) && iterable.bits != lv.bits && py2c__threaded()) {
        /* another list: copy its items out under its own stripe first */
        if (list_snapshot(py2c_list_ptr(iterable), &items, &n) < 0) return -1;
        Py2cStripe *lk = py2c__lock(l);
        int rc = list_extend_array(l, items, n);
        py2c__unlock(lk);
        release_array(items, n);
        return rc;
    }
    if (py2c_is_dict_exact(iterable) && py2c__threaded()) {
        /* list(d) sees one state of d, as under CPython's GIL (an iterator
         * would raise "dictionary changed size" when another thread inserts) */
        Py2cDict *d = py2c_dict_ptr(iterable);
        Py2cStripe *dk = py2c__lock(d);
        n = d->used;
        items = malloc((size_t)(n ? n : 1) * sizeof *items);
        int64_t k = 0;
        for (int64_t i = 0; items && i < d->nentries; i++)
            if (!PY2C_IS_NULL(d->entries[i].key)) py2c_incref(items[k++] = d->entries[i].key);
        py2c__unlock(dk);
        if (!items) return py2c_error_nomemory(), -1;
        Py2cStripe *lk = py2c__lock(l);
        int rc = list_extend_array(l, items, k);
        py2c__unlock(lk);
        release_array(items, k);
        return rc;
    }
    if (py2c_is_list(iterable) || py2c_is_tuple(iterable)) {
        /* a tuple, l itself (l.extend(l): its array is read under its own
         * stripe), or another list while single-threaded */
        Py2cStripe *lk = py2c__lock(l);
        (void)py2c__seq_fast(iterable, &items, &n);
        int rc = list_extend_array(l, items, n);
        py2c__unlock(lk);
        return rc;
    }
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return -1;
    for (;;) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) break;
        Py2cStripe *lk = py2c__lock(l);
        if (l->size >= l->cap && list_reserve(l, l->size + 1) < 0) {
            py2c__unlock(lk);
            py2c_decref(v);
            py2c_decref(it);
            return -1;
        }
        l->items[l->size++] = v;
        py2c__unlock(lk);
    }
    py2c_decref(it);
    return py2c_error_occurred() ? -1 : 0;
}

Py2cValue py2c_list_as_tuple(Py2cValue lv) {
    Py2cList *l = py2c_list_ptr(lv);
    Py2cStripe *lk = py2c__lock(l);
    Py2cValue t = py2c_tuple_pack((size_t)l->size, l->items);
    py2c__unlock(lk);
    return t;
}

Py2cValue py2c_list_from_iterable(Py2cValue iterable) {
    Py2cValue *items;
    int64_t n;
    Py2cValue l = py2c_list_new(!py2c__threaded() && py2c__seq_fast(iterable, &items, &n) ? (size_t)n : 0);
    if (PY2C_IS_NULL(l)) return l;
    if (py2c_list_extend(l, iterable) < 0) {
        py2c_decref(l);
        return PY2C_NULL;
    }
    return l;
}

/* The caller holds l's stripe. */
static Py2cValue list_slice(Py2cList *l, int64_t lo, int64_t hi) {
    Py2cValue r = py2c_list_new((size_t)(hi - lo));
    if (PY2C_IS_NULL(r)) return r;
    Py2cList *rl = py2c_list_ptr(r);
    for (int64_t i = lo; i < hi; i++) py2c_incref(rl->items[i - lo] = l->items[i]);
    rl->size = hi - lo;
    return r;
}

static void list_clear_items(Py2cList *l) {
    Py2cStripe *lk = py2c__lock(l);
    Py2cValue *items = l->items;
    int64_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    py2c__unlock(lk);
    for (int64_t i = n; i-- > 0;) py2c_decref(items[i]);
    free(items);
}

static void list_dealloc(Py2cObject *o) {
    list_clear_items((Py2cList *)o);
    free(o);
}

static Py2cValue list_repr(Py2cValue self) {
    Py2cList *l = py2c_list_ptr(self);
    if (list_size_locked(l) == 0) return py2c_str_from_utf8("[]", 2);
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_utf8("[...]", 5);
    Py2cBuf b = {0};
    if (py2c__buf_puts(&b, "[") < 0) goto fail;
    /* the list may change while items print: re-read size each time */
    Py2cValue v;
    for (int64_t i = 0; list_fetch(l, i, &v); i++) {
        if (i > 0 && py2c__buf_puts(&b, ", ") < 0) {
            py2c_decref(v);
            goto fail;
        }
        int rc = py2c__buf_put_repr(&b, v);
        py2c_decref(v);
        if (rc < 0) goto fail;
    }
    if (py2c__buf_puts(&b, "]") < 0) goto fail;
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail:
    py2c__repr_leave(self);
    py2c__buf_free(&b);
    return PY2C_NULL;
}

static Py2cValue list_compare_items(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_list(a) || !py2c_is_list(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cList *x = py2c_list_ptr(a), *y = py2c_list_ptr(b);
    if ((op == PY2C_EQ || op == PY2C_NE) && list_size_locked(x) != list_size_locked(y))
        return py2c_bool(op == PY2C_NE);
    /* items may be mutated by comparisons: walk with re-checked bounds */
    Py2cValue u = PY2C_NULL, v = PY2C_NULL;
    for (int64_t i = 0;; i++) {
        if (!list_fetch(x, i, &u)) break;
        if (!list_fetch(y, i, &v)) {
            PY2C_CLEAR(u);
            break;
        }
        int eq = py2c__keys_equal(u, v);
        if (eq < 0) {
            py2c_decref(u);
            py2c_decref(v);
            return PY2C_NULL;
        }
        if (!eq) break;
        PY2C_CLEAR(u);
        PY2C_CLEAR(v);
    }
    if (PY2C_IS_NULL(u)) return py2c__compare_sizes(list_size_locked(x), list_size_locked(y), op);
    Py2cValue r = op == PY2C_EQ ? PY2C_FALSE : op == PY2C_NE ? PY2C_TRUE : py2c_compare(u, v, op);
    py2c_decref(u);
    py2c_decref(v);
    return r;
}

static Py2cValue list_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    return py2c__compare_nested(list_compare_items, a, b, op);
}

static int64_t list_len(Py2cValue self) { return list_size_locked(py2c_list_ptr(self)); }

/* Whether resolving key against a length runs no Python code (an int, a
 * bool, or a slice of ints and Nones): then it may be done under a stripe. */
static int plain_index(Py2cValue v) { return py2c_is_small_int(v) || py2c_is_bool(v) || py2c_is_none(v); }
static int plain_key(Py2cValue key) {
    if (plain_index(key)) return 1;
    if (!py2c__is_slice(key)) return 0;
    const Py2cSlice *sl = (const Py2cSlice *)py2c_obj_ptr(key);
    return plain_index(sl->start) && plain_index(sl->stop) && plain_index(sl->step);
}

static Py2cValue list_getitem(Py2cValue self, Py2cValue key) {
    Py2cList *l = py2c_list_ptr(self);
    int64_t i, start, step, n;
    if (py2c__threaded() && !plain_key(key)) {
        /* a key with __index__ (user code: never under a stripe) is
         * resolved against a snapshot, one state of the list */
        Py2cValue t = py2c__list_snapshot(self), res = PY2C_NULL;
        if (PY2C_IS_NULL(t)) return t;
        Py2cTuple *tp = py2c_tuple_ptr(t);
        int r = py2c__seq_subscript(key, tp->size, "list", &i, &start, &step, &n);
        if (r == 1) {
            py2c_incref(res = tp->items[i]);
        } else if (r == 2) {
            res = py2c_list_new((size_t)n);
            if (!PY2C_IS_NULL(res)) {
                Py2cList *rl = py2c_list_ptr(res);
                for (int64_t k = 0, j = start; k < n; k++, j += step) py2c_incref(rl->items[k] = tp->items[j]);
                rl->size = n;
            }
        }
        py2c_decref(t);
        return res;
    }
    Py2cStripe *lk = py2c__lock(l);
    Py2cValue res = PY2C_NULL;
    int r = py2c__seq_subscript(key, l->size, "list", &i, &start, &step, &n);
    if (r == 1) {
        res = l->items[i];
        py2c_incref(res);
    } else if (r == 2 && step == 1) {
        res = list_slice(l, start, start + n);
    } else if (r == 2) {
        res = py2c_list_new((size_t)n);
        if (!PY2C_IS_NULL(res)) {
            Py2cList *rl = py2c_list_ptr(res);
            for (int64_t k = 0, j = start; k < n; k++, j += step) py2c_incref(rl->items[k] = l->items[j]);
            rl->size = n;
        }
    }
    py2c__unlock(lk);
    return res;
}

/* The items of value for slice assignment (PySequence_Fast): a new list or
 * tuple reference, or PY2C_NULL with TypeError(msg) when not iterable. */
static Py2cValue sequence_fast(Py2cValue self, Py2cValue value, const char *msg) {
    /* threaded, another list is copied: its items are read without its lock */
    if ((py2c_is_list(value) && value.bits != self.bits && !py2c__threaded()) || py2c_is_tuple(value)) {
        py2c_incref(value);
        return value;
    }
    const Py2cType *t = py2c_type_of(value);
    if (!py2c_is_list(value) && !t->iter && !t->getitem)
        return py2c_error_format(&py2c_exc_TypeError, "%s", msg);
    return py2c_list_from_iterable(value);
}

/* l[lo:hi] = items (CPython's list_ass_slice); value PY2C_NULL deletes. */
static int list_ass_slice(Py2cValue self, int64_t lo, int64_t hi, Py2cValue value) {
    Py2cList *l = py2c_list_ptr(self);
    Py2cValue seq = PY2C_NULL, *src = NULL;
    int64_t n = 0;
    if (!PY2C_IS_NULL(value)) {
        seq = sequence_fast(self, value, "can only assign an iterable");
        if (PY2C_IS_NULL(seq)) return -1;
        (void)py2c__seq_fast(seq, &src, &n);
    }
    Py2cStripe *lk = py2c__lock(l);
    if (lo < 0) lo = 0;
    else if (lo > l->size) lo = l->size;
    if (hi < lo) hi = lo;
    else if (hi > l->size) hi = l->size;
    int64_t d = n - (hi - lo);
    int64_t nold = hi - lo;
    Py2cValue *old = NULL;
    if (nold) {
        old = malloc((size_t)nold * sizeof *old);
        if (!old) {
            py2c__unlock(lk);
            py2c_decref(seq);
            (void)py2c_error_nomemory();
            return -1;
        }
        memcpy(old, l->items + lo, (size_t)nold * sizeof *old);
    }
    if (d > 0) {
        if (list_reserve(l, l->size + d) < 0) {
            py2c__unlock(lk);
            free(old);
            py2c_decref(seq);
            return -1;
        }
    }
    memmove(l->items + hi + d, l->items + hi, (size_t)(l->size - hi) * sizeof(Py2cValue));
    for (int64_t k = 0; k < n; k++) py2c_incref(l->items[lo + k] = src[k]);
    l->size += d;
    py2c__unlock(lk);
    for (int64_t k = 0; k < nold; k++) py2c_decref(old[k]);
    free(old);
    py2c_decref(seq);
    return 0;
}

static int list_ass_extended(Py2cList *l, Py2cValue self, int64_t start, int64_t step, int64_t n, Py2cValue value);

static int list_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    Py2cList *l = py2c_list_ptr(self);
    int64_t i, start, stop, step, n;
    int r = py2c__as_index(key, 0, &i);
    if (r < 0) return -1;
    if (r == 0) {
        Py2cStripe *lk = py2c__lock(l);
        if (i < 0 && i != INT64_MIN) i += l->size;
        if (i < 0 || i >= l->size) {
            py2c__unlock(lk);
            (void)py2c_error_format(&py2c_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        Py2cValue old = l->items[i];
        if (PY2C_IS_NULL(value)) {
            /* removed here, released after unlocking (its __del__ may run) */
            memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(Py2cValue));
            l->size--;
            py2c__unlock(lk);
            py2c_decref(old);
            return 0;
        }
        py2c_incref(value);
        l->items[i] = value;
        py2c__unlock(lk);
        py2c_decref(old);
        return 0;
    }
    /* a slice of ints is resolved under the stripe; one with __index__
     * objects against the size read before (their code runs unlocked) */
    int plain = plain_key(key);
    Py2cStripe *lk = plain ? py2c__lock(l) : NULL;
    r = py2c__slice_resolve(key, plain ? l->size : list_size_locked(l), &start, &stop, &step, &n);
    py2c__unlock(lk);
    if (r < 0) return -1;
    if (r == 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "list indices must be integers or slices, not %s",
                                py2c_type_name(key));
        return -1;
    }
    if (step == 1) return list_ass_slice(self, start, stop, value);
    return list_ass_extended(l, self, start, step, n, value);
}

/* l[start::step] = value (n items), or del l[start::step] when value is
 * PY2C_NULL. With threads, the slice was resolved against a size that may
 * have changed since: positions beyond the end now are skipped. */
static int list_ass_extended(Py2cList *l, Py2cValue self, int64_t start, int64_t step, int64_t n, Py2cValue value) {
    if (PY2C_IS_NULL(value)) {
        if (n <= 0) return 0;
        if (step < 0) {
            /* walk upwards: the same items, lowest first */
            start = start + step * (n - 1);
            step = -step;
        }
        Py2cValue *gone = malloc((size_t)n * sizeof *gone);
        if (!gone) {
            (void)py2c_error_nomemory();
            return -1;
        }
        Py2cStripe *lk = py2c__lock(l);
        int64_t w = start, k = 0;
        for (int64_t rd = start; rd < l->size; rd++) {
            if (k < n && rd == start + k * step) {
                gone[k++] = l->items[rd];
                continue;
            }
            l->items[w++] = l->items[rd];
        }
        l->size = w;
        py2c__unlock(lk);
        n = k;
        for (k = 0; k < n; k++) py2c_decref(gone[k]);
        free(gone);
        return 0;
    }
    Py2cValue seq = sequence_fast(self, value, "must assign iterable to extended slice");
    if (PY2C_IS_NULL(seq)) return -1;
    Py2cValue *src = NULL;
    int64_t m = 0;
    (void)py2c__seq_fast(seq, &src, &m);
    if (m != n) {
        py2c_decref(seq);
        (void)py2c_error_format(&py2c_exc_ValueError,
                                "attempt to assign sequence of size %lld to extended slice of size %lld",
                                (long long)m, (long long)n);
        return -1;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
        Py2cStripe *lk = py2c__lock(l);
        Py2cValue old = PY2C_NULL;
        if (j >= 0 && j < l->size) {
            old = l->items[j];
            py2c_incref(l->items[j] = src[k]);
        }
        py2c__unlock(lk);
        py2c_decref(old);
    }
    py2c_decref(seq);
    return 0;
}

static int list_contains(Py2cValue self, Py2cValue item) {
    Py2cList *l = py2c_list_ptr(self);
    Py2cValue v;
    for (int64_t i = 0; list_fetch(l, i, &v); i++) {
        int eq = py2c__keys_equal(v, item);
        py2c_decref(v);
        if (eq != 0) return eq;
    }
    return 0;
}

static Py2cValue list_concat(Py2cValue a, Py2cValue b) {
    if (!py2c_is_list(a)) return PY2C_NOT_IMPLEMENTED;
    if (!py2c_is_list(b))
        return py2c_error_format(&py2c_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                                 py2c_type_name(b));
    Py2cList *x = py2c_list_ptr(a), *y = py2c_list_ptr(b);
    if (py2c__threaded()) {
        /* one stripe at a time: a copy of a, then b appended under its lock */
        Py2cStripe *lk = py2c__lock(x);
        Py2cValue r = list_slice(x, 0, x->size);
        py2c__unlock(lk);
        if (!PY2C_IS_NULL(r) && py2c_list_extend(r, b) < 0) PY2C_CLEAR(r);
        return r;
    }
    Py2cValue r = py2c_list_new((size_t)(x->size + y->size));
    if (PY2C_IS_NULL(r)) return r;
    Py2cList *l = py2c_list_ptr(r);
    for (int64_t i = 0; i < x->size; i++) py2c_incref(l->items[i] = x->items[i]);
    for (int64_t i = 0; i < y->size; i++) py2c_incref(l->items[x->size + i] = y->items[i]);
    l->size = x->size + y->size;
    return r;
}

static Py2cValue list_repeat(Py2cValue a, Py2cValue b) {
    Py2cValue seq = py2c_is_list(a) ? a : b, count = py2c_is_list(a) ? b : a;
    if (!py2c_is_list(seq)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(count, &n) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(seq);
    Py2cStripe *lk = py2c__lock(l);
    if (n > 0 && l->size > INT64_MAX / n) {
        py2c__unlock(lk);
        return py2c_error_nomemory();
    }
    int64_t total = l->size * n;
    if ((uint64_t)total > MAX_ITEMS) {
        py2c__unlock(lk);
        return py2c_error_nomemory();
    }
    Py2cValue r = py2c_list_new((size_t)total);
    if (!PY2C_IS_NULL(r)) {
        Py2cList *rl = py2c_list_ptr(r);
        for (int64_t k = 0; k < n; k++)
            for (int64_t i = 0; i < l->size; i++) py2c_incref(rl->items[k * l->size + i] = l->items[i]);
        rl->size = total;
    }
    py2c__unlock(lk);
    return r;
}

static Py2cValue list_inplace_concat(Py2cValue a, Py2cValue b) {
    if (!py2c_is_list(a)) return PY2C_NOT_IMPLEMENTED;
    if (py2c_list_extend(a, b) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

static Py2cValue list_inplace_repeat(Py2cValue a, Py2cValue b) {
    if (!py2c_is_list(a)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(b, &n) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(a);
    if (n == 0 || list_size_locked(l) == 0) {
        list_clear_items(l);
    } else if (n > 1) {
        Py2cStripe *lk = py2c__lock(l);
        int64_t size = l->size;
        if (size > INT64_MAX / n) {
            py2c__unlock(lk);
            return py2c_error_nomemory();
        }
        if (list_reserve(l, size * n) < 0) {
            py2c__unlock(lk);
            return PY2C_NULL;
        }
        for (int64_t k = 1; k < n; k++)
            for (int64_t i = 0; i < size; i++) py2c_incref(l->items[k * size + i] = l->items[i]);
        l->size = size * n;
        py2c__unlock(lk);
    }
    py2c_incref(a);
    return a;
}

/* --- methods --- */
static Py2cValue m_append(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("list.append", nargs, kwnames) < 0) return PY2C_NULL;
    if (py2c_list_append(self, args[0]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_extend(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("list.extend", nargs, kwnames) < 0) return PY2C_NULL;
    if (py2c_list_extend(self, args[0]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_insert(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("list.insert", "insert", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    int64_t i;
    if (py2c__as_index(args[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &i) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    Py2cStripe *lk = py2c__lock(l);
    if (i < 0) {
        i = i == INT64_MIN ? 0 : i + l->size;
        if (i < 0) i = 0;
    }
    if (i > l->size) i = l->size;
    if (l->size >= l->cap && list_reserve(l, l->size + 1) < 0) {
        py2c__unlock(lk);
        return PY2C_NULL;
    }
    memmove(l->items + i + 1, l->items + i, (size_t)(l->size - i) * sizeof(Py2cValue));
    py2c_incref(l->items[i] = args[1]);
    l->size++;
    py2c__unlock(lk);
    return PY2C_NONE;
}

static Py2cValue m_pop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("list.pop", "pop", nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    int64_t i = -1;
    if (nargs > 0 && py2c__as_index(args[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &i) < 0) return PY2C_NULL;
    Py2cStripe *lk = py2c__lock(l);
    const char *err = NULL;
    Py2cValue v = PY2C_NULL;
    if (i < 0 && i != INT64_MIN) i += l->size;
    if (l->size == 0) {
        err = "pop from empty list";
    } else if (i < 0 || i >= l->size) {
        err = "pop index out of range";
    } else {
        v = l->items[i];
        memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(Py2cValue));
        l->size--;
    }
    py2c__unlock(lk);
    if (err) return py2c_error_format(&py2c_exc_IndexError, "%s", err);
    return v;
}

static Py2cValue m_remove(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("list.remove", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    Py2cValue v;
    for (int64_t i = 0; list_fetch(l, i, &v); i++) {
        int eq = py2c__keys_equal(v, args[0]);
        if (eq < 0) {
            py2c_decref(v);
            return PY2C_NULL;
        }
        if (eq) {
            /* the item found, if still at i (another thread may have moved it) */
            Py2cStripe *lk = py2c__lock(l);
            if (i < l->size && l->items[i].bits == v.bits) {
                /* the list's reference moves to us: released below, unlocked */
                memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(Py2cValue));
                l->size--;
                py2c__unlock(lk);
                py2c_decref(v);
            } else {
                py2c__unlock(lk);
            }
            py2c_decref(v);
            return PY2C_NONE;
        }
        py2c_decref(v);
    }
    return py2c_error_format(&py2c_exc_ValueError, "list.remove(x): x not in list");
}

static Py2cValue m_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("list.index", "index", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    int64_t start = 0, stop = INT64_MAX, size;
    if (nargs > 1 && py2c__as_index(args[1], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &start) < 0) return PY2C_NULL;
    if (nargs > 2 && py2c__as_index(args[2], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &stop) < 0) return PY2C_NULL;
    size = list_size_locked(l);
    if (start < 0) {
        start = start == INT64_MIN ? 0 : start + size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop = stop == INT64_MIN ? 0 : stop + size;
        if (stop < 0) stop = 0;
    }
    Py2cValue v;
    for (int64_t i = start; i < stop && list_fetch(l, i, &v); i++) {
        int eq = py2c__keys_equal(v, args[0]);
        py2c_decref(v);
        if (eq < 0) return PY2C_NULL;
        if (eq) return py2c_int(i);
    }
    Py2cValue r = py2c_repr(args[0]);
    if (PY2C_IS_NULL(r)) return r;
    (void)py2c_error_format(&py2c_exc_ValueError, "%s is not in list", py2c__as_str(r)->data);
    py2c_decref(r);
    return PY2C_NULL;
}

static Py2cValue m_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("list.count", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    int64_t c = 0;
    Py2cValue v;
    for (int64_t i = 0; list_fetch(l, i, &v); i++) {
        int eq = py2c__keys_equal(v, args[0]);
        py2c_decref(v);
        if (eq < 0) return PY2C_NULL;
        c += eq;
    }
    return py2c_int(c);
}

static Py2cValue m_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("list.clear", nargs, kwnames) < 0) return PY2C_NULL;
    list_clear_items(py2c_list_ptr(self));
    return PY2C_NONE;
}

static Py2cValue m_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("list.copy", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cList *l = py2c_list_ptr(self);
    Py2cStripe *lk = py2c__lock(l);
    Py2cValue r = list_slice(l, 0, l->size);
    py2c__unlock(lk);
    return r;
}

static void reverse_array(Py2cValue *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Py2cValue t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

void py2c_list_reverse(Py2cValue lv) {
    Py2cList *l = py2c_list_ptr(lv);
    Py2cStripe *lk = py2c__lock(l);
    reverse_array(l->items, l->size);
    py2c__unlock(lk);
}

static Py2cValue m_reverse(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("list.reverse", nargs, kwnames) < 0) return PY2C_NULL;
    py2c_list_reverse(self);
    return PY2C_NONE;
}

int py2c_list_sort(Py2cValue self, Py2cValue key, int reverse) {
    Py2cList *l = py2c_list_ptr(self);
    /* As CPython: the list looks empty while it is sorted, so that a key or
     * comparison that changes it is detected. */
    Py2cStripe *lk = py2c__lock(l);
    Py2cValue *items = l->items;
    int64_t n = l->size, cap = l->cap;
    l->items = NULL;
    l->size = 0;
    l->cap = -1;
    py2c__unlock(lk);
    Py2cValue *keys = NULL;
    int rc = 0;
    if (!PY2C_IS_NULL(key) && !py2c_is_none(key) && n > 0) {
        keys = malloc((size_t)n * sizeof *keys);
        if (!keys) {
            (void)py2c_error_nomemory();
            rc = -1;
        }
        for (int64_t i = 0; rc == 0 && i < n; i++) {
            keys[i] = py2c_call(key, &items[i], 1, PY2C_NULL);
            if (PY2C_IS_NULL(keys[i])) {
                for (int64_t k = 0; k < i; k++) py2c_decref(keys[k]);
                free(keys);
                keys = NULL;
                rc = -1;
            }
        }
    }
    if (rc == 0 && n > 1) {
        /* reverse, sort stably, reverse back: equal items keep their order */
        if (reverse) {
            reverse_array(items, n);
            if (keys) reverse_array(keys, n);
        }
        rc = py2c__sort(items, keys, n);
        if (reverse) {
            reverse_array(items, n);
            if (keys) reverse_array(keys, n);
        }
    }
    if (keys) {
        for (int64_t i = 0; i < n; i++) py2c_decref(keys[i]);
        free(keys);
    }
    lk = py2c__lock(l);
    int modified = l->cap != -1 || l->items != NULL;
    Py2cValue *extra = l->items;
    int64_t nextra = l->size;
    l->items = items;
    l->size = n;
    l->cap = cap;
    py2c__unlock(lk);
    if (modified) release_array(extra, nextra); /* what was added during the sort */
    if (modified && rc == 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "list modified during sort");
        return -1;
    }
    return rc;
}

static int str_eq(Py2cValue s, const char *text) {
    return py2c_is_str(s) && strcmp(py2c__as_str(s)->data, text) == 0;
}

static Py2cValue m_sort(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs) return py2c_error_format(&py2c_exc_TypeError, "sort() takes no positional arguments");
    Py2cValue key = PY2C_NULL;
    int64_t reverse = 0;
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c_tuple_size(kwnames);
    if (nkw > 2)
        return py2c_error_format(&py2c_exc_TypeError, "sort() takes at most 2 keyword arguments (%lld given)",
                                 (long long)nkw);
    for (int64_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c_tuple_item(kwnames, k);
        if (str_eq(name, "key")) {
            key = args[k];
        } else if (str_eq(name, "reverse")) {
            if (py2c_is_float(args[k]))
                return py2c_error_format(&py2c_exc_TypeError, "'float' object cannot be interpreted as an integer");
            if (py2c__as_index(args[k], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &reverse) < 0) return PY2C_NULL;
        } else {
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for sort()",
                                     py2c_is_str(name) ? py2c__as_str(name)->data : "?");
        }
    }
    if (py2c_list_sort(self, key, reverse != 0) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

/* list(iterable=()) */
static Py2cValue list_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_no_kwargs("list", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return py2c_list_new(0);
    return py2c_list_from_iterable(args[0]);
}

/* --- iterators --- */
typedef struct ListIter {
    Py2cObject ob;
    Py2cValue seq; /* PY2C_NULL once exhausted */
    int64_t index;
} ListIter;

static void listiter_dealloc(Py2cObject *o) {
    py2c_decref(((ListIter *)o)->seq);
    free(o);
}

static Py2cValue make_iter(const Py2cType *type, Py2cValue l, int64_t index) {
    ListIter *it = (ListIter *)py2c__object_new(type, sizeof(ListIter));
    if (!it) return PY2C_NULL;
    py2c_incref(l);
    it->seq = l;
    it->index = index;
    return py2c_obj_value(&it->ob);
}

static Py2cValue list_iter(Py2cValue self) { return make_iter(&py2c_list_iterator_type, self, 0); }

Py2cValue py2c__list_reversed(Py2cValue l) {
    return make_iter(&py2c_list_reverseiterator_type, l, list_size_locked(py2c_list_ptr(l)) - 1);
}

static Py2cValue listiter_next(Py2cValue self) {
    ListIter *it = (ListIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->seq)) return PY2C_NULL;
    Py2cValue v;
    if (list_fetch(py2c_list_ptr(it->seq), it->index, &v)) {
        it->index++;
        return v;
    }
    PY2C_CLEAR(it->seq);
    return PY2C_NULL;
}

static Py2cValue listreviter_next(Py2cValue self) {
    ListIter *it = (ListIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->seq)) return PY2C_NULL;
    Py2cValue v;
    if (list_fetch(py2c_list_ptr(it->seq), it->index, &v)) {
        it->index--;
        return v;
    }
    it->index = -1;
    PY2C_CLEAR(it->seq);
    return PY2C_NULL;
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static const Py2cNumberMethods list_number = {
    .binary = {[PY2C_OP_ADD] = list_concat, [PY2C_OP_MUL] = list_repeat},
    .inplace = {[PY2C_OP_ADD] = list_inplace_concat, [PY2C_OP_MUL] = list_inplace_repeat},
};

static const Py2cMethodDef list_methods[] = {
    {"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop},
    {"remove", m_remove}, {"index", m_index},   {"count", m_count},   {"clear", m_clear},
    {"copy", m_copy},     {"reverse", m_reverse}, {"sort", m_sort},  {NULL, NULL},
};

const Py2cType py2c_list_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "list",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cList),
    .dealloc = list_dealloc,
    .new_ = list_new,
    .repr = list_repr,
    .hash = NULL,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .number = &list_number,
    .methods = list_methods,
};

const Py2cType py2c_list_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "list_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(ListIter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
};

const Py2cType py2c_list_reverseiterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "list_reverseiterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(ListIter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
};
