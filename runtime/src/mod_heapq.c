/* The heapq module: the heap operations of CPython's Modules/_heapqmodule.c
 * (same sift order, so the same heap layout and sequence of `<` calls) and
 * the Python-level functions of Lib/heapq.py (nlargest, nsmallest, merge),
 * which are function objects here too, with the same algorithm: the same
 * decorated tuples, so ties and comparisons come out as in CPython. */
#include "bltin_internal.h"
#include "modsupport.h"
#include "sync_internal.h"

/* ---- the heap algorithms, on a list ------------------------------------------------------ */

/* Threads: each operation (heappush, heappop, heapify, ...) holds the list's
 * stripe (sync_internal.h) from start to end, so with items whose `<` runs
 * no Python code (ints, floats, strs, bytes, tuples of those) it is atomic,
 * as under CPython's GIL. A comparison that runs Python code (__lt__) is made
 * with the stripe released, as CPython's C heapq may switch threads there;
 * the size is checked after each comparison ("list changed size during
 * iteration") and every item is re-read from the list after it, so another
 * thread's append (which may move the item array) cannot be seen half done. */

static int changed_size(void) {
    (void)py2c_error_format(&py2c_exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* a < b for the min-heap, b < a for the max-heap. a and b are borrowed from
 * the heap (or the caller), whose stripe lk the caller holds (NULL while
 * single-threaded); they are kept alive across a call of Python code. */
static int heap_less(Py2cValue a, Py2cValue b, int max, Py2cStripe *lk) {
    if (lk && py2c__lt_is_plain(a) && py2c__lt_is_plain(b))
        return max ? py2c_compare_bool(b, a, PY2C_LT) : py2c_compare_bool(a, b, PY2C_LT);
    py2c_incref(a);
    py2c_incref(b);
    int suspended = lk ? py2c__stripe_suspend(lk) : 0;
    int c = max ? py2c_compare_bool(b, a, PY2C_LT) : py2c_compare_bool(a, b, PY2C_LT);
    py2c_decref(a);
    py2c_decref(b);
    if (lk) py2c__stripe_resume(lk, suspended);
    return c;
}

/* Moves heap[pos] up towards startpos while it is less than its parent.
 * The caller holds the list's stripe lk (NULL while single-threaded). */
static int siftdown(Py2cList *l, int64_t startpos, int64_t pos, int max, Py2cStripe *lk) {
    int64_t size = l->size;
    if (pos >= size) return py2c_error_format(&py2c_exc_IndexError, "index out of range"), -1;
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int c = heap_less(l->items[pos], l->items[parentpos], max, lk);
        if (c < 0) return -1;
        if (size != l->size) return changed_size();
        if (c == 0) break;
        Py2cValue t = l->items[parentpos];
        l->items[parentpos] = l->items[pos];
        l->items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

/* Moves the smaller child up from pos to a leaf, then heap[pos]'s old item
 * back up to its place (fewer comparisons than a textbook sift, as CPython).
 * The caller holds lk as above. */
static int siftup(Py2cList *l, int64_t pos, int max, Py2cStripe *lk) {
    int64_t endpos = l->size, startpos = pos;
    if (pos >= endpos) return py2c_error_format(&py2c_exc_IndexError, "index out of range"), -1;
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int c = heap_less(l->items[childpos], l->items[childpos + 1], max, lk);
            if (c < 0) return -1;
            if (endpos != l->size) return changed_size();
            if (!c) childpos++;
        }
        Py2cValue t = l->items[childpos];
        l->items[childpos] = l->items[pos];
        l->items[pos] = t;
        pos = childpos;
    }
    return siftdown(l, startpos, pos, max, lk);
}

static Py2cValue index_error(void) { return py2c_error_format(&py2c_exc_IndexError, "index out of range"); }

static int heap_push(Py2cValue heap, Py2cValue item) {
    Py2cList *l = py2c_list_ptr(heap);
    Py2cStripe *lk = py2c__lock(l);
    int rc = py2c_list_append(heap, item); /* the stripe is recursive */
    if (rc == 0) rc = siftdown(l, 0, l->size - 1, 0, lk);
    py2c__unlock(lk);
    return rc;
}

static Py2cValue heap_pop(Py2cValue heap, int max) {
    Py2cList *l = py2c_list_ptr(heap);
    Py2cStripe *lk = py2c__lock(l);
    if (l->size == 0) {
        py2c__unlock(lk);
        return index_error();
    }
    Py2cValue last = l->items[--l->size]; /* the list's reference moves to us */
    if (l->size == 0) {
        py2c__unlock(lk);
        return last;
    }
    Py2cValue top = l->items[0];
    l->items[0] = last;
    int rc = siftup(l, 0, max, lk);
    py2c__unlock(lk);
    if (rc < 0) {
        py2c_decref(top);
        return PY2C_NULL;
    }
    return top;
}

/* heapreplace with the caller holding lk: 0 with the old top in *top (its
 * reference moves to the caller), or -1 (*top, when not PY2C_NULL, is to be
 * released after unlocking). */
static int heap_replace_locked(Py2cList *l, Py2cValue item, int max, Py2cStripe *lk, Py2cValue *top) {
    *top = PY2C_NULL;
    if (l->size == 0) return (void)index_error(), -1;
    *top = l->items[0];
    py2c_incref(item);
    l->items[0] = item;
    return siftup(l, 0, max, lk);
}

static Py2cValue heap_replace(Py2cValue heap, Py2cValue item, int max) {
    Py2cList *l = py2c_list_ptr(heap);
    Py2cValue top;
    Py2cStripe *lk = py2c__lock(l);
    int rc = heap_replace_locked(l, item, max, lk, &top);
    py2c__unlock(lk);
    if (rc < 0) {
        py2c_decref(top);
        return PY2C_NULL;
    }
    return top;
}

/* The simple bottom-up heapify (CPython switches to a cache-friendly order
 * of the same sifts beyond 2500 items: same heap, other comparison order). */
static int heap_heapify(Py2cValue heap, int max) {
    Py2cList *l = py2c_list_ptr(heap);
    Py2cStripe *lk = py2c__lock(l);
    int rc = 0;
    for (int64_t i = (l->size >> 1) - 1; i >= 0 && rc == 0; i--) rc = siftup(l, i, max, lk);
    py2c__unlock(lk);
    return rc;
}

/* ---- the module's C functions ------------------------------------------------------------ */

static int is_list(Py2cValue v) { return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_list_type); }

/* Argument checks of heappush, heapreplace, heappushpop (heap, item, /). */
static int check_two(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "_heapq.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 2) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return -1;
    }
    if (!is_list(args[0])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() argument 1 must be list, not %s", name,
                                py2c_type_name(args[0]));
        return -1;
    }
    return 0;
}

/* Argument checks of heappop and heapify (heap, /): METH_O functions. */
static int check_one(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames) > 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "_heapq.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "_heapq.%s() takes exactly one argument (%zu given)", name,
                                nargs);
        return -1;
    }
    if (!is_list(args[0])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() argument must be list, not %s", name,
                                py2c_type_name(args[0]));
        return -1;
    }
    return 0;
}

static Py2cValue heapq_heappush(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (check_two("heappush", args, nargs, kwnames) < 0 || heap_push(args[0], args[1]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue heapq_heappop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (check_one("heappop", args, nargs, kwnames) < 0) return PY2C_NULL;
    return heap_pop(args[0], 0);
}

static Py2cValue heapq_heapify(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (check_one("heapify", args, nargs, kwnames) < 0 || heap_heapify(args[0], 0) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue heapq_heapreplace(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (check_two("heapreplace", args, nargs, kwnames) < 0) return PY2C_NULL;
    return heap_replace(args[0], args[1], 0);
}

/* heappushpop(heap, item): item if it would be popped at once, else heapreplace. */
static Py2cValue heapq_heappushpop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (check_two("heappushpop", args, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue heap = args[0], item = args[1];
    Py2cList *l = py2c_list_ptr(heap);
    Py2cStripe *lk = py2c__lock(l);
    if (l->size > 0) {
        int c = heap_less(l->items[0], item, 0, lk);
        if (c < 0) {
            py2c__unlock(lk);
            return PY2C_NULL;
        }
        if (c) { /* the comparison may have emptied it: then IndexError, as CPython */
            Py2cValue top;
            int rc = heap_replace_locked(l, item, 0, lk, &top);
            py2c__unlock(lk);
            if (rc < 0) {
                py2c_decref(top);
                return PY2C_NULL;
            }
            return top;
        }
    }
    py2c__unlock(lk);
    py2c_incref(item);
    return item;
}

static PY2C_BUILTIN_FUNCTION(heapq_heappush_obj, "heappush", heapq_heappush);
static PY2C_BUILTIN_FUNCTION(heapq_heappop_obj, "heappop", heapq_heappop);
static PY2C_BUILTIN_FUNCTION(heapq_heapify_obj, "heapify", heapq_heapify);
static PY2C_BUILTIN_FUNCTION(heapq_heapreplace_obj, "heapreplace", heapq_heapreplace);
static PY2C_BUILTIN_FUNCTION(heapq_heappushpop_obj, "heappushpop", heapq_heappushpop);

/* ---- nlargest, nsmallest ----------------------------------------------------------------- */

PY2C__STR_CONST(s_default, "default");
PY2C__STR_CONST(s_key, "key");

/* min(it, default=sentinel, key=key) / max(...) through the builtins, so
 * that ties and errors are theirs. *found = 0 for an empty iterable. */
static Py2cValue min_or_max(Py2cValue iterable, Py2cValue key, int largest, int *found) {
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue sentinel = py2c_list_new(0); /* any fresh object */
    Py2cValue kwn_items[2] = {PY2C__STR_VAL(s_default), PY2C__STR_VAL(s_key)};
    Py2cValue kwnames = py2c_tuple_pack(2, kwn_items);
    Py2cValue r = PY2C_NULL;
    if (!PY2C_IS_NULL(sentinel) && !PY2C_IS_NULL(kwnames)) {
        Py2cValue args[3] = {it, sentinel, key};
        Py2cBuiltinFunction *fn = largest ? &py2c_builtin_max : &py2c_builtin_min;
        r = py2c_call(py2c_obj_value(&fn->ob), args, 1, kwnames);
    }
    *found = !PY2C_IS_NULL(r) && !py2c_is(r, sentinel);
    py2c_decref(kwnames);
    py2c_decref(sentinel);
    py2c_decref(it);
    return r;
}

/* The decorated entry (elem, order) or (key(elem), order, elem) (stolen k). */
static Py2cValue decorate(Py2cValue k, int64_t order, Py2cValue elem, int keyed) {
    Py2cValue t = py2c_tuple_new(keyed ? 3 : 2), o = py2c__bltin_int64(order);
    if (PY2C_IS_NULL(t) || PY2C_IS_NULL(o)) {
        py2c_decref(t);
        py2c_decref(k);
        return PY2C_NULL;
    }
    Py2cTuple *p = py2c_tuple_ptr(t);
    p->items[0] = k;
    p->items[1] = o;
    if (keyed) {
        py2c_incref(elem);
        p->items[2] = elem;
    }
    return t;
}

/* key(elem), or elem itself without a key (new reference). */
static Py2cValue apply_key(Py2cValue key, Py2cValue elem) {
    if (py2c_is_none(key)) {
        py2c_incref(elem);
        return elem;
    }
    return py2c_call(key, &elem, 1, PY2C_NULL);
}

/* Lib/heapq.py's nsmallest/nlargest(n, iterable, key). */
static Py2cValue top_n(Py2cValue n, Py2cValue iterable, Py2cValue key, int largest) {
    int c = py2c_compare_bool(n, py2c_int(1), PY2C_EQ);
    if (c < 0) return PY2C_NULL;
    if (c) {
        int found;
        Py2cValue r = min_or_max(iterable, key, largest, &found);
        if (PY2C_IS_NULL(r)) return r;
        Py2cValue l = py2c_list_new(1);
        if (!PY2C_IS_NULL(l) && found && py2c_list_append(l, r) < 0) PY2C_CLEAR(l);
        py2c_decref(r);
        return l;
    }
    /* When n >= len(iterable): sorted(iterable, key=key)[:n] */
    int64_t size = py2c_len(iterable);
    if (size < 0) {
        if (!py2c_error_matches(&py2c_exc_TypeError) && !py2c_error_matches(&py2c_exc_AttributeError))
            return PY2C_NULL;
        py2c_error_clear();
    } else {
        Py2cValue sz = py2c__bltin_int64(size);
        if (PY2C_IS_NULL(sz)) return sz;
        c = py2c_compare_bool(n, sz, PY2C_GE);
        py2c_decref(sz);
        if (c < 0) return PY2C_NULL;
        if (c) {
            Py2cValue l = py2c_list_from_iterable(iterable);
            if (PY2C_IS_NULL(l)) return l;
            Py2cValue sl = PY2C_NULL, r = PY2C_NULL;
            if (py2c_list_sort(l, key, largest) == 0) sl = py2c_slice_new(PY2C_NONE, n, PY2C_NONE);
            if (!PY2C_IS_NULL(sl)) r = py2c_getitem(l, sl);
            py2c_decref(sl);
            py2c_decref(l);
            return r;
        }
    }
    int64_t count;
    if (py2c__as_index(n, PY2C_INDEX_REQUIRED, &count) < 0) return PY2C_NULL;
    int keyed = !py2c_is_none(key);
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue result = py2c_list_new(count > 0 && count < 1024 ? (size_t)count : 0);
    Py2cValue elem = PY2C_NULL, out = PY2C_NULL;
    if (PY2C_IS_NULL(result)) goto done;
    /* result = [(key(elem), i, elem) for i, elem in zip(range(...), it)] */
    for (int64_t i = 0; i < count; i++) {
        elem = py2c_iter_next(it);
        if (PY2C_IS_NULL(elem)) {
            if (py2c_error_occurred()) goto done;
            break;
        }
        Py2cValue k = apply_key(key, elem);
        if (PY2C_IS_NULL(k)) goto done;
        Py2cValue t = decorate(k, largest ? -i : i, elem, keyed);
        PY2C_CLEAR(elem);
        if (PY2C_IS_NULL(t)) goto done;
        int rc = py2c_list_append(result, t);
        py2c_decref(t);
        if (rc < 0) goto done;
    }
    if (py2c_list_size(result) == 0) {
        out = result;
        result = PY2C_NULL;
        goto done;
    }
    /* nsmallest keeps a max-heap of the n smallest so far, nlargest a min-heap */
    if (heap_heapify(result, !largest) < 0) goto done;
    int64_t order = largest ? -count : count;
    while (!PY2C_IS_NULL(elem = py2c_iter_next(it))) {
        Py2cValue k = apply_key(key, elem);
        if (PY2C_IS_NULL(k)) goto done;
        Py2cValue top = py2c_tuple_item(py2c_list_item(result, 0), 0);
        py2c_incref(top);
        c = largest ? py2c_compare_bool(top, k, PY2C_LT) : py2c_compare_bool(k, top, PY2C_LT);
        py2c_decref(top);
        if (c < 0) {
            py2c_decref(k);
            goto done;
        }
        if (c) {
            Py2cValue t = decorate(k, order, elem, keyed);
            if (PY2C_IS_NULL(t)) goto done;
            Py2cValue old = heap_replace(result, t, !largest);
            py2c_decref(t);
            if (PY2C_IS_NULL(old)) goto done;
            py2c_decref(old);
            order += largest ? -1 : 1;
        } else {
            py2c_decref(k);
        }
        PY2C_CLEAR(elem);
    }
    if (py2c_error_occurred()) goto done;
    if (py2c_list_sort(result, PY2C_NULL, largest) < 0) goto done;
    out = py2c_list_new((size_t)py2c_list_size(result));
    if (PY2C_IS_NULL(out)) goto done;
    for (int64_t i = 0; i < py2c_list_size(result); i++) {
        Py2cValue t = py2c_list_item(result, i);
        if (py2c_list_append(out, py2c_tuple_item(t, keyed ? 2 : 0)) < 0) {
            PY2C_CLEAR(out);
            goto done;
        }
    }
done:
    py2c_decref(elem);
    py2c_decref(result);
    py2c_decref(it);
    return out;
}

static Py2cValue nsmallest_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue r = top_n(params[0], params[1], params[2], 0);
    for (int i = 0; i < 3; i++) py2c_decref(params[i]);
    return r;
}

static Py2cValue nlargest_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue r = top_n(params[0], params[1], params[2], 1);
    for (int i = 0; i < 3; i++) py2c_decref(params[i]);
    return r;
}

static const char *const topn_params[] = {"n", "iterable", "key"};
static const Py2cFuncInfo nsmallest_info = {
    .name = "nsmallest",
    .qualname = "nsmallest",
    .params = topn_params,
    .npos = 3,
    .body = nsmallest_body,
    .doc = "Find the n smallest elements in a dataset.\n\n    Equivalent to:  sorted(iterable, key=key)[:n]\n    ",
    .module = "heapq",
};
static const Py2cFuncInfo nlargest_info = {
    .name = "nlargest",
    .qualname = "nlargest",
    .params = topn_params,
    .npos = 3,
    .body = nlargest_body,
    .doc = "Find the n largest elements in a dataset.\n\n"
           "    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]\n    ",
    .module = "heapq",
};

/* ---- merge: a generator, as Lib/heapq.py's ------------------------------------------------ */

/* The generator's frame: values first (released by the generator). */
typedef struct MergeFrame {
    Py2cValue iterables; /* tuple */
    Py2cValue key;       /* None or a callable */
    Py2cValue h;         /* list of entries [key(value), order, value, iterator] (value omitted without key) */
    Py2cValue last;      /* the iterator left when one remains */
    int reverse;
} MergeFrame;

enum { MERGE_YIELD_TOP = 1, MERGE_YIELD_LAST, MERGE_YIELD_FROM };

/* entry = [key(value), order, value, it] or [value, order, it]: a list, as
 * CPython's, so comparisons of entries look like CPython's. */
static Py2cValue merge_entry(MergeFrame *f, Py2cValue value, int64_t order, Py2cValue it) {
    int keyed = !py2c_is_none(f->key);
    Py2cValue k = apply_key(f->key, value);
    if (PY2C_IS_NULL(k)) return k;
    Py2cValue e = py2c_list_new(4);
    if (PY2C_IS_NULL(e) || py2c_list_append(e, k) < 0 || py2c_list_append(e, py2c_int(order)) < 0 ||
        (keyed && py2c_list_append(e, value) < 0) || py2c_list_append(e, it) < 0)
        PY2C_CLEAR(e);
    py2c_decref(k);
    return e;
}

/* The entry's value (borrowed) and iterator (borrowed). */
static Py2cValue entry_value(MergeFrame *f, Py2cValue e) { return py2c_list_item(e, py2c_is_none(f->key) ? 0 : 2); }
static Py2cValue entry_iter(MergeFrame *f, Py2cValue e) { return py2c_list_item(e, py2c_is_none(f->key) ? 2 : 3); }

/* Builds the heap of first values: 0 or -1. */
static int merge_start(MergeFrame *f) {
    f->h = py2c_list_new(0);
    if (PY2C_IS_NULL(f->h)) return -1;
    for (int64_t i = 0; i < py2c_tuple_size(f->iterables); i++) {
        Py2cValue it = py2c_iter(py2c_tuple_item(f->iterables, i));
        if (PY2C_IS_NULL(it)) return -1;
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) {
            py2c_decref(it);
            if (py2c_error_occurred()) return -1;
            continue;
        }
        Py2cValue e = merge_entry(f, v, f->reverse ? -i : i, it);
        py2c_decref(v);
        py2c_decref(it);
        if (PY2C_IS_NULL(e)) return -1;
        int rc = py2c_list_append(f->h, e);
        py2c_decref(e);
        if (rc < 0) return -1;
    }
    return heap_heapify(f->h, f->reverse);
}

/* The value to yield from the top entry (new reference). */
static Py2cValue merge_top(MergeFrame *f) {
    Py2cValue v = entry_value(f, py2c_list_item(f->h, 0));
    py2c_incref(v);
    return v;
}

/* After yielding the top entry's value: advances its iterator and restores
 * the heap, or drops the entry when the iterator is exhausted. 0 or -1. */
static int merge_advance(MergeFrame *f) {
    Py2cValue s = py2c_list_item(f->h, 0);
    py2c_incref(s);
    int rc = -1;
    Py2cValue v = py2c_iter_next(entry_iter(f, s));
    if (PY2C_IS_NULL(v)) {
        if (py2c_error_occurred()) goto done;
        Py2cValue popped = heap_pop(f->h, f->reverse);
        if (PY2C_IS_NULL(popped)) goto done;
        py2c_decref(popped);
        rc = 0;
        goto done;
    }
    Py2cList *e = py2c_list_ptr(s);
    if (py2c_is_none(f->key)) {
        py2c_decref(e->items[0]);
        e->items[0] = v;
    } else {
        Py2cValue k = py2c_call(f->key, &v, 1, PY2C_NULL);
        if (PY2C_IS_NULL(k)) {
            py2c_decref(v);
            goto done;
        }
        py2c_decref(e->items[0]);
        e->items[0] = k;
        py2c_decref(e->items[2]);
        e->items[2] = v;
    }
    Py2cValue old = heap_replace(f->h, s, f->reverse);
    if (PY2C_IS_NULL(old)) goto done;
    py2c_decref(old);
    rc = 0;
done:
    py2c_decref(s);
    return rc;
}

static Py2cValue merge_resume(Py2cGenerator *gen) {
    MergeFrame *f = gen->frame;
    /* an exception thrown in (throw(), close()) is raised at the resume point */
    if (gen->throwing && gen->state != MERGE_YIELD_FROM) return PY2C_NULL;
    switch (gen->state) {
    case 0:
        if (merge_start(f) < 0) return PY2C_NULL;
        break;
    case MERGE_YIELD_TOP:
        if (merge_advance(f) < 0) return PY2C_NULL;
        break;
    case MERGE_YIELD_LAST:
        f->last = entry_iter(f, py2c_list_item(f->h, 0));
        py2c_incref(f->last);
        PY2C_CLEAR(gen->sent); /* `yield from` starts with next() */
        /* fall through */
    case MERGE_YIELD_FROM: {
        /* yield from the last iterator */
        Py2cValue v;
        int k = py2c_generator_yield_from(gen, f->last, &v);
        if (k < 0) return PY2C_NULL;
        if (k == 0) {
            py2c_decref(v);
            return PY2C_NULL; /* the merge is over */
        }
        gen->state = MERGE_YIELD_FROM;
        return v;
    }
    }
    if (py2c_list_size(f->h) > 1) {
        gen->state = MERGE_YIELD_TOP;
        return merge_top(f);
    }
    if (py2c_list_size(f->h) == 1) {
        gen->state = MERGE_YIELD_LAST;
        return merge_top(f);
    }
    return PY2C_NULL;
}

static const Py2cGenInfo merge_gen_info = {
    .name = "merge",
    .qualname = "merge",
    .resume = merge_resume,
    .frame_size = sizeof(MergeFrame),
    .nvalues = 4,
};

/* merge(*iterables, key=None, reverse=False): the generator. */
static Py2cValue merge_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue gen = PY2C_NULL;
    int rev = py2c_is_true(params[2]);
    if (rev >= 0) gen = py2c_generator_new(&merge_gen_info);
    if (!PY2C_IS_NULL(gen)) {
        MergeFrame *f = py2c_generator_frame(gen);
        f->iterables = params[0];
        f->key = params[1];
        f->reverse = rev;
        params[0] = params[1] = PY2C_NULL;
    }
    for (int i = 0; i < 3; i++) py2c_decref(params[i]);
    return gen;
}

static const char *const merge_params[] = {"iterables", "key", "reverse"};
static const Py2cFuncInfo merge_info = {
    .name = "merge",
    .qualname = "merge",
    .params = merge_params,
    .npos = 0,
    .nkwonly = 2,
    .flags = PY2C_FUNC_VARARGS,
    .body = merge_body,
    .doc = "Merge multiple sorted inputs into a single sorted output.\n\n"
           "    Similar to sorted(itertools.chain(*iterables)) but returns a generator,\n"
           "    does not pull the data into memory all at once, and assumes that each of\n"
           "    the input streams is already sorted (smallest to largest).\n\n"
           "    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))\n"
           "    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]\n\n"
           "    If *key* is not None, applies a key function to each element to determine\n"
           "    its sort order.\n\n"
           "    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))\n"
           "    ['dog', 'cat', 'fish', 'horse', 'kangaroo']\n\n    ",
    .module = "heapq",
};

/* ---- the module ------------------------------------------------------------------------- */

PY2C_STDLIB_MODULE("heapq", py2c__module_init_heapq);
Py2cValue py2c__module_init_heapq(void) {
    static Py2cBuiltinFunction *const fns[] = {
        &heapq_heappush_obj, &heapq_heappop_obj, &heapq_heapify_obj, &heapq_heapreplace_obj, &heapq_heappushpop_obj,
    };
    Py2cValue m = py2c_module_new("heapq"), none = PY2C_NONE, defaults = PY2C_NULL;
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (py2c_module_add(m, fns[i]->name, py2c_obj_value(&fns[i]->ob)) < 0) goto fail;
    defaults = py2c_tuple_pack(1, &none);
    const Py2cValue merge_kwdefs[2] = {PY2C_NONE, PY2C_FALSE}; /* key, reverse */
    if (PY2C_IS_NULL(defaults) || py2c__module_add_function(m, &nsmallest_info, defaults, NULL) < 0 ||
        py2c__module_add_function(m, &nlargest_info, defaults, NULL) < 0 ||
        py2c__module_add_function(m, &merge_info, PY2C_NULL, merge_kwdefs) < 0)
        goto fail;
    py2c_decref(defaults);
    return m;
fail:
    py2c_decref(defaults);
    py2c_decref(m);
    return PY2C_NULL;
}
