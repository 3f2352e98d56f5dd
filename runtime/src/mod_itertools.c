/* The itertools module (CPython's Modules/itertoolsmodule.c), part 1: the
 * module and the simple iterators (count, cycle, repeat, chain, islice,
 * accumulate, zip_longest, starmap, takewhile, dropwhile, compress,
 * filterfalse, pairwise). The combinatoric ones, groupby and tee are in
 * mod_itertools_comb.c. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "mod_itertools_internal.h"

PY2C_STDLIB_MODULE("itertools", py2c__module_init_itertools);

Py2cValue py2c__itertools_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

int py2c__itertools_nargs(const char *f, size_t nargs, Py2cValue kwnames, size_t min, size_t max) {
    if (py2c__kw_count(kwnames)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", f);
        return -1;
    }
    if (nargs < min)
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    else if (nargs > max)
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    else
        return 0;
    return -1;
}

int py2c__itertools_int(Py2cValue v, int64_t *out) { return py2c__bltin_as_int64(v, out); }

/* The next value of it (new), or PY2C_NULL (exhausted or error). */
#define NEXT(it) py2c_iter_next(it)

/* Fields that are PY2C_NULL-or-owned values, released by one dealloc. */
#define SIMPLE_DEALLOC(fname, st, ...)                                      \
    static void fname(Py2cObject *o) {                                      \
        st *s = (st *)o;                                                    \
        Py2cValue *fields[] = {__VA_ARGS__};                                \
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) py2c_decref(*fields[i]); \
        free(o);                                                            \
    }

/* --- count ------------------------------------------------------------------------------ */

typedef struct Count {
    Py2cObject ob;
    Py2cValue cnt, step;
} Count;
SIMPLE_DEALLOC(count_dealloc, Count, &s->cnt, &s->step)

static int is_number(Py2cValue v) {
    if (py2c_is_int(v) || py2c_is_float(v)) return 1;
    const Py2cType *t = py2c_type_of(v);
    return t->number && (t->number->to_int || t->number->to_float || t->number->index);
}

extern const Py2cType py2c__itertools_count_type;

static Py2cValue count_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const names[] = {"start", "step"};
    static const Py2cArgSpec spec = {"count", names, 0, 0, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue start = PY2C_IS_NULL(a[0]) ? py2c_int(0) : a[0];
    Py2cValue step = PY2C_IS_NULL(a[1]) ? py2c_int(1) : a[1];
    if (!is_number(start) || !is_number(step)) return py2c_error_format(&py2c_exc_TypeError, "a number is required");
    Count *c = (Count *)py2c__object_new(&py2c__itertools_count_type, sizeof *c);
    if (!c) return PY2C_NULL;
    py2c_incref(start);
    py2c_incref(step);
    c->cnt = start;
    c->step = step;
    return py2c_obj_value(&c->ob);
}

static Py2cValue count_next(Py2cValue self) {
    Count *c = (Count *)py2c_obj_ptr(self);
    Py2cValue r = c->cnt, next;
    if (py2c_is_small_int(r) && py2c_is_small_int(c->step)) {
        int64_t s = py2c_small_int_value(r) + py2c_small_int_value(c->step);
        next = py2c_int_from_int64(s);
    } else {
        next = py2c_binary_op(r, c->step, PY2C_OP_ADD);
    }
    if (PY2C_IS_NULL(next)) return next;
    c->cnt = next; /* the old value is the result */
    return r;
}

static Py2cValue count_repr(Py2cValue self) {
    Count *c = (Count *)py2c_obj_ptr(self);
    Py2cValue items[2] = {c->cnt, c->step};
    Py2cBuf b = {0};
    int with_step = !(py2c_is_small_int(c->step) && py2c_small_int_value(c->step) == 1);
    if (py2c__buf_puts(&b, "count(") < 0 || py2c__buf_put_repr(&b, items[0]) < 0) goto fail;
    if (with_step && (py2c__buf_puts(&b, ", ") < 0 || py2c__buf_put_repr(&b, items[1]) < 0)) goto fail;
    if (py2c__buf_puts(&b, ")") < 0) goto fail;
    return py2c__buf_finish(&b);
fail:
    py2c__buf_free(&b);
    return PY2C_NULL;
}

const Py2cType py2c__itertools_count_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "count",
    .module = "itertools",
    .base = &py2c_object_type,
    .basicsize = sizeof(Count),
    .dealloc = count_dealloc,
    .new_ = count_new,
    .repr = count_repr,
    .hash = py2c_object_hash,
    .iter = py2c__itertools_self,
    .iternext = count_next,
};

/* --- cycle ------------------------------------------------------------------------------ */

typedef struct Cycle {
    Py2cObject ob;
    Py2cValue it;    /* PY2C_NULL once exhausted: then replay saved */
    Py2cValue saved; /* list */
    int64_t index;
} Cycle;
SIMPLE_DEALLOC(cycle_dealloc, Cycle, &s->it, &s->saved)

extern const Py2cType py2c__itertools_cycle_type;

static Py2cValue cycle_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (py2c__itertools_nargs("cycle", nargs, kwnames, 1, 1) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue saved = py2c_list_new(0);
    Cycle *c = PY2C_IS_NULL(saved) ? NULL : (Cycle *)py2c__object_new(&py2c__itertools_cycle_type, sizeof *c);
    if (!c) {
        py2c_decref(it);
        py2c_decref(saved);
        return PY2C_NULL;
    }
    c->it = it;
    c->saved = saved;
    c->index = 0;
    return py2c_obj_value(&c->ob);
}

static Py2cValue cycle_next(Py2cValue self) {
    Cycle *c = (Cycle *)py2c_obj_ptr(self);
    if (!PY2C_IS_NULL(c->it)) {
        Py2cValue item = NEXT(c->it);
        if (!PY2C_IS_NULL(item)) {
            if (py2c_list_append(c->saved, item) < 0) PY2C_CLEAR(item);
            return item;
        }
        if (py2c_error_occurred()) return PY2C_NULL;
        PY2C_CLEAR(c->it);
    }
    int64_t n = py2c_list_size(c->saved);
    if (n == 0) return PY2C_NULL;
    Py2cValue item = py2c_list_item(c->saved, c->index);
    c->index = c->index + 1 == n ? 0 : c->index + 1;
    py2c_incref(item);
    return item;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_cycle_type, "cycle", Cycle, cycle_dealloc, cycle_new, cycle_next);

/* --- repeat ----------------------------------------------------------------------------- */

typedef struct Repeat {
    Py2cObject ob;
    Py2cValue element;
    int64_t cnt; /* -1: forever */
} Repeat;
SIMPLE_DEALLOC(repeat_dealloc, Repeat, &s->element)

extern const Py2cType py2c__itertools_repeat_type;

static Py2cValue repeat_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const names[] = {"object", "times"};
    static const Py2cArgSpec spec = {"repeat", names, 0, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t cnt = -1;
    if (!PY2C_IS_NULL(a[1])) {
        if (py2c__itertools_int(a[1], &cnt) < 0) return PY2C_NULL;
        if (cnt < 0) cnt = 0;
    }
    Repeat *r = (Repeat *)py2c__object_new(&py2c__itertools_repeat_type, sizeof *r);
    if (!r) return PY2C_NULL;
    py2c_incref(a[0]);
    r->element = a[0];
    r->cnt = cnt;
    return py2c_obj_value(&r->ob);
}

static Py2cValue repeat_next(Py2cValue self) {
    Repeat *r = (Repeat *)py2c_obj_ptr(self);
    if (r->cnt == 0) return PY2C_NULL;
    if (r->cnt > 0) r->cnt--;
    py2c_incref(r->element);
    return r->element;
}

static Py2cValue repeat_repr(Py2cValue self) {
    Repeat *r = (Repeat *)py2c_obj_ptr(self);
    Py2cBuf b = {0};
    char num[32];
    if (py2c__buf_puts(&b, "repeat(") < 0 || py2c__buf_put_repr(&b, r->element) < 0) goto fail;
    if (r->cnt >= 0) {
        snprintf(num, sizeof num, ", %lld", (long long)r->cnt);
        if (py2c__buf_puts(&b, num) < 0) goto fail;
    }
    if (py2c__buf_puts(&b, ")") < 0) goto fail;
    return py2c__buf_finish(&b);
fail:
    py2c__buf_free(&b);
    return PY2C_NULL;
}

const Py2cType py2c__itertools_repeat_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "repeat",
    .module = "itertools",
    .base = &py2c_object_type,
    .basicsize = sizeof(Repeat),
    .dealloc = repeat_dealloc,
    .new_ = repeat_new,
    .repr = repeat_repr,
    .hash = py2c_object_hash,
    .iter = py2c__itertools_self,
    .iternext = repeat_next,
};

/* --- chain ------------------------------------------------------------------------------ */

typedef struct Chain {
    Py2cObject ob;
    Py2cValue source; /* iterator over the iterables, PY2C_NULL when done */
    Py2cValue active; /* the current iterable's iterator, or PY2C_NULL */
} Chain;
SIMPLE_DEALLOC(chain_dealloc, Chain, &s->source, &s->active)

extern const Py2cType py2c__itertools_chain_type;

static Py2cValue chain_make(Py2cValue source) {
    Chain *c = (Chain *)py2c__object_new(&py2c__itertools_chain_type, sizeof *c);
    if (!c) {
        py2c_decref(source);
        return PY2C_NULL;
    }
    c->source = source;
    c->active = PY2C_NULL;
    return py2c_obj_value(&c->ob);
}

static Py2cValue chain_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (py2c__itertools_nargs("chain", nargs, kwnames, 0, SIZE_MAX) < 0) return PY2C_NULL;
    Py2cValue t = py2c_tuple_pack(nargs, args);
    if (PY2C_IS_NULL(t)) return t;
    Py2cValue source = py2c_iter(t);
    py2c_decref(t);
    if (PY2C_IS_NULL(source)) return source;
    return chain_make(source);
}

static Py2cValue chain_from_iterable(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "chain.from_iterable() takes no keyword arguments");
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "chain.from_iterable() takes exactly one argument (%zu given)",
                                 nargs);
    Py2cValue source = py2c_iter(args[0]);
    if (PY2C_IS_NULL(source)) return source;
    return chain_make(source);
}

static Py2cValue chain_next(Py2cValue self) {
    Chain *c = (Chain *)py2c_obj_ptr(self);
    while (!PY2C_IS_NULL(c->source)) {
        if (PY2C_IS_NULL(c->active)) {
            Py2cValue iterable = NEXT(c->source);
            if (PY2C_IS_NULL(iterable)) {
                if (py2c_error_occurred()) return PY2C_NULL;
                PY2C_CLEAR(c->source);
                return PY2C_NULL;
            }
            c->active = py2c_iter(iterable);
            py2c_decref(iterable);
            if (PY2C_IS_NULL(c->active)) return PY2C_NULL;
        }
        Py2cValue item = NEXT(c->active);
        if (!PY2C_IS_NULL(item) || py2c_error_occurred()) return item;
        PY2C_CLEAR(c->active);
    }
    return PY2C_NULL;
}

static const Py2cMethodDef chain_classmethods[] = {
    {"from_iterable", chain_from_iterable},
    {NULL, NULL},
};

const Py2cType py2c__itertools_chain_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "chain",
    .module = "itertools",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Chain),
    .dealloc = chain_dealloc,
    .new_ = chain_new,
    .hash = py2c_object_hash,
    .iter = py2c__itertools_self,
    .iternext = chain_next,
    .classmethods = chain_classmethods,
};

/* --- islice ----------------------------------------------------------------------------- */

typedef struct Islice {
    Py2cObject ob;
    Py2cValue it; /* PY2C_NULL once done */
    int64_t next, stop, step, cnt; /* stop -1: none */
} Islice;
SIMPLE_DEALLOC(islice_dealloc, Islice, &s->it)

extern const Py2cType py2c__itertools_islice_type;

/* None -> dflt; else a non-negative index; -2 for an invalid one. */
static int64_t islice_index(Py2cValue v, int64_t dflt) {
    if (py2c_is_none(v)) return dflt;
    int64_t x;
    int rc = py2c__as_index(v, PY2C_INDEX_CLAMP, &x);
    if (rc != 0) {
        if (rc < 0) py2c_error_clear();
        return -2;
    }
    return x < 0 ? -2 : x;
}

static Py2cValue islice_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (py2c__itertools_nargs("islice", nargs, kwnames, 2, 4) < 0) return PY2C_NULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 2) {
        stop = islice_index(args[1], -1);
        if (stop == -2)
            return py2c_error_format(&py2c_exc_ValueError, "Stop argument for islice() must be None or an integer: "
                                                           "0 <= x <= sys.maxsize.");
    } else {
        start = islice_index(args[1], 0);
        stop = islice_index(args[2], -1);
        if (start == -2 || stop == -2)
            return py2c_error_format(&py2c_exc_ValueError, "Indices for islice() must be None or an integer: "
                                                           "0 <= x <= sys.maxsize.");
        if (nargs == 4) {
            step = islice_index(args[3], 1);
            if (step < 1)
                return py2c_error_format(&py2c_exc_ValueError, "Step for islice() must be a positive integer or None.");
        }
    }
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return it;
    Islice *s = (Islice *)py2c__object_new(&py2c__itertools_islice_type, sizeof *s);
    if (!s) {
        py2c_decref(it);
        return PY2C_NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return py2c_obj_value(&s->ob);
}

/* As CPython's islice_next: skip to the next index, stop at stop, and drop
 * the underlying iterator once done. */
static Py2cValue islice_next(Py2cValue self) {
    Islice *s = (Islice *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(s->it)) return PY2C_NULL;
    while (s->cnt < s->next) {
        Py2cValue item = NEXT(s->it);
        if (PY2C_IS_NULL(item)) goto empty;
        py2c_decref(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    Py2cValue item = NEXT(s->it);
    if (PY2C_IS_NULL(item)) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next = old > INT64_MAX - s->step ? INT64_MAX : old + s->step;
    if (s->stop != -1 && s->next > s->stop) s->next = s->stop;
    return item;
empty:
    if (!py2c_error_occurred()) PY2C_CLEAR(s->it);
    return PY2C_NULL;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_islice_type, "islice", Islice, islice_dealloc, islice_new, islice_next);

/* --- accumulate ------------------------------------------------------------------------- */

typedef struct Accumulate {
    Py2cObject ob;
    Py2cValue it, func, total, initial; /* func/total/initial PY2C_NULL when absent */
} Accumulate;
SIMPLE_DEALLOC(accumulate_dealloc, Accumulate, &s->it, &s->func, &s->total, &s->initial)

extern const Py2cType py2c__itertools_accumulate_type;

static Py2cValue accumulate_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const names[] = {"iterable", "func", "initial"};
    static const Py2cArgSpec spec = {"accumulate", names, 0, 1, 2, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(a[0]);
    if (PY2C_IS_NULL(it)) return it;
    Accumulate *s = (Accumulate *)py2c__object_new(&py2c__itertools_accumulate_type, sizeof *s);
    if (!s) {
        py2c_decref(it);
        return PY2C_NULL;
    }
    s->it = it;
    s->func = PY2C_IS_NULL(a[1]) || py2c_is_none(a[1]) ? PY2C_NULL : a[1];
    s->initial = PY2C_IS_NULL(a[2]) || py2c_is_none(a[2]) ? PY2C_NULL : a[2];
    s->total = PY2C_NULL;
    py2c_incref(s->func);
    py2c_incref(s->initial);
    return py2c_obj_value(&s->ob);
}

static Py2cValue accumulate_next(Py2cValue self) {
    Accumulate *s = (Accumulate *)py2c_obj_ptr(self);
    if (!PY2C_IS_NULL(s->initial)) {
        s->total = s->initial;
        s->initial = PY2C_NULL;
        py2c_incref(s->total);
        return s->total;
    }
    Py2cValue val = NEXT(s->it);
    if (PY2C_IS_NULL(val)) return val;
    if (PY2C_IS_NULL(s->total)) {
        s->total = val;
        py2c_incref(val);
        return val;
    }
    Py2cValue r;
    if (PY2C_IS_NULL(s->func)) {
        r = py2c_binary_op(s->total, val, PY2C_OP_ADD);
    } else {
        Py2cValue callargs[2] = {s->total, val};
        r = py2c_call(s->func, callargs, 2, PY2C_NULL);
    }
    py2c_decref(val);
    if (PY2C_IS_NULL(r)) return r;
    py2c_decref(s->total);
    s->total = r;
    py2c_incref(r);
    return r;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_accumulate_type, "accumulate", Accumulate, accumulate_dealloc, accumulate_new,
                     accumulate_next);

/* --- zip_longest ------------------------------------------------------------------------ */

typedef struct ZipLongest {
    Py2cObject ob;
    Py2cValue its;       /* list of iterators; an exhausted one becomes None */
    Py2cValue fillvalue;
    int64_t active;      /* iterators not exhausted; 0: done */
} ZipLongest;
SIMPLE_DEALLOC(ziplongest_dealloc, ZipLongest, &s->its, &s->fillvalue)

extern const Py2cType py2c__itertools_zip_longest_type;

static Py2cValue ziplongest_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    Py2cValue fill = PY2C_NONE;
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        if (nkw > 1 || !py2c__str_eq_cstr(py2c__kw_name(kwnames, k), "fillvalue"))
            return py2c_error_format(&py2c_exc_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + k];
    }
    Py2cValue its = py2c_list_new(nargs);
    if (PY2C_IS_NULL(its)) return its;
    for (size_t i = 0; i < nargs; i++) {
        Py2cValue it = py2c_iter(args[i]);
        if (PY2C_IS_NULL(it) || py2c_list_append(its, it) < 0) {
            py2c_decref(it);
            py2c_decref(its);
            return PY2C_NULL;
        }
        py2c_decref(it);
    }
    ZipLongest *z = (ZipLongest *)py2c__object_new(&py2c__itertools_zip_longest_type, sizeof *z);
    if (!z) {
        py2c_decref(its);
        return PY2C_NULL;
    }
    py2c_incref(fill);
    z->its = its;
    z->fillvalue = fill;
    z->active = (int64_t)nargs;
    return py2c_obj_value(&z->ob);
}

static Py2cValue ziplongest_next(Py2cValue self) {
    ZipLongest *z = (ZipLongest *)py2c_obj_ptr(self);
    int64_t n = py2c_list_size(z->its);
    if (n == 0 || z->active == 0) return PY2C_NULL;
    Py2cValue t = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(t)) return t;
    for (int64_t i = 0; i < n; i++) {
        Py2cValue it = py2c_list_item(z->its, i), item;
        if (py2c_is_none(it)) {
            item = z->fillvalue;
            py2c_incref(item);
        } else {
            item = NEXT(it);
            if (PY2C_IS_NULL(item)) {
                if (py2c_error_occurred()) goto fail;
                if (--z->active == 0) goto fail;
                Py2cList *l = py2c_list_ptr(z->its);
                py2c_decref(l->items[i]);
                l->items[i] = PY2C_NONE;
                item = z->fillvalue;
                py2c_incref(item);
            }
        }
        py2c_tuple_ptr(t)->items[i] = item;
    }
    return t;
fail:
    py2c_decref(t);
    return PY2C_NULL;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_zip_longest_type, "zip_longest", ZipLongest, ziplongest_dealloc,
                     ziplongest_new, ziplongest_next);

/* --- starmap, takewhile, dropwhile, filterfalse, compress, pairwise ----------------------- */

/* One layout for the iterators over (a, it): a is the function, the
 * selectors iterator or the previous item. flag: dropwhile's "started",
 * takewhile's "stopped". */
typedef struct FuncIter {
    Py2cObject ob;
    Py2cValue func, it;
    int flag;
} FuncIter;
SIMPLE_DEALLOC(funciter_dealloc, FuncIter, &s->func, &s->it)

static Py2cValue funciter_make(const Py2cType *t, Py2cValue func, Py2cValue iterable, int iter_func) {
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return it;
    if (iter_func) {
        func = py2c_iter(func);
        if (PY2C_IS_NULL(func)) {
            py2c_decref(it);
            return func;
        }
    } else {
        py2c_incref(func);
    }
    FuncIter *f = (FuncIter *)py2c__object_new(t, sizeof *f);
    if (!f) {
        py2c_decref(it);
        py2c_decref(func);
        return PY2C_NULL;
    }
    f->func = func;
    f->it = it;
    f->flag = 0;
    return py2c_obj_value(&f->ob);
}

static FuncIter *as_funciter(Py2cValue v) { return (FuncIter *)py2c_obj_ptr(v); }

extern const Py2cType py2c__itertools_starmap_type, py2c__itertools_takewhile_type,
    py2c__itertools_dropwhile_type, py2c__itertools_filterfalse_type, py2c__itertools_compress_type,
    py2c__itertools_pairwise_type;

#define FUNCITER_NEW(fname, pyname, sym)                                                                \
    static Py2cValue fname(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)type;                                                                                      \
        if (py2c__itertools_nargs(pyname, nargs, kwnames, 2, 2) < 0) return PY2C_NULL;                  \
        return funciter_make(&sym, args[0], args[1], 0);                                                \
    }
FUNCITER_NEW(starmap_new, "starmap", py2c__itertools_starmap_type)
FUNCITER_NEW(takewhile_new, "takewhile", py2c__itertools_takewhile_type)
FUNCITER_NEW(dropwhile_new, "dropwhile", py2c__itertools_dropwhile_type)
FUNCITER_NEW(filterfalse_new, "filterfalse", py2c__itertools_filterfalse_type)

static Py2cValue starmap_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    Py2cValue item = NEXT(f->it);
    if (PY2C_IS_NULL(item)) return item;
    Py2cValue t = py2c_tuple_from_iterable(item);
    py2c_decref(item);
    if (PY2C_IS_NULL(t)) return t;
    Py2cValue r = py2c_call(f->func, py2c_tuple_ptr(t)->items, (size_t)py2c_tuple_size(t), PY2C_NULL);
    py2c_decref(t);
    return r;
}

/* pred(item) as truth: 1, 0, -1. */
static int pred_true(Py2cValue pred, Py2cValue item) {
    if (py2c_is_none(pred)) return py2c_is_true(item);
    Py2cValue r = py2c_call(pred, &item, 1, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    int t = py2c_is_true(r);
    py2c_decref(r);
    return t;
}

static Py2cValue takewhile_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    if (f->flag) return PY2C_NULL;
    Py2cValue item = NEXT(f->it);
    if (PY2C_IS_NULL(item)) return item;
    int t = pred_true(f->func, item);
    if (t > 0) return item;
    py2c_decref(item);
    if (t == 0) f->flag = 1;
    return PY2C_NULL;
}

static Py2cValue dropwhile_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    for (;;) {
        Py2cValue item = NEXT(f->it);
        if (PY2C_IS_NULL(item) || f->flag) return item;
        int t = pred_true(f->func, item);
        if (t == 0) {
            f->flag = 1;
            return item;
        }
        py2c_decref(item);
        if (t < 0) return PY2C_NULL;
    }
}

static Py2cValue filterfalse_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    for (;;) {
        Py2cValue item = NEXT(f->it);
        if (PY2C_IS_NULL(item)) return item;
        int t = pred_true(f->func, item);
        if (t == 0) return item;
        py2c_decref(item);
        if (t < 0) return PY2C_NULL;
    }
}

static Py2cValue compress_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const names[] = {"data", "selectors"};
    static const Py2cArgSpec spec = {"compress", names, 0, 2, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    /* func holds the selectors' iterator; data's iterator is made first, as CPython */
    Py2cValue data = py2c_iter(a[0]);
    if (PY2C_IS_NULL(data)) return data;
    Py2cValue r = funciter_make(&py2c__itertools_compress_type, a[1], data, 1);
    py2c_decref(data);
    return r;
}

static Py2cValue compress_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    for (;;) {
        Py2cValue item = NEXT(f->it);
        if (PY2C_IS_NULL(item)) return item;
        Py2cValue sel = NEXT(f->func);
        if (PY2C_IS_NULL(sel)) {
            py2c_decref(item);
            return sel;
        }
        int t = py2c_is_true(sel);
        py2c_decref(sel);
        if (t > 0) return item;
        py2c_decref(item);
        if (t < 0) return PY2C_NULL;
    }
}

static Py2cValue pairwise_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (py2c__itertools_nargs("pairwise", nargs, kwnames, 1, 1) < 0) return PY2C_NULL;
    /* func holds the previous item (PY2C_NULL before the first) */
    Py2cValue r = funciter_make(&py2c__itertools_pairwise_type, PY2C_NULL, args[0], 0);
    return r;
}

static Py2cValue pairwise_next(Py2cValue self) {
    FuncIter *f = as_funciter(self);
    if (PY2C_IS_NULL(f->it)) return PY2C_NULL;
    if (PY2C_IS_NULL(f->func)) {
        f->func = NEXT(f->it);
        if (PY2C_IS_NULL(f->func)) {
            if (!py2c_error_occurred()) PY2C_CLEAR(f->it);
            return PY2C_NULL;
        }
    }
    Py2cValue item = NEXT(f->it);
    if (PY2C_IS_NULL(item)) {
        if (!py2c_error_occurred()) {
            PY2C_CLEAR(f->it);
            PY2C_CLEAR(f->func);
        }
        return PY2C_NULL;
    }
    Py2cValue t = py2c_tuple_new(2);
    if (PY2C_IS_NULL(t)) {
        py2c_decref(item);
        return t;
    }
    py2c_tuple_ptr(t)->items[0] = f->func; /* the reference moves into the tuple */
    py2c_incref(item);
    py2c_tuple_ptr(t)->items[1] = item;
    f->func = item;
    return t;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_starmap_type, "starmap", FuncIter, funciter_dealloc, starmap_new, starmap_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_takewhile_type, "takewhile", FuncIter, funciter_dealloc, takewhile_new,
                     takewhile_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_dropwhile_type, "dropwhile", FuncIter, funciter_dealloc, dropwhile_new,
                     dropwhile_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_filterfalse_type, "filterfalse", FuncIter, funciter_dealloc, filterfalse_new,
                     filterfalse_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_compress_type, "compress", FuncIter, funciter_dealloc, compress_new,
                     compress_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_pairwise_type, "pairwise", FuncIter, funciter_dealloc, pairwise_new,
                     pairwise_next);

/* --- the module ------------------------------------------------------------------------- */

Py2cValue py2c__module_init_itertools(void) {
    static const struct {
        const char *name;
        const Py2cType *type;
    } types[] = {
        {"count", &py2c__itertools_count_type},
        {"cycle", &py2c__itertools_cycle_type},
        {"repeat", &py2c__itertools_repeat_type},
        {"chain", &py2c__itertools_chain_type},
        {"islice", &py2c__itertools_islice_type},
        {"accumulate", &py2c__itertools_accumulate_type},
        {"zip_longest", &py2c__itertools_zip_longest_type},
        {"starmap", &py2c__itertools_starmap_type},
        {"takewhile", &py2c__itertools_takewhile_type},
        {"dropwhile", &py2c__itertools_dropwhile_type},
        {"filterfalse", &py2c__itertools_filterfalse_type},
        {"compress", &py2c__itertools_compress_type},
        {"pairwise", &py2c__itertools_pairwise_type},
        {"product", &py2c__itertools_product_type},
        {"permutations", &py2c__itertools_permutations_type},
        {"combinations", &py2c__itertools_combinations_type},
        {"combinations_with_replacement", &py2c__itertools_cwr_type},
        {"groupby", &py2c__itertools_groupby_type},
        {"_grouper", &py2c__itertools_grouper_type},
        {"_tee", &py2c__itertools_tee_type},
        {"_tee_dataobject", &py2c__itertools_teedata_type},
    };
    Py2cValue m = py2c_module_new("itertools");
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (py2c_module_add(m, types[i].name, py2c_type_value(types[i].type)) < 0) goto fail;
    if (py2c_module_add(m, "tee", PY2C_BUILTIN_VALUE(py2c__itertools_tee_fn)) < 0) goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
