/* The itertools module, part 2: product, permutations, combinations,
 * combinations_with_replacement (CPython's index algorithms, so the order
 * of results is CPython's), groupby with its _grouper (advancing the outer
 * iterator invalidates the previous group, as CPython), and tee (shared
 * linked blocks of LINKCELLS items, CPython's teedataobject). */
#include <stdlib.h>
#include <string.h>

#include "mod_itertools_internal.h"

/* --- product ---------------------------------------------------------------------------- */

typedef struct Product {
    Py2cObject ob;
    Py2cValue pools;  /* tuple of tuples (repeat applied) */
    int64_t *indices; /* NULL before the first result */
    int stopped;
} Product;

static void product_dealloc(Py2cObject *o) {
    Product *p = (Product *)o;
    py2c_decref(p->pools);
    free(p->indices);
    free(o);
}

static Py2cValue product_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    int64_t repeat = 1;
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        if (!py2c__str_eq_cstr(name, "repeat"))
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for product()",
                                     py2c__as_str(name)->data);
        if (py2c__itertools_int(args[nargs + k], &repeat) < 0) return PY2C_NULL;
        if (repeat < 0) return py2c_error_format(&py2c_exc_ValueError, "repeat argument cannot be negative");
    }
    if (nargs && repeat > INT32_MAX / (int64_t)nargs)
        return py2c_error_format(&py2c_exc_OverflowError, "repeat argument too large");
    size_t npools = nargs * (size_t)repeat;
    Py2cValue pools = py2c_tuple_new(npools);
    if (PY2C_IS_NULL(pools)) return pools;
    for (size_t i = 0; i < nargs; i++) {
        Py2cValue t = py2c_tuple_from_iterable(args[i]);
        if (PY2C_IS_NULL(t)) {
            py2c_decref(pools);
            return t;
        }
        for (int64_t r = 0; r < repeat; r++) {
            py2c_incref(t);
            py2c_tuple_ptr(pools)->items[(size_t)r * nargs + i] = t;
        }
        py2c_decref(t);
    }
    Product *p = (Product *)py2c__object_new(&py2c__itertools_product_type, sizeof *p);
    if (!p) {
        py2c_decref(pools);
        return PY2C_NULL;
    }
    p->pools = pools;
    p->indices = NULL;
    p->stopped = 0;
    return py2c_obj_value(&p->ob);
}

static Py2cValue product_next(Py2cValue self) {
    Product *p = (Product *)py2c_obj_ptr(self);
    if (p->stopped) return PY2C_NULL;
    int64_t n = py2c_tuple_size(p->pools);
    Py2cValue *pools = py2c_tuple_ptr(p->pools)->items;
    if (!p->indices) {
        p->indices = calloc((size_t)n + 1, sizeof *p->indices);
        if (!p->indices) return py2c_error_nomemory();
        for (int64_t i = 0; i < n; i++)
            if (py2c_tuple_size(pools[i]) == 0) goto stop;
    } else {
        int64_t i = n - 1;
        for (; i >= 0; i--) {
            if (++p->indices[i] < py2c_tuple_size(pools[i])) break;
            p->indices[i] = 0;
        }
        if (i < 0) goto stop;
    }
    Py2cValue t = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(t)) return t;
    for (int64_t i = 0; i < n; i++) {
        Py2cValue v = py2c_tuple_item(pools[i], p->indices[i]);
        py2c_incref(v);
        py2c_tuple_ptr(t)->items[i] = v;
    }
    return t;
stop:
    p->stopped = 1;
    return PY2C_NULL;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_product_type, "product", Product, product_dealloc, product_new, product_next);

/* --- permutations, combinations, combinations_with_replacement ------------------------- */

typedef struct Comb {
    Py2cObject ob;
    Py2cValue pool; /* tuple */
    int64_t n, r;
    int64_t *indices, *cycles; /* cycles: permutations only */
    int first, stopped;
} Comb;

static void comb_dealloc(Py2cObject *o) {
    Comb *c = (Comb *)o;
    py2c_decref(c->pool);
    free(c->indices);
    free(c->cycles);
    free(o);
}

/* kind: 0 permutations, 1 combinations, 2 with replacement. */
static Py2cValue comb_make(int kind, const char *f, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"iterable", "r"};
    Py2cArgSpec spec = {f, names, 0, kind == 0 ? 1 : 2, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue pool = py2c_tuple_from_iterable(a[0]);
    if (PY2C_IS_NULL(pool)) return pool;
    int64_t n = py2c_tuple_size(pool), r = n;
    if (!PY2C_IS_NULL(a[1]) && !(kind == 0 && py2c_is_none(a[1]))) {
        if (kind == 0 && !py2c_is_int(a[1])) {
            py2c_decref(pool);
            return py2c_error_format(&py2c_exc_TypeError, "Expected int as r");
        }
        if (py2c__itertools_int(a[1], &r) < 0) {
            py2c_decref(pool);
            return PY2C_NULL;
        }
    }
    if (r < 0) {
        py2c_decref(pool);
        return py2c_error_format(&py2c_exc_ValueError, "r must be non-negative");
    }
    const Py2cType *t = kind == 0 ? &py2c__itertools_permutations_type
                        : kind == 1 ? &py2c__itertools_combinations_type
                                    : &py2c__itertools_cwr_type;
    Comb *c = (Comb *)py2c__object_new(t, sizeof *c);
    if (!c) {
        py2c_decref(pool);
        return PY2C_NULL;
    }
    c->pool = pool;
    c->n = n;
    c->r = r;
    c->first = 1;
    c->stopped = kind == 2 ? (n == 0 && r > 0) : r > n;
    c->cycles = NULL;
    int64_t ni = kind == 0 ? n : r;
    c->indices = malloc(sizeof *c->indices * (size_t)(ni + 1));
    if (kind == 0) c->cycles = malloc(sizeof *c->cycles * (size_t)(r + 1));
    if (!c->indices || (kind == 0 && !c->cycles)) {
        py2c_decref(py2c_obj_value(&c->ob));
        return py2c_error_nomemory();
    }
    for (int64_t i = 0; i < ni; i++) c->indices[i] = kind == 2 ? 0 : i;
    if (kind == 0)
        for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    return py2c_obj_value(&c->ob);
}

static Py2cValue comb_result(Comb *c) {
    Py2cValue t = py2c_tuple_new((size_t)c->r);
    if (PY2C_IS_NULL(t)) return t;
    for (int64_t i = 0; i < c->r; i++) {
        Py2cValue v = py2c_tuple_item(c->pool, c->indices[i]);
        py2c_incref(v);
        py2c_tuple_ptr(t)->items[i] = v;
    }
    return t;
}

static Py2cValue permutations_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    return comb_make(0, "permutations", args, nargs, kwnames);
}

static Py2cValue combinations_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    return comb_make(1, "combinations", args, nargs, kwnames);
}

static Py2cValue cwr_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    return comb_make(2, "combinations_with_replacement", args, nargs, kwnames);
}

static Py2cValue permutations_next(Py2cValue self) {
    Comb *c = (Comb *)py2c_obj_ptr(self);
    if (c->stopped) return PY2C_NULL;
    if (c->first) {
        c->first = 0;
        return comb_result(c);
    }
    int64_t n = c->n, r = c->r, i;
    if (n == 0) goto stop;
    for (i = r - 1; i >= 0; i--) {
        if (--c->cycles[i] == 0) {
            int64_t index = c->indices[i];
            memmove(c->indices + i, c->indices + i + 1, sizeof *c->indices * (size_t)(n - 1 - i));
            c->indices[n - 1] = index;
            c->cycles[i] = n - i;
        } else {
            int64_t j = c->cycles[i];
            int64_t tmp = c->indices[i];
            c->indices[i] = c->indices[n - j];
            c->indices[n - j] = tmp;
            break;
        }
    }
    if (i < 0) goto stop;
    return comb_result(c);
stop:
    c->stopped = 1;
    return PY2C_NULL;
}

/* combinations (replace 0) and combinations_with_replacement (replace 1),
 * as in the itertools docs' pseudo-code: the rightmost index that can still
 * grow is bumped and the ones after it restart from it (each one more than
 * the last, without replacement). */
static Py2cValue comb_next(Py2cValue self, int replace) {
    Comb *c = (Comb *)py2c_obj_ptr(self);
    if (c->stopped) return PY2C_NULL;
    if (c->first) {
        c->first = 0;
        return comb_result(c);
    }
    int64_t n = c->n, r = c->r, i = r - 1;
    while (i >= 0 && c->indices[i] == (replace ? n - 1 : i + n - r)) i--;
    if (i < 0) {
        c->stopped = 1;
        return PY2C_NULL;
    }
    int64_t index = c->indices[i] + 1;
    for (int64_t j = i; j < r; j++) c->indices[j] = replace ? index : index + (j - i);
    return comb_result(c);
}

static Py2cValue combinations_next(Py2cValue self) { return comb_next(self, 0); }

static Py2cValue cwr_next(Py2cValue self) { return comb_next(self, 1); }

PY2C__ITERTOOLS_TYPE(py2c__itertools_permutations_type, "permutations", Comb, comb_dealloc, permutations_new,
                     permutations_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_combinations_type, "combinations", Comb, comb_dealloc, combinations_new,
                     combinations_next);
PY2C__ITERTOOLS_TYPE(py2c__itertools_cwr_type, "combinations_with_replacement", Comb, comb_dealloc, cwr_new,
                     cwr_next);

/* --- groupby ---------------------------------------------------------------------------- */

typedef struct GroupBy {
    Py2cObject ob;
    Py2cValue it, keyfunc; /* keyfunc: None for identity */
    Py2cValue tgtkey, currkey, currvalue; /* PY2C_NULL when unset */
    Py2cObject *currgrouper; /* the live group (not owned): older groups are over */
} GroupBy;

typedef struct Grouper {
    Py2cObject ob;
    Py2cValue parent; /* the groupby (owned) */
    Py2cValue tgtkey;
} Grouper;

static void groupby_dealloc(Py2cObject *o) {
    GroupBy *g = (GroupBy *)o;
    py2c_decref(g->it);
    py2c_decref(g->keyfunc);
    py2c_decref(g->tgtkey);
    py2c_decref(g->currkey);
    py2c_decref(g->currvalue);
    free(o);
}

static Py2cValue groupby_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    static const char *const names[] = {"iterable", "key"};
    static const Py2cArgSpec spec = {"groupby", names, 0, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(a[0]);
    if (PY2C_IS_NULL(it)) return it;
    GroupBy *g = (GroupBy *)py2c__object_new(&py2c__itertools_groupby_type, sizeof *g);
    if (!g) {
        py2c_decref(it);
        return PY2C_NULL;
    }
    g->it = it;
    g->keyfunc = PY2C_IS_NULL(a[1]) ? PY2C_NONE : a[1];
    py2c_incref(g->keyfunc);
    g->tgtkey = g->currkey = g->currvalue = PY2C_NULL;
    g->currgrouper = NULL;
    return py2c_obj_value(&g->ob);
}

/* Reads the next value and its key: 0, or -1 when exhausted or on error. */
static int groupby_step(GroupBy *g) {
    Py2cValue v = py2c_iter_next(g->it);
    if (PY2C_IS_NULL(v)) return -1;
    Py2cValue k;
    if (py2c_is_none(g->keyfunc)) {
        k = v;
        py2c_incref(k);
    } else {
        k = py2c_call(g->keyfunc, &v, 1, PY2C_NULL);
        if (PY2C_IS_NULL(k)) {
            py2c_decref(v);
            return -1;
        }
    }
    py2c_decref(g->currvalue);
    g->currvalue = v;
    py2c_decref(g->currkey);
    g->currkey = k;
    return 0;
}

static Py2cValue groupby_next(Py2cValue self) {
    GroupBy *g = (GroupBy *)py2c_obj_ptr(self);
    g->currgrouper = NULL;
    /* skip to the next group */
    for (;;) {
        if (PY2C_IS_NULL(g->currkey)) {
            /* read one */
        } else if (PY2C_IS_NULL(g->tgtkey)) {
            break;
        } else {
            int eq = py2c__eq_identity(g->tgtkey, g->currkey);
            if (eq < 0) return PY2C_NULL;
            if (eq == 0) break;
        }
        if (groupby_step(g) < 0) return PY2C_NULL;
    }
    py2c_incref(g->currkey);
    py2c_decref(g->tgtkey);
    g->tgtkey = g->currkey;
    Grouper *gr = (Grouper *)py2c__object_new(&py2c__itertools_grouper_type, sizeof *gr);
    if (!gr) return PY2C_NULL;
    py2c_incref(self);
    gr->parent = self;
    py2c_incref(g->tgtkey);
    gr->tgtkey = g->tgtkey;
    g->currgrouper = &gr->ob;
    Py2cValue t = py2c_tuple_new(2);
    if (PY2C_IS_NULL(t)) {
        py2c_decref(py2c_obj_value(&gr->ob));
        return t;
    }
    py2c_incref(g->currkey);
    py2c_tuple_ptr(t)->items[0] = g->currkey;
    py2c_tuple_ptr(t)->items[1] = py2c_obj_value(&gr->ob);
    return t;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_groupby_type, "groupby", GroupBy, groupby_dealloc, groupby_new, groupby_next);

static void grouper_dealloc(Py2cObject *o) {
    Grouper *gr = (Grouper *)o;
    GroupBy *g = (GroupBy *)py2c_obj_ptr(gr->parent);
    /* CPython compares the pointer only; forgetting it here keeps a new
     * object at the same address from passing for this group */
    if (g->currgrouper == o) g->currgrouper = NULL;
    py2c_decref(gr->parent);
    py2c_decref(gr->tgtkey);
    free(o);
}

static Py2cValue grouper_next(Py2cValue self) {
    Grouper *gr = (Grouper *)py2c_obj_ptr(self);
    GroupBy *g = (GroupBy *)py2c_obj_ptr(gr->parent);
    if (g->currgrouper != &gr->ob) return PY2C_NULL;
    if (PY2C_IS_NULL(g->currvalue) && groupby_step(g) < 0) return PY2C_NULL;
    int eq = py2c__eq_identity(gr->tgtkey, g->currkey);
    if (eq <= 0) return PY2C_NULL;
    Py2cValue r = g->currvalue;
    g->currvalue = PY2C_NULL;
    PY2C_CLEAR(g->currkey);
    return r;
}

PY2C__ITERTOOLS_TYPE(py2c__itertools_grouper_type, "_grouper", Grouper, grouper_dealloc, NULL, grouper_next);

/* --- tee -------------------------------------------------------------------------------- */

#define LINKCELLS 57

typedef struct TeeData {
    Py2cObject ob;
    Py2cValue it;   /* the shared iterator (owned by every block) */
    Py2cValue next; /* the following block, or PY2C_NULL */
    int numread;
    Py2cValue values[LINKCELLS];
} TeeData;

typedef struct Tee {
    Py2cObject ob;
    Py2cValue data; /* a TeeData */
    int index;
} Tee;

/* Frees the chain of blocks iteratively (a long chain must not recurse). */
static void teedata_dealloc(Py2cObject *o) {
    Py2cValue next = PY2C_NULL;
    for (;;) {
        TeeData *d = (TeeData *)o;
        for (int i = 0; i < d->numread; i++) py2c_decref(d->values[i]);
        py2c_decref(d->it);
        next = d->next;
        free(o);
        if (!py2c_is_obj(next)) return;
        o = py2c_obj_ptr(next);
        if (o->refcount != 1) {
            py2c_decref(next);
            return;
        }
        o->refcount = 0; /* this reference dies with the previous block */
    }
}

const Py2cType py2c__itertools_teedata_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_tee_dataobject",
    .module = "itertools",
    .base = &py2c_object_type,
    .basicsize = sizeof(TeeData),
    .dealloc = teedata_dealloc,
    .hash = py2c_object_hash,
};

static Py2cValue teedata_new(Py2cValue it) {
    TeeData *d = (TeeData *)py2c__object_new(&py2c__itertools_teedata_type, sizeof *d);
    if (!d) return PY2C_NULL;
    py2c_incref(it);
    d->it = it;
    d->next = PY2C_NULL;
    d->numread = 0;
    return py2c_obj_value(&d->ob);
}

static void tee_dealloc(Py2cObject *o) {
    py2c_decref(((Tee *)o)->data);
    free(o);
}

static Py2cValue tee_make(Py2cValue data, int index) {
    Tee *t = (Tee *)py2c__object_new(&py2c__itertools_tee_type, sizeof *t);
    if (!t) return PY2C_NULL;
    py2c_incref(data);
    t->data = data;
    t->index = index;
    return py2c_obj_value(&t->ob);
}

static Py2cValue tee_next(Py2cValue self) {
    Tee *t = (Tee *)py2c_obj_ptr(self);
    TeeData *d = (TeeData *)py2c_obj_ptr(t->data);
    if (t->index >= LINKCELLS) {
        if (PY2C_IS_NULL(d->next)) {
            d->next = teedata_new(d->it);
            if (PY2C_IS_NULL(d->next)) return PY2C_NULL;
        }
        Py2cValue next = d->next;
        py2c_incref(next);
        py2c_decref(t->data);
        t->data = next;
        t->index = 0;
        d = (TeeData *)py2c_obj_ptr(next);
    }
    if (t->index >= d->numread) {
        Py2cValue v = py2c_iter_next(d->it);
        if (PY2C_IS_NULL(v)) return v;
        d->values[d->numread++] = v;
    }
    Py2cValue v = d->values[t->index++];
    py2c_incref(v);
    return v;
}

static Py2cValue tee_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__itertools_nargs("__copy__", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    Tee *t = (Tee *)py2c_obj_ptr(self);
    return tee_make(t->data, t->index);
}

static const Py2cMethodDef tee_methods[] = {
    {"__copy__", tee_copy},
    {NULL, NULL},
};

const Py2cType py2c__itertools_tee_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_tee",
    .module = "itertools",
    .base = &py2c_object_type,
    .basicsize = sizeof(Tee),
    .dealloc = tee_dealloc,
    .hash = py2c_object_hash,
    .iter = py2c__itertools_self,
    .iternext = tee_next,
    .methods = tee_methods,
};

static Py2cValue tee_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "itertools.tee() takes no keyword arguments");
    if (py2c__itertools_nargs("tee", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    int64_t n = 2;
    if (nargs > 1 && py2c__itertools_int(args[1], &n) < 0) return PY2C_NULL;
    if (n < 0) return py2c_error_format(&py2c_exc_ValueError, "n must be >= 0");
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue result = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(result) || n == 0) {
        py2c_decref(it);
        return result;
    }
    Py2cValue first;
    if (py2c_is_obj(it) && py2c_obj_ptr(it)->type == &py2c__itertools_tee_type) {
        first = it; /* CPython: the first result is the tee itself, the others its copies */
        py2c_incref(first);
    } else {
        Py2cValue data = teedata_new(it);
        first = PY2C_IS_NULL(data) ? data : tee_make(data, 0);
        py2c_decref(data);
    }
    py2c_decref(it);
    if (PY2C_IS_NULL(first)) {
        py2c_decref(result);
        return first;
    }
    py2c_tuple_ptr(result)->items[0] = first;
    for (int64_t i = 1; i < n; i++) {
        Py2cValue c = tee_copy(first, NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(c)) {
            py2c_decref(result); /* PY2C_NULL items are skipped by decref */
            return c;
        }
        py2c_tuple_ptr(result)->items[i] = c;
    }
    return result;
}

PY2C_BUILTIN_FUNCTION(py2c__itertools_tee_fn, "tee", tee_fn);
