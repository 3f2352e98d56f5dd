/* The bisect module (CPython 3.11's Modules/_bisectmodule.c): binary search
 * in a sorted sequence with `<` only, the lo/hi bounds and the key function
 * of 3.10+ (applied to the items, and by insort to x too). */
#include <string.h>

#include "bltin_internal.h"
#include "sync_internal.h"

PY2C__STR_CONST(s_insert, "insert");

static const char *const bisect_names[] = {"a", "x", "lo", "hi", "key"};

/* The arguments of every function of the module:
 *     name(a, x, lo=0, hi=None, *, key=None) */
typedef struct BisectArgs {
    Py2cValue a, x, key; /* key: PY2C_NULL when absent or None */
    int64_t lo, hi;
} BisectArgs;

static int parse(const char *fname, const Py2cValue *args, size_t nargs, Py2cValue kwnames, BisectArgs *out) {
    Py2cArgSpec spec = {fname, bisect_names, 0, 2, 4, 5};
    Py2cValue v[5];
    if (py2c__args_parse(&spec, args, nargs, kwnames, v) < 0) return -1;
    out->a = v[0];
    out->x = v[1];
    out->key = PY2C_IS_NULL(v[4]) || py2c_is_none(v[4]) ? PY2C_NULL : v[4];
    out->lo = 0;
    if (!PY2C_IS_NULL(v[2]) && py2c__bltin_as_int64(v[2], &out->lo) < 0) return -1;
    /* hi is Py_ssize_t with None accepted; -1 (given or not) means len(a) */
    out->hi = -1;
    if (!PY2C_IS_NULL(v[3]) && !py2c_is_none(v[3])) {
        if (!py2c_is_int(v[3])) {
            (void)py2c_error_format(&py2c_exc_TypeError, "argument should be integer or None, not '%s'",
                                    py2c_type_name(v[3]));
            return -1;
        }
        if (py2c__bltin_as_int64(v[3], &out->hi) < 0) return -1;
    }
    if (out->lo < 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (out->hi == -1) {
        out->hi = py2c_len(out->a);
        if (out->hi < 0) return -1;
    }
    return 0;
}

/* a[i] (a new reference), as PySequence_GetItem. A list's item is read
 * under its stripe (another thread's append may move the item array); the
 * comparisons that follow run with no stripe held. */
static Py2cValue item_at(Py2cValue a, int64_t i) {
    if (py2c_is_list(a)) {
        Py2cList *l = py2c_list_ptr(a);
        Py2cStripe *lk = py2c__lock(l);
        Py2cValue v = PY2C_NULL;
        if (i < l->size) py2c_incref(v = l->items[i]);
        py2c__unlock(lk);
        if (PY2C_IS_NULL(v)) return py2c_error_format(&py2c_exc_IndexError, "list index out of range");
        return v;
    }
    if (!py2c_type_of(a)->getitem)
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object does not support indexing", py2c_type_name(a));
    return py2c_getitem(a, py2c_int(i));
}

/* The insertion point of x in a[lo:hi]: right of equal items when right,
 * left of them otherwise. key(item) is compared with x. -1 on error.
 * lk: a's stripe, held by the caller when a is a list and threads run
 * (else NULL). Comparisons of plain items are made under it, so a bisect or
 * insort of such items is atomic, as CPython's C loop under the GIL; a key
 * call or a comparison that runs Python code releases it meanwhile. */
static int64_t search(const BisectArgs *b, Py2cValue x, int right, Py2cStripe *lk) {
    int64_t lo = b->lo, hi = b->hi;
    int x_plain = lk && py2c__lt_is_plain(x);
    while (lo < hi) {
        /* lo + hi cannot overflow: both are at most len(a) <= INT64_MAX / 2 in practice */
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        Py2cValue item = item_at(b->a, mid);
        if (PY2C_IS_NULL(item)) return -1;
        int suspended = 0, c;
        if (x_plain && PY2C_IS_NULL(b->key) && py2c__lt_is_plain(item)) {
            c = right ? py2c_compare_bool(x, item, PY2C_LT) : py2c_compare_bool(item, x, PY2C_LT);
            py2c_decref(item); /* still in the list: not the last reference */
        } else {
            if (lk) suspended = py2c__stripe_suspend(lk);
            if (!PY2C_IS_NULL(b->key)) {
                Py2cValue k = py2c_call(b->key, &item, 1, PY2C_NULL);
                py2c_decref(item);
                if (PY2C_IS_NULL(k)) {
                    if (lk) py2c__stripe_resume(lk, suspended);
                    return -1;
                }
                item = k;
            }
            c = right ? py2c_compare_bool(x, item, PY2C_LT) : py2c_compare_bool(item, x, PY2C_LT);
            py2c_decref(item);
            if (lk) py2c__stripe_resume(lk, suspended);
        }
        if (c < 0) return -1;
        if (right ? c : !c) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* The stripe to hold across a search of a (see search). */
static Py2cStripe *lock_list(Py2cValue a) { return py2c_is_list(a) ? py2c__lock(py2c_list_ptr(a)) : NULL; }

static Py2cValue do_bisect(const char *fname, int right, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    BisectArgs b;
    if (parse(fname, args, nargs, kwnames, &b) < 0) return PY2C_NULL;
    Py2cStripe *lk = lock_list(b.a);
    int64_t i = search(&b, b.x, right, lk);
    py2c__unlock(lk);
    return i < 0 ? PY2C_NULL : py2c__bltin_int64(i);
}

/* list.insert(i, x) on an exact list whose stripe the caller holds (NULL
 * while single-threaded): append, then move x down to i. 0 or -1. */
static int list_insert_locked(Py2cValue a, int64_t i, Py2cValue x) {
    if (py2c_list_append(a, x) < 0) return -1; /* the stripe is recursive */
    Py2cList *l = py2c_list_ptr(a);
    if (i > l->size - 1) i = l->size - 1;
    memmove(l->items + i + 1, l->items + i, (size_t)(l->size - 1 - i) * sizeof *l->items);
    l->items[i] = x;
    return 0;
}

/* insort: a.insert(bisect(a, key(x)), x) */
static Py2cValue do_insort(const char *fname, int right, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    BisectArgs b;
    if (parse(fname, args, nargs, kwnames, &b) < 0) return PY2C_NULL;
    Py2cValue kx = b.x;
    if (!PY2C_IS_NULL(b.key)) {
        kx = py2c_call(b.key, &b.x, 1, PY2C_NULL);
        if (PY2C_IS_NULL(kx)) return PY2C_NULL;
    } else {
        py2c_incref(kx);
    }
    if (py2c_is_list(b.a)) {
        /* an exact list: list.insert, in the search's critical section */
        Py2cStripe *lk = lock_list(b.a);
        int64_t i = search(&b, kx, right, lk);
        int rc = i < 0 ? -1 : list_insert_locked(b.a, i, b.x);
        py2c__unlock(lk);
        py2c_decref(kx);
        return rc < 0 ? PY2C_NULL : PY2C_NONE;
    }
    int64_t i = search(&b, kx, right, NULL);
    py2c_decref(kx);
    if (i < 0) return PY2C_NULL;
    Py2cValue call_args[2] = {py2c__bltin_int64(i), b.x};
    if (PY2C_IS_NULL(call_args[0])) return PY2C_NULL;
    Py2cValue r = py2c_call_method(b.a, PY2C__STR_VAL(s_insert), call_args, 2, PY2C_NULL);
    py2c_decref(call_args[0]);
    if (PY2C_IS_NULL(r)) return r;
    py2c_decref(r);
    return PY2C_NONE;
}

#define BISECT_FUNCTION(name, impl, right)                                                               \
    static Py2cValue bisect_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)self;                                                                                      \
        return impl(#name, right, args, nargs, kwnames);                                                 \
    }                                                                                                    \
    static PY2C_BUILTIN_FUNCTION(bisect_##name##_obj, #name, bisect_##name);

BISECT_FUNCTION(bisect_left, do_bisect, 0)
BISECT_FUNCTION(bisect_right, do_bisect, 1)
BISECT_FUNCTION(insort_left, do_insort, 0)
BISECT_FUNCTION(insort_right, do_insort, 1)

PY2C_STDLIB_MODULE("bisect", py2c__module_init_bisect);
Py2cValue py2c__module_init_bisect(void) {
    /* bisect and insort are the _right functions under a second name, as in Lib/bisect.py */
    static const struct {
        const char *name;
        Py2cBuiltinFunction *fn;
    } fns[] = {
        {"bisect_right", &bisect_bisect_right_obj}, {"insort_right", &bisect_insort_right_obj},
        {"bisect_left", &bisect_bisect_left_obj},   {"insort_left", &bisect_insort_left_obj},
        {"bisect", &bisect_bisect_right_obj},       {"insort", &bisect_insort_right_obj},
    };
    Py2cValue m = py2c_module_new("bisect");
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        if (py2c_module_add(m, fns[i].name, py2c_obj_value(&fns[i].fn->ob)) < 0) {
            py2c_decref(m);
            return PY2C_NULL;
        }
    }
    return m;
}
