/* Built-in functions over iterables (min, max, sum, any, all, sorted, iter,
 * next) and the iterator types enumerate, zip, map, filter, reversed and
 * callable_iterator, as CPython's bltinmodule.c / enumobject.c /
 * iterobject.c. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"

#define BUILTIN_FN(name) static Py2cValue bi_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames)



static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

/* --- next / iter ---------------------------------------------------------------- */

Py2cValue py2c_next(Py2cValue it, Py2cValue dflt) {
    const Py2cType *t = py2c_type_of(it);
    if (!t->iternext) return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not an iterator", py2c_type_name(it));
    /* A finished generator's StopIteration carries its return value. */
    if (t == &py2c_generator_type && PY2C_IS_NULL(dflt)) return py2c_generator_next(it);
    Py2cValue r = t->iternext(it);
    if (!PY2C_IS_NULL(r)) return r;
    if (py2c_error_occurred()) {
        if (PY2C_IS_NULL(dflt) || !py2c_error_matches(&py2c_exc_StopIteration)) return PY2C_NULL;
        py2c_error_clear();
    }
    if (PY2C_IS_NULL(dflt)) return py2c_error_format(&py2c_exc_StopIteration, NULL);
    py2c_incref(dflt);
    return dflt;
}

static int no_kw(const char *f, Py2cValue kwnames) { return py2c__args_no_kw(f, kwnames); }

static int check_positional(const char *f, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

BUILTIN_FN(next) {
    (void)self;
    if (no_kw("next", kwnames) < 0 || check_positional("next", nargs, 1, 2) < 0) return PY2C_NULL;
    return py2c_next(args[0], nargs > 1 ? args[1] : PY2C_NULL);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_next, "next", bi_next);

/* callable_iterator: iter(callable, sentinel). callable is PY2C_NULL once
 * exhausted. */
typedef struct CallIter {
    Py2cObject ob;
    Py2cValue callable, sentinel;
} CallIter;

static void calliter_dealloc(Py2cObject *o) {
    CallIter *ci = (CallIter *)o;
    py2c_decref(ci->callable);
    py2c_decref(ci->sentinel);
    free(o);
}

static Py2cValue calliter_next(Py2cValue self) {
    CallIter *ci = (CallIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(ci->callable)) return PY2C_NULL;
    Py2cValue r = py2c_call(ci->callable, NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(r)) {
        if (py2c_error_matches(&py2c_exc_StopIteration)) {
            py2c_error_clear();
            PY2C_CLEAR(ci->callable);
        }
        return PY2C_NULL;
    }
    int eq = py2c_is(r, ci->sentinel) ? 1 : py2c_compare_bool(r, ci->sentinel, PY2C_EQ);
    if (eq == 0) return r;
    py2c_decref(r);
    if (eq > 0) PY2C_CLEAR(ci->callable);
    return PY2C_NULL;
}

const Py2cType py2c_callable_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "callable_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(CallIter),
    .dealloc = calliter_dealloc,
    .iter = iter_self,
    .iternext = calliter_next,
};

BUILTIN_FN(iter) {
    (void)self;
    if (no_kw("iter", kwnames) < 0 || check_positional("iter", nargs, 1, 2) < 0) return PY2C_NULL;
    if (nargs == 1) return py2c_iter(args[0]);
    if (!py2c_callable(args[0])) return py2c_error_format(&py2c_exc_TypeError, "iter(v, w): v must be callable");
    CallIter *ci = (CallIter *)py2c__object_new(&py2c_callable_iterator_type, sizeof(CallIter));
    if (!ci) return PY2C_NULL;
    py2c_incref(args[0]);
    py2c_incref(args[1]);
    ci->callable = args[0];
    ci->sentinel = args[1];
    return py2c_obj_value(&ci->ob);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_iter, "iter", bi_iter);

/* --- min / max -------------------------------------------------------------------- */

static Py2cValue min_max(const char *f, const Py2cValue *args, size_t nargs, Py2cValue kwnames, Py2cCompareOp op) {
    Py2cValue key = PY2C_NULL, dflt = PY2C_NULL;
    size_t nkw = py2c__kw_count(kwnames);
    if (nargs == 0) return py2c_error_format(&py2c_exc_TypeError, "%s expected at least 1 argument, got 0", f);
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        if (py2c__str_eq_cstr(name, "key")) key = args[nargs + k];
        else if (py2c__str_eq_cstr(name, "default")) dflt = args[nargs + k];
        else
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                     py2c__as_str(name)->data, f);
    }
    if (!PY2C_IS_NULL(dflt) && nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "Cannot specify a default for %s() with multiple positional arguments", f);
    if (!PY2C_IS_NULL(key) && py2c_is_none(key)) key = PY2C_NULL;
    Py2cValue it = PY2C_NULL;
    size_t pos = 0;
    if (nargs == 1) {
        it = py2c_iter(args[0]);
        if (PY2C_IS_NULL(it)) return PY2C_NULL;
    }
    Py2cValue best = PY2C_NULL, bestkey = PY2C_NULL;
    for (;;) {
        Py2cValue item;
        if (nargs == 1) {
            item = py2c_iter_next(it);
            if (PY2C_IS_NULL(item)) {
                if (py2c_error_occurred()) goto fail;
                break;
            }
        } else {
            if (pos == nargs) break;
            item = args[pos++];
            py2c_incref(item);
        }
        Py2cValue val = item;
        if (!PY2C_IS_NULL(key)) {
            val = py2c_call(key, &item, 1, PY2C_NULL);
            if (PY2C_IS_NULL(val)) {
                py2c_decref(item);
                goto fail;
            }
        } else {
            py2c_incref(val);
        }
        if (PY2C_IS_NULL(best)) {
            best = item;
            bestkey = val;
            continue;
        }
        int c = py2c_compare_bool(val, bestkey, op);
        if (c < 0) {
            py2c_decref(item);
            py2c_decref(val);
            goto fail;
        }
        if (c > 0) {
            py2c_decref(best);
            py2c_decref(bestkey);
            best = item;
            bestkey = val;
        } else {
            py2c_decref(item);
            py2c_decref(val);
        }
    }
    py2c_decref(it);
    py2c_decref(bestkey);
    if (!PY2C_IS_NULL(best)) return best;
    if (!PY2C_IS_NULL(dflt)) {
        py2c_incref(dflt);
        return dflt;
    }
    return py2c_error_format(&py2c_exc_ValueError, "%s() arg is an empty sequence", f);
fail:
    py2c_decref(it);
    py2c_decref(best);
    py2c_decref(bestkey);
    return PY2C_NULL;
}

BUILTIN_FN(min) {
    (void)self;
    return min_max("min", args, nargs, kwnames, PY2C_LT);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_min, "min", bi_min);

BUILTIN_FN(max) {
    (void)self;
    return min_max("max", args, nargs, kwnames, PY2C_GT);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_max, "max", bi_max);

/* --- sum / any / all ------------------------------------------------------------------ */

BUILTIN_FN(sum) {
    (void)self;
    static const char *const names[] = {"", "start"};
    static const Py2cArgSpec spec = {"sum", names, 1, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue result = PY2C_IS_NULL(a[1]) ? py2c_int(0) : a[1];
    const char *tn = py2c_type_name(result);
    if (py2c_is_str(result))
        return py2c_error_format(&py2c_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (strcmp(tn, "bytes") == 0 || strcmp(tn, "bytearray") == 0)
        return py2c_error_format(&py2c_exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]", tn);
    Py2cValue it = py2c_iter(a[0]);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    py2c_incref(result);
    for (;;) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) {
            if (py2c_error_occurred()) PY2C_CLEAR(result);
            break;
        }
        /* Fast paths (same results as the generic +): small ints (bools
         * included) while the sum stays small, and floats with small ints. */
        if ((py2c_is_small_int(result) || py2c_is_bool(result)) && (py2c_is_small_int(item) || py2c_is_bool(item))) {
            int64_t x = py2c_is_bool(result) ? py2c_bool_value(result) : py2c_small_int_value(result);
            int64_t y = py2c_is_bool(item) ? py2c_bool_value(item) : py2c_small_int_value(item);
            int64_t s = x + y; /* both within 48 bits: no int64 overflow */
            if (s >= PY2C_SMALL_INT_MIN && s <= PY2C_SMALL_INT_MAX) {
                result = py2c_int(s);
                continue;
            }
        } else if (py2c_is_float(result) && (py2c_is_float(item) || py2c_is_small_int(item))) {
            double y = py2c_is_float(item) ? py2c_float_value(item) : (double)py2c_small_int_value(item);
            result = py2c_float(py2c_float_value(result) + y);
            continue;
        }
        Py2cValue r = py2c_binary_op(result, item, PY2C_OP_ADD);
        py2c_decref(result);
        py2c_decref(item);
        result = r;
        if (PY2C_IS_NULL(result)) break;
    }
    py2c_decref(it);
    return result;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_sum, "sum", bi_sum);

static Py2cValue any_all(const char *f, const Py2cValue *args, size_t nargs, Py2cValue kwnames, int want) {
    if (no_kw(f, kwnames) < 0) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "%s() takes exactly one argument (%zu given)", f, nargs);
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    Py2cValue r = py2c_bool(!want);
    for (;;) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) {
            if (py2c_error_occurred()) r = PY2C_NULL;
            break;
        }
        int t = py2c_is_true(item);
        py2c_decref(item);
        if (t < 0) {
            r = PY2C_NULL;
            break;
        }
        if (t == want) {
            r = py2c_bool(want);
            break;
        }
    }
    py2c_decref(it);
    return r;
}

BUILTIN_FN(any) {
    (void)self;
    return any_all("any", args, nargs, kwnames, 1);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_any, "any", bi_any);

BUILTIN_FN(all) {
    (void)self;
    return any_all("all", args, nargs, kwnames, 0);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_all, "all", bi_all);

/* --- sorted ------------------------------------------------------------------------------ */

/* sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(...),
 * whose keyword errors name sort(), as CPython's. */
BUILTIN_FN(sorted) {
    (void)self;
    if (check_positional("sorted", nargs, 1, 1) < 0) return PY2C_NULL;
    static const char *const names[] = {"key", "reverse"};
    static const Py2cArgSpec spec = {"sort", names, 0, 0, 0, 2};
    Py2cValue kw[2];
    if (py2c__args_parse(&spec, args + 1, 0, kwnames, kw) < 0) return PY2C_NULL;
    Py2cValue l = py2c_list_from_iterable(args[0]);
    if (PY2C_IS_NULL(l)) return PY2C_NULL;
    int64_t rev = 0;
    if (!PY2C_IS_NULL(kw[1]) && py2c__bltin_as_int64(kw[1], &rev) < 0) {
        py2c_decref(l);
        return PY2C_NULL;
    }
    if (py2c_list_sort(l, kw[0], rev != 0) < 0) {
        py2c_decref(l);
        return PY2C_NULL;
    }
    return l;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_sorted, "sorted", bi_sorted);

/* --- enumerate ------------------------------------------------------------------------------ */

typedef struct Enumerate {
    Py2cObject ob;
    Py2cValue it;
    Py2cValue index; /* an int */
} Enumerate;

static void enum_dealloc(Py2cObject *o) {
    Enumerate *e = (Enumerate *)o;
    py2c_decref(e->it);
    py2c_decref(e->index);
    free(o);
}

static Py2cValue enum_next(Py2cValue self) {
    Enumerate *e = (Enumerate *)py2c_obj_ptr(self);
    Py2cValue item = py2c_iter_next(e->it);
    if (PY2C_IS_NULL(item)) return PY2C_NULL;
    Py2cValue idx = e->index, next;
    if (py2c_is_small_int(idx) && py2c_small_int_value(idx) < PY2C_SMALL_INT_MAX)
        next = py2c_int(py2c_small_int_value(idx) + 1);
    else
        next = py2c_binary_op(idx, py2c_int(1), PY2C_OP_ADD);
    if (PY2C_IS_NULL(next)) {
        py2c_decref(item);
        return PY2C_NULL;
    }
    e->index = next; /* the old index moves into the tuple */
    Py2cValue t = py2c_tuple_new(2);
    if (PY2C_IS_NULL(t)) {
        py2c_decref(item);
        py2c_decref(idx);
        return PY2C_NULL;
    }
    py2c_tuple_ptr(t)->items[0] = idx;
    py2c_tuple_ptr(t)->items[1] = item;
    return t;
}

static Py2cValue enum_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    size_t nkw = py2c__kw_count(kwnames);
    if (nargs + nkw > 2)
        return py2c_error_format(&py2c_exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    Py2cValue a[2] = {PY2C_NULL, PY2C_NULL};
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        int slot = py2c__str_eq_cstr(name, "iterable") ? 0 : py2c__str_eq_cstr(name, "start") ? 1 : -1;
        if (slot < 0)
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                                     py2c__as_str(name)->data);
        if (!PY2C_IS_NULL(a[slot]))
            return py2c_error_format(&py2c_exc_TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                                     slot ? "start" : "iterable", slot + 1);
        a[slot] = args[nargs + k];
    }
    if (PY2C_IS_NULL(a[0]))
        return py2c_error_format(&py2c_exc_TypeError, "enumerate() missing required argument 'iterable'");
    Py2cValue start = py2c_int(0);
    if (!PY2C_IS_NULL(a[1])) {
        if (py2c_is_small_int(a[1])) {
            start = a[1];
        } else if (py2c_is_bool(a[1])) {
            start = py2c_int(py2c_bool_value(a[1]));
        } else {
            const Py2cType *t = py2c_type_of(a[1]);
            if (!t->number || !t->number->index)
                return py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                         py2c_type_name(a[1]));
            start = t->number->index(a[1]); /* owned */
            if (PY2C_IS_NULL(start)) return PY2C_NULL;
        }
    }
    Py2cValue it = py2c_iter(a[0]);
    if (PY2C_IS_NULL(it)) {
        py2c_decref(start);
        return PY2C_NULL;
    }
    Enumerate *e = (Enumerate *)py2c__object_new(&py2c_enumerate_type, sizeof(Enumerate));
    if (!e) {
        py2c_decref(it);
        py2c_decref(start);
        return PY2C_NULL;
    }
    e->it = it;
    e->index = start;
    return py2c_obj_value(&e->ob);
}

const Py2cType py2c_enumerate_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "enumerate",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Enumerate),
    .dealloc = enum_dealloc,
    .new_ = enum_new,
    .iter = iter_self,
    .iternext = enum_next,
};

/* --- zip ----------------------------------------------------------------------------------------- */

typedef struct Zip {
    Py2cObject ob;
    size_t n;
    int strict;
    Py2cValue its[];
} Zip;

static void zip_dealloc(Py2cObject *o) {
    Zip *z = (Zip *)o;
    for (size_t i = 0; i < z->n; i++) py2c_decref(z->its[i]);
    free(o);
}

static Py2cValue zip_next(Py2cValue self) {
    Zip *z = (Zip *)py2c_obj_ptr(self);
    if (z->n == 0) return PY2C_NULL;
    Py2cValue t = py2c_tuple_new(z->n);
    if (PY2C_IS_NULL(t)) return PY2C_NULL;
    size_t i;
    for (i = 0; i < z->n; i++) {
        Py2cValue item = py2c_iter_next(z->its[i]);
        if (PY2C_IS_NULL(item)) {
            /* Unfilled slots are PY2C_NULL, which decref ignores. */
            py2c_decref(t);
            if (py2c_error_occurred() || !z->strict) return PY2C_NULL;
            goto check;
        }
        py2c_tuple_ptr(t)->items[i] = item;
    }
    return t;
check:
    if (i) {
        return py2c_error_format(&py2c_exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                 i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < z->n; i++) {
        Py2cValue item = py2c_iter_next(z->its[i]);
        if (!PY2C_IS_NULL(item)) {
            py2c_decref(item);
            return py2c_error_format(&py2c_exc_ValueError, "zip() argument %zu is longer than argument%s%zu", i + 1,
                                     i == 1 ? " " : "s 1-", i);
        }
        if (py2c_error_occurred()) return PY2C_NULL;
    }
    return PY2C_NULL;
}

static Py2cValue zip_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    size_t nkw = py2c__kw_count(kwnames);
    int strict = 0;
    if (nkw > 1)
        return py2c_error_format(&py2c_exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    if (nkw == 1) {
        Py2cValue name = py2c__kw_name(kwnames, 0);
        if (!py2c__str_eq_cstr(name, "strict"))
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for zip()",
                                     py2c__as_str(name)->data);
        strict = py2c_is_true(args[nargs]);
        if (strict < 0) return PY2C_NULL;
    }
    Zip *z = (Zip *)py2c__object_new(&py2c_zip_type, sizeof(Zip) + nargs * sizeof(Py2cValue));
    if (!z) return PY2C_NULL;
    z->n = 0;
    z->strict = strict;
    for (size_t i = 0; i < nargs; i++) {
        Py2cValue it = py2c_iter(args[i]);
        if (PY2C_IS_NULL(it)) {
            zip_dealloc(&z->ob);
            return PY2C_NULL;
        }
        z->its[z->n++] = it;
    }
    return py2c_obj_value(&z->ob);
}

const Py2cType py2c_zip_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "zip",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Zip),
    .dealloc = zip_dealloc,
    .new_ = zip_new,
    .iter = iter_self,
    .iternext = zip_next,
};

/* --- map ------------------------------------------------------------------------------------------- */

typedef struct Map {
    Py2cObject ob;
    Py2cValue func;
    size_t n;
    Py2cValue its[];
} Map;

static void map_dealloc(Py2cObject *o) {
    Map *m = (Map *)o;
    py2c_decref(m->func);
    for (size_t i = 0; i < m->n; i++) py2c_decref(m->its[i]);
    free(o);
}

static Py2cValue map_next(Py2cValue self) {
    Map *m = (Map *)py2c_obj_ptr(self);
    Py2cValue small[4], *items = m->n <= 4 ? small : malloc(m->n * sizeof(Py2cValue));
    if (!items) return py2c_error_nomemory();
    size_t got;
    Py2cValue r = PY2C_NULL;
    for (got = 0; got < m->n; got++) {
        items[got] = py2c_iter_next(m->its[got]);
        if (PY2C_IS_NULL(items[got])) goto done;
    }
    r = py2c_call(m->func, items, m->n, PY2C_NULL);
done:
    for (size_t i = 0; i < got; i++) py2c_decref(items[i]);
    if (items != small) free(items);
    return r;
}

static Py2cValue map_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (no_kw("map", kwnames) < 0) return PY2C_NULL;
    if (nargs < 2) return py2c_error_format(&py2c_exc_TypeError, "map() must have at least two arguments.");
    size_t n = nargs - 1;
    Map *m = (Map *)py2c__object_new(&py2c_map_type, sizeof(Map) + n * sizeof(Py2cValue));
    if (!m) return PY2C_NULL;
    m->n = 0;
    py2c_incref(args[0]);
    m->func = args[0];
    for (size_t i = 0; i < n; i++) {
        Py2cValue it = py2c_iter(args[i + 1]);
        if (PY2C_IS_NULL(it)) {
            map_dealloc(&m->ob);
            return PY2C_NULL;
        }
        m->its[m->n++] = it;
    }
    return py2c_obj_value(&m->ob);
}

const Py2cType py2c_map_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "map",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Map),
    .dealloc = map_dealloc,
    .new_ = map_new,
    .iter = iter_self,
    .iternext = map_next,
};

/* --- filter ---------------------------------------------------------------------------------------------- */

typedef struct Filter {
    Py2cObject ob;
    Py2cValue func; /* None: the items' truth */
    Py2cValue it;
} Filter;

static void filter_dealloc(Py2cObject *o) {
    Filter *f = (Filter *)o;
    py2c_decref(f->func);
    py2c_decref(f->it);
    free(o);
}

static Py2cValue filter_next(Py2cValue self) {
    Filter *f = (Filter *)py2c_obj_ptr(self);
    int plain = py2c_is_none(f->func) || f->func.bits == py2c_type_value(&py2c_bool_type).bits;
    for (;;) {
        Py2cValue item = py2c_iter_next(f->it);
        if (PY2C_IS_NULL(item)) return PY2C_NULL;
        int t;
        if (plain) {
            t = py2c_is_true(item);
        } else {
            Py2cValue r = py2c_call(f->func, &item, 1, PY2C_NULL);
            if (PY2C_IS_NULL(r)) {
                py2c_decref(item);
                return PY2C_NULL;
            }
            t = py2c_is_true(r);
            py2c_decref(r);
        }
        if (t > 0) return item;
        py2c_decref(item);
        if (t < 0) return PY2C_NULL;
    }
}

static Py2cValue filter_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (no_kw("filter", kwnames) < 0 || check_positional("filter", nargs, 2, 2) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(args[1]);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    Filter *f = (Filter *)py2c__object_new(&py2c_filter_type, sizeof(Filter));
    if (!f) {
        py2c_decref(it);
        return PY2C_NULL;
    }
    py2c_incref(args[0]);
    f->func = args[0];
    f->it = it;
    return py2c_obj_value(&f->ob);
}

const Py2cType py2c_filter_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "filter",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Filter),
    .dealloc = filter_dealloc,
    .new_ = filter_new,
    .iter = iter_self,
    .iternext = filter_next,
};

/* --- reversed ------------------------------------------------------------------------------------------- */

/* The `reversed` object of the sequence protocol: seq[index], seq[index-1],
 * ..., seq[0]. seq is PY2C_NULL once exhausted (index < 0). */
typedef struct Reversed {
    Py2cObject ob;
    Py2cValue seq;
    int64_t index;
} Reversed;

static void reversed_dealloc(Py2cObject *o) {
    py2c_decref(((Reversed *)o)->seq);
    free(o);
}

static Py2cValue reversed_next(Py2cValue self) {
    Reversed *r = (Reversed *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(r->seq)) return PY2C_NULL;
    if (r->index >= 0) {
        Py2cValue idx = py2c__bltin_int64(r->index);
        if (PY2C_IS_NULL(idx)) return PY2C_NULL;
        Py2cValue item = py2c_getitem(r->seq, idx);
        py2c_decref(idx);
        if (!PY2C_IS_NULL(item)) {
            r->index--;
            return item;
        }
        /* As CPython: IndexError or StopIteration end the iteration. */
        if (!py2c_error_matches(&py2c_exc_IndexError) && !py2c_error_matches(&py2c_exc_StopIteration))
            return PY2C_NULL;
        py2c_error_clear();
    }
    r->index = -1;
    PY2C_CLEAR(r->seq);
    return PY2C_NULL;
}

static Py2cValue not_reversible(Py2cValue v) {
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not reversible", py2c_type_name(v));
}

/* CPython's reversed_new_impl: seq.__reversed__() when the type has it
 * (None: not reversible), else the sequence protocol (not for mappings). */
static Py2cValue reversed_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (no_kw("reversed", kwnames) < 0 || check_positional("reversed", nargs, 1, 1) < 0) return PY2C_NULL;
    Py2cValue seq = args[0];
    const Py2cType *t = py2c_type_of(seq);
    /* __reversed__ along the MRO: user classes' namespaces and the method
     * tables of built-in types (collections.deque, OrderedDict) */
    static Py2cStr name = PY2C_STR_STATIC("__reversed__", 12, 12);
    Py2cValue found;
    const Py2cMethodDef *m;
    const Py2cGetSetDef *g;
    if (py2c__type_lookup(t, py2c_obj_value(&name.ob), &found, &m, &g, NULL)) {
        if (m) return m->fn(seq, NULL, 0, PY2C_NULL);
        Py2cValue f = g ? g->get(seq) : py2c_is_none(found) ? PY2C_NONE : py2c__descr_bind(found, seq, t);
        if (PY2C_IS_NULL(f)) return f;
        if (py2c_is_none(f)) return not_reversible(seq);
        Py2cValue r = py2c_call(f, NULL, 0, PY2C_NULL);
        py2c_decref(f);
        return r;
    }
    Py2cValue own = py2c__reversed(seq);
    if (!PY2C_IS_NULL(own) || py2c_error_occurred()) return own;
    if (!t->getitem || py2c_type_is_subtype(t, &py2c_dict_type)) return not_reversible(seq);
    int64_t n = py2c_len(seq);
    if (n < 0) return PY2C_NULL;
    Reversed *r = (Reversed *)py2c__object_new(&py2c_reversed_type, sizeof(Reversed));
    if (!r) return PY2C_NULL;
    py2c_incref(seq);
    r->seq = seq;
    r->index = n - 1;
    return py2c_obj_value(&r->ob);
}

const Py2cType py2c_reversed_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "reversed",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Reversed),
    .dealloc = reversed_dealloc,
    .new_ = reversed_new,
    .iter = iter_self,
    .iternext = reversed_next,
};
