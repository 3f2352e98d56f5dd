/* collections' dict subtypes: defaultdict, Counter, OrderedDict. Their
 * instances are dicts (a Py2cDict first), so every dict operation works on
 * them; the types start as copies of dict's slots (made at the module's
 * first import) with their own constructor, repr, comparisons and
 * operators. d[k] on a missing key calls the type's __missing__ method
 * (dict.c's subscript does the lookup, as CPython's dict_subscript). */
#include <stdlib.h>
#include <string.h>

#include "mod_collections_internal.h"

Py2cType py2c__defaultdict_type, py2c__counter_type, py2c__ordereddict_type;
static Py2cNumberMethods defaultdict_number, counter_number, ordereddict_number;

static int is_type(Py2cValue v, const Py2cType *t) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, t);
}

static const Py2cType *as_type(Py2cValue v) { return (const Py2cType *)py2c_obj_ptr(v); }

/* "Name({...})" where inner is a str (stolen) or PY2C_NULL (error). */
static Py2cValue wrap_repr(const char *name, Py2cValue inner) {
    if (PY2C_IS_NULL(inner)) return inner;
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, name);
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    if (rc == 0) rc = py2c__buf_put(&b, py2c__as_str(inner)->data, (size_t)py2c__as_str(inner)->len);
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    py2c_decref(inner);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

/* The name the reprs start with: the type's __name__. */
static const char *short_name(Py2cValue self) { return py2c_obj_ptr(self)->type->name; }

/* A new dict of self's kind (type t) with self's entries. */
static Py2cValue copy_as(const Py2cType *t, Py2cValue self) {
    Py2cValue r = py2c__dict_alloc(t, t->basicsize);
    if (PY2C_IS_NULL(r)) return r;
    if (py2c__dict_merge(r, self) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

/* copy.deepcopy(d) for the three types: r (a new empty dict of d's kind,
 * stolen) filled with deep copies of d's keys and values. */
static Py2cValue deepcopy_into(Py2cValue r, Py2cValue d, Py2cValue memo) {
    Py2cValue snap = PY2C_IS_NULL(r) ? PY2C_NULL : py2c_dict_copy(d);
    if (PY2C_IS_NULL(snap)) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    int64_t pos = 0;
    Py2cValue k, v;
    int rc = 0;
    while (rc == 0 && py2c_dict_next(snap, &pos, &k, &v)) {
        Py2cValue k2 = py2c__collections_deepcopy(k, memo);
        Py2cValue v2 = PY2C_IS_NULL(k2) ? PY2C_NULL : py2c__collections_deepcopy(v, memo);
        rc = PY2C_IS_NULL(v2) ? -1 : py2c_dict_setitem(r, k2, v2);
        py2c_decref(k2);
        py2c_decref(v2);
    }
    py2c_decref(snap);
    if (rc < 0) PY2C_CLEAR(r);
    return r;
}

static Py2cValue m_deepcopy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("__deepcopy__", nargs, kwnames) < 0) return PY2C_NULL;
    const Py2cType *t = py2c_obj_ptr(self)->type;
    return deepcopy_into(py2c__dict_alloc(t, t->basicsize), self, args[0]);
}

/* ==== defaultdict ================================================================ */

typedef struct DefaultDict {
    Py2cDict d;
    Py2cValue factory; /* None or a callable */
} DefaultDict;

static DefaultDict *dd(Py2cValue v) { return (DefaultDict *)py2c_obj_ptr(v); }

static void dd_dealloc(Py2cObject *o) {
    DefaultDict *d = (DefaultDict *)o;
    py2c__dict_clear(&d->d);
    py2c_decref(d->factory);
    free(o);
}

/* defaultdict(default_factory=None, /, [mapping_or_pairs], **kwargs) */
static Py2cValue dd_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cValue factory = PY2C_NONE;
    if (nargs > 0) {
        factory = args[0];
        if (!py2c_is_none(factory) && !py2c_callable(factory))
            return py2c_error_format(&py2c_exc_TypeError, "first argument must be callable or None");
        args++;
        nargs--;
    }
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    Py2cValue r = py2c__dict_alloc(as_type(self), sizeof(DefaultDict));
    if (PY2C_IS_NULL(r)) return r;
    py2c_incref(factory);
    dd(r)->factory = factory;
    if (nargs == 1 && py2c__dict_update_arg(r, args[0]) < 0) goto fail;
    for (size_t i = 0; i < py2c__kw_count(kwnames); i++)
        if (py2c_dict_setitem(r, py2c__kw_name(kwnames, i), args[nargs + i]) < 0) goto fail;
    return r;
fail:
    py2c_decref(r);
    return PY2C_NULL;
}

static Py2cValue dd_missing(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("defaultdict.__missing__", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue f = dd(self)->factory;
    if (py2c_is_none(f)) return py2c__raise_key_error(args[0]);
    py2c_incref(f);
    Py2cValue v = py2c_call(f, NULL, 0, PY2C_NULL);
    py2c_decref(f);
    if (PY2C_IS_NULL(v)) return v;
    if (py2c_dict_setitem(self, args[0], v) < 0) {
        py2c_decref(v);
        return PY2C_NULL;
    }
    return v;
}

static Py2cValue dd_copy_of(Py2cValue self) {
    Py2cValue r = copy_as(py2c_obj_ptr(self)->type, self);
    if (PY2C_IS_NULL(r)) return r;
    py2c_incref(dd(self)->factory);
    dd(r)->factory = dd(self)->factory;
    return r;
}

static Py2cValue dd_deepcopy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("__deepcopy__", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue r = py2c__dict_alloc(py2c_obj_ptr(self)->type, sizeof(DefaultDict));
    if (PY2C_IS_NULL(r)) return r;
    py2c_incref(dd(self)->factory); /* factories are functions or classes: atomic for deepcopy */
    dd(r)->factory = dd(self)->factory;
    return deepcopy_into(r, self, args[0]);
}

static Py2cValue dd_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("defaultdict.copy", nargs, kwnames) < 0) return PY2C_NULL;
    return dd_copy_of(self);
}

static Py2cValue dd_repr(Py2cValue self) {
    Py2cValue f = dd(self)->factory, fr;
    if (py2c_is_none(f)) {
        fr = py2c_str_from_cstr("None");
    } else {
        int rec = py2c__repr_enter(f);
        if (rec < 0) return PY2C_NULL;
        fr = rec ? py2c_str_from_cstr("...") : py2c_repr(f);
        if (!rec) py2c__repr_leave(f);
    }
    if (PY2C_IS_NULL(fr)) return fr;
    Py2cValue inner = py2c__dict_repr_plain(self);
    if (PY2C_IS_NULL(inner)) {
        py2c_decref(fr);
        return inner;
    }
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, short_name(self));
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    if (rc == 0) rc = py2c__buf_put(&b, py2c__as_str(fr)->data, (size_t)py2c__as_str(fr)->len);
    if (rc == 0) rc = py2c__buf_puts(&b, ", ");
    if (rc == 0) rc = py2c__buf_put(&b, py2c__as_str(inner)->data, (size_t)py2c__as_str(inner)->len);
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    py2c_decref(fr);
    py2c_decref(inner);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

/* dd | mapping and mapping | dd: a new defaultdict with dd's factory. */
static Py2cValue dd_or(Py2cValue a, Py2cValue b) {
    Py2cValue d = is_type(a, &py2c__defaultdict_type) ? a : b;
    if (!py2c_is_dict(a) || !py2c_is_dict(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue r = py2c__dict_alloc(py2c_obj_ptr(d)->type, sizeof(DefaultDict));
    if (PY2C_IS_NULL(r)) return r;
    py2c_incref(dd(d)->factory);
    dd(r)->factory = dd(d)->factory;
    if (py2c__dict_merge(r, a) < 0 || py2c__dict_merge(r, b) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue dd_get_factory(Py2cValue self) {
    py2c_incref(dd(self)->factory);
    return dd(self)->factory;
}

static int dd_set_factory(Py2cValue self, Py2cValue v) {
    Py2cValue old = dd(self)->factory;
    if (PY2C_IS_NULL(v)) v = PY2C_NONE; /* del d.default_factory: None, as a member set to NULL reads */
    py2c_incref(v);
    dd(self)->factory = v;
    py2c_decref(old);
    return 0;
}

static const Py2cMethodDef dd_methods[] = {
    {"__missing__", dd_missing}, {"copy", dd_copy}, {"__copy__", dd_copy}, {"__deepcopy__", dd_deepcopy},
    {NULL, NULL},
};

static const Py2cGetSetDef dd_getset[] = {
    {"default_factory", dd_get_factory, dd_set_factory},
    {NULL, NULL, NULL},
};

/* ==== Counter ==================================================================== */

static Py2cValue new_counter(void) { return py2c__dict_alloc(&py2c__counter_type, sizeof(Py2cDict)); }

/* self.get(key, 0): a new reference. */
static Py2cValue count_of(Py2cValue self, Py2cValue key) {
    Py2cValue v = py2c_dict_get_opt(self, key);
    if (PY2C_IS_NULL(v) && !py2c_error_occurred()) return py2c_int(0);
    return v;
}

/* self[key] = self.get(key, 0) <op> delta; with delta_first, delta + old
 * (Counter.update of a mapping adds in that order, which matters for
 * counts that are not numbers). */
static int add_count_ordered(Py2cValue self, Py2cValue key, Py2cValue delta, Py2cBinaryOp op, int delta_first) {
    Py2cValue old = count_of(self, key);
    if (PY2C_IS_NULL(old)) return -1;
    Py2cValue n = delta_first ? py2c_binary_op(delta, old, op) : py2c_binary_op(old, delta, op);
    py2c_decref(old);
    if (PY2C_IS_NULL(n)) return -1;
    int rc = py2c_dict_setitem(self, key, n);
    py2c_decref(n);
    return rc;
}

static int add_count(Py2cValue self, Py2cValue key, Py2cValue delta, Py2cBinaryOp op) {
    return add_count_ordered(self, key, delta, op, 0);
}

/* Counter.update / subtract (op ADD or SUB) with arg (PY2C_NULL or None:
 * none) and keywords. A mapping adds its counts (update of an empty Counter
 * copies them, as CPython); any other iterable counts its items. */
static int counter_update(Py2cValue self, Py2cValue arg, const Py2cValue *kwvalues, Py2cValue kwnames,
                          Py2cBinaryOp op) {
    if (!PY2C_IS_NULL(arg) && !py2c_is_none(arg)) {
        if (py2c_is_dict(arg)) {
            if (op == PY2C_OP_ADD && py2c_dict_size(self) == 0) {
                if (py2c__dict_update_arg(self, arg) < 0) return -1;
            } else {
                /* a snapshot of the pairs: self may be arg */
                Py2cValue items = py2c_list_new(0);
                if (PY2C_IS_NULL(items)) return -1;
                int64_t pos = 0;
                Py2cValue k, v;
                int rc = 0;
                while (rc == 0 && py2c_dict_next(arg, &pos, &k, &v)) {
                    rc = py2c_list_append(items, k);
                    if (rc == 0) rc = py2c_list_append(items, v);
                }
                for (int64_t i = 0; rc == 0 && i < py2c_list_size(items); i += 2)
                    rc = add_count_ordered(self, py2c_list_item(items, i), py2c_list_item(items, i + 1), op,
                                           op == PY2C_OP_ADD);
                py2c_decref(items);
                if (rc < 0) return -1;
            }
        } else {
            Py2cValue it = py2c_iter(arg);
            if (PY2C_IS_NULL(it)) return -1;
            for (;;) {
                Py2cValue x = py2c_iter_next(it);
                if (PY2C_IS_NULL(x)) break;
                int rc = add_count(self, x, py2c_int(1), op);
                py2c_decref(x);
                if (rc < 0) break;
            }
            py2c_decref(it);
            if (py2c_error_occurred()) return -1;
        }
    }
    /* the keywords are one more mapping (copied into an empty Counter) */
    int copy = op == PY2C_OP_ADD && py2c_dict_size(self) == 0;
    for (size_t i = 0; i < py2c__kw_count(kwnames); i++) {
        Py2cValue k = py2c__kw_name(kwnames, i);
        int rc = copy ? py2c_dict_setitem(self, k, kwvalues[i])
                      : add_count_ordered(self, k, kwvalues[i], op, op == PY2C_OP_ADD);
        if (rc < 0) return -1;
    }
    return 0;
}

static Py2cValue counter_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "Counter.__init__() takes from 1 to 2 positional arguments but %zu were given",
                                 nargs + 1);
    Py2cValue r = py2c__dict_alloc(as_type(self), sizeof(Py2cDict));
    if (PY2C_IS_NULL(r)) return r;
    if (counter_update(r, nargs ? args[0] : PY2C_NULL, args + nargs, kwnames, PY2C_OP_ADD) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue c_update_impl(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                               Py2cBinaryOp op, const char *name) {
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "Counter.%s() takes from 1 to 2 positional arguments but %zu were given", name,
                                 nargs + 1);
    return counter_update(self, nargs ? args[0] : PY2C_NULL, args + nargs, kwnames, op) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue c_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return c_update_impl(self, args, nargs, kwnames, PY2C_OP_ADD, "update");
}

static Py2cValue c_subtract(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return c_update_impl(self, args, nargs, kwnames, PY2C_OP_SUB, "subtract");
}

static Py2cValue c_missing(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (py2c__check_onearg("Counter.__missing__", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_int(0);
}

/* The (elem, count) pairs sorted by count, largest first, ties in
 * insertion order (CPython: sorted(..., reverse=True), a stable sort). */
static Py2cValue sorted_items(Py2cValue self) {
    int64_t n = py2c_dict_size(self);
    Py2cValue items = py2c_list_new((size_t)n);
    if (PY2C_IS_NULL(items)) return items;
    Py2cValue *keys = malloc((size_t)(n ? n : 1) * sizeof *keys);
    if (!keys) {
        py2c_decref(items);
        return py2c_error_nomemory();
    }
    int64_t pos = 0, m = 0;
    Py2cValue k, v;
    while (py2c_dict_next(self, &pos, &k, &v)) {
        Py2cValue pair = py2c_tuple_pack(2, (Py2cValue[]){k, v});
        if (PY2C_IS_NULL(pair) || py2c_list_append(items, pair) < 0) {
            py2c_decref(pair);
            goto fail;
        }
        py2c_decref(pair);
        py2c_incref(v);
        keys[m++] = v;
    }
    /* reverse=True as CPython: reverse, stable sort, reverse */
    Py2cList *l = py2c_list_ptr(items);
    py2c_list_reverse(items);
    for (int64_t i = 0, j = m - 1; i < j; i++, j--) {
        Py2cValue t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
    }
    if (py2c__sort(l->items, keys, m) < 0) goto fail;
    py2c_list_reverse(items);
    for (int64_t i = 0; i < m; i++) py2c_decref(keys[i]);
    free(keys);
    return items;
fail:
    for (int64_t i = 0; i < m; i++) py2c_decref(keys[i]);
    free(keys);
    py2c_decref(items);
    return PY2C_NULL;
}

static Py2cValue c_most_common(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"n"};
    static const Py2cArgSpec spec = {"most_common", names, 0, 0, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t n = -1;
    int all = PY2C_IS_NULL(a[0]) || py2c_is_none(a[0]);
    if (!all && py2c__as_index(a[0], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &n) < 0) return PY2C_NULL;
    if (!all && n <= 0) return py2c_list_new(0);
    Py2cValue items = sorted_items(self);
    if (PY2C_IS_NULL(items) || all || n >= py2c_list_size(items)) return items;
    Py2cList *l = py2c_list_ptr(items);
    for (int64_t i = n; i < l->size; i++) py2c_decref(l->items[i]);
    l->size = n;
    return items;
}

static Py2cValue c_elements(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("Counter.elements", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue out = py2c_list_new(0);
    if (PY2C_IS_NULL(out)) return out;
    Py2cValue snap = py2c_dict_copy(self);
    if (PY2C_IS_NULL(snap)) goto fail;
    int64_t pos = 0;
    Py2cValue k, v;
    while (py2c_dict_next(snap, &pos, &k, &v)) {
        int64_t c;
        if (py2c__as_index(v, PY2C_INDEX_REQUIRED, &c) < 0) goto fail;
        for (int64_t i = 0; i < c; i++)
            if (py2c_list_append(out, k) < 0) goto fail;
    }
    py2c_decref(snap);
    Py2cValue it = py2c_iter(out);
    py2c_decref(out);
    return it;
fail:
    py2c_decref(snap);
    py2c_decref(out);
    return PY2C_NULL;
}

static Py2cValue c_total(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("Counter.total", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue sum = py2c_int(0);
    int64_t pos = 0;
    Py2cValue v;
    while (py2c_dict_next(self, &pos, NULL, &v)) {
        Py2cValue n = py2c_binary_op(sum, v, PY2C_OP_ADD);
        py2c_decref(sum);
        if (PY2C_IS_NULL(n)) return n;
        sum = n;
    }
    return sum;
}

static Py2cValue c_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("Counter.copy", nargs, kwnames) < 0) return PY2C_NULL;
    return copy_as(py2c_obj_ptr(self)->type, self);
}

static Py2cValue c_fromkeys(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return py2c_error_format(&py2c_exc_NotImplementedError,
                             "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

/* del c[k] is silent for a missing key. */
static int counter_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    if (!PY2C_IS_NULL(value)) return py2c_dict_setitem(self, key, value);
    int has = py2c_dict_contains(self, key);
    if (has <= 0) return has;
    return py2c_dict_delitem(self, key);
}

static Py2cValue counter_repr(Py2cValue self) {
    if (py2c_dict_size(self) == 0) return wrap_repr(short_name(self), py2c_str_from_cstr(""));
    Py2cValue items = sorted_items(self);
    if (PY2C_IS_NULL(items)) {
        /* uncomparable counts: CPython's fallback is the plain dict */
        if (!py2c_error_matches(&py2c_exc_TypeError)) return PY2C_NULL;
        py2c_error_clear();
        return wrap_repr(short_name(self), py2c__dict_repr_plain(self));
    }
    Py2cValue d = py2c_dict_new();
    int rc = PY2C_IS_NULL(d) ? -1 : 0;
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(items); i++) {
        Py2cValue p = py2c_list_item(items, i);
        rc = py2c_dict_setitem(d, py2c_tuple_item(p, 0), py2c_tuple_item(p, 1));
    }
    py2c_decref(items);
    Py2cValue r = rc < 0 ? PY2C_NULL : wrap_repr(short_name(self), py2c_repr(d));
    py2c_decref(d);
    return r;
}

/* x > 0 (or x < 0 with op LT): 1, 0, -1 */
static int sign_test(Py2cValue x, Py2cCompareOp op) { return py2c_compare_bool(x, py2c_int(0), op); }

/* result[key] = v when keep (1); passes errors (-1) through. */
static int put_if(Py2cValue result, Py2cValue key, Py2cValue v, int keep) {
    if (keep < 0) return -1;
    return keep ? py2c_dict_setitem(result, key, v) : 0;
}

enum { C_ADD, C_SUB, C_OR, C_AND };

/* Counter <op> Counter as collections.py computes it (only positive counts
 * are kept). */
static Py2cValue counter_binary(Py2cValue a, Py2cValue b, int which) {
    if (!is_type(a, &py2c__counter_type) || !is_type(b, &py2c__counter_type)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue r = new_counter();
    if (PY2C_IS_NULL(r)) return r;
    Py2cValue sa = py2c_dict_copy(a), sb = py2c_dict_copy(b);
    int rc = PY2C_IS_NULL(sa) || PY2C_IS_NULL(sb) ? -1 : 0;
    int64_t pos = 0;
    Py2cValue k, v;
    while (rc == 0 && py2c_dict_next(sa, &pos, &k, &v)) {
        Py2cValue o = count_of(sb, k), n = PY2C_NULL;
        if (PY2C_IS_NULL(o)) {
            rc = -1;
            break;
        }
        switch (which) {
        case C_ADD: n = py2c_binary_op(v, o, PY2C_OP_ADD); break;
        case C_SUB: n = py2c_binary_op(v, o, PY2C_OP_SUB); break;
        case C_OR:
        case C_AND: {
            int lt = py2c_compare_bool(v, o, PY2C_LT);
            if (lt >= 0) {
                n = (which == C_OR) == (lt != 0) ? o : v;
                py2c_incref(n);
            }
            break;
        }
        }
        py2c_decref(o);
        rc = PY2C_IS_NULL(n) ? -1 : put_if(r, k, n, sign_test(n, PY2C_GT));
        py2c_decref(n);
    }
    if (which != C_AND) {
        pos = 0;
        while (rc == 0 && py2c_dict_next(sb, &pos, &k, &v)) {
            int in = py2c_dict_contains(sa, k);
            if (in != 0) {
                rc = in < 0 ? -1 : 0;
                continue;
            }
            if (which == C_SUB) {
                int neg = sign_test(v, PY2C_LT);
                Py2cValue n = neg > 0 ? py2c_binary_op(py2c_int(0), v, PY2C_OP_SUB) : PY2C_NONE;
                rc = neg < 0 || PY2C_IS_NULL(n) ? -1 : put_if(r, k, n, neg);
                py2c_decref(n);
            } else {
                rc = put_if(r, k, v, sign_test(v, PY2C_GT));
            }
        }
    }
    py2c_decref(sa);
    py2c_decref(sb);
    if (rc < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue counter_add(Py2cValue a, Py2cValue b) { return counter_binary(a, b, C_ADD); }
static Py2cValue counter_sub(Py2cValue a, Py2cValue b) { return counter_binary(a, b, C_SUB); }
static Py2cValue counter_or(Py2cValue a, Py2cValue b) { return counter_binary(a, b, C_OR); }
static Py2cValue counter_and(Py2cValue a, Py2cValue b) { return counter_binary(a, b, C_AND); }

/* +c keeps the positive counts, -c negates the negative ones. */
static Py2cValue counter_unary(Py2cValue a, int neg) {
    Py2cValue r = new_counter();
    if (PY2C_IS_NULL(r)) return r;
    int64_t pos = 0;
    Py2cValue k, v;
    int rc = 0;
    while (rc == 0 && py2c_dict_next(a, &pos, &k, &v)) {
        int keep = sign_test(v, neg ? PY2C_LT : PY2C_GT);
        if (keep <= 0) {
            rc = keep;
            continue;
        }
        Py2cValue n = neg ? py2c_binary_op(py2c_int(0), v, PY2C_OP_SUB) : v;
        if (!neg) py2c_incref(n);
        rc = PY2C_IS_NULL(n) ? -1 : py2c_dict_setitem(r, k, n);
        py2c_decref(n);
    }
    if (rc < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue counter_pos(Py2cValue a) { return counter_unary(a, 0); }
static Py2cValue counter_neg(Py2cValue a) { return counter_unary(a, 1); }

/* Removes the keys whose count is not > 0 (Counter._keep_positive). */
static int keep_positive(Py2cValue self) {
    Py2cValue drop = py2c_list_new(0);
    if (PY2C_IS_NULL(drop)) return -1;
    int64_t pos = 0;
    Py2cValue k, v;
    int rc = 0;
    while (rc == 0 && py2c_dict_next(self, &pos, &k, &v)) {
        int p = sign_test(v, PY2C_GT);
        rc = p < 0 ? -1 : p ? 0 : py2c_list_append(drop, k);
    }
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(drop); i++) rc = py2c_dict_delitem(self, py2c_list_item(drop, i));
    py2c_decref(drop);
    return rc;
}

/* c <op>= other, in place (other: any dict; a Counter gives 0 for missing). */
static Py2cValue counter_inplace(Py2cValue a, Py2cValue b, int which) {
    if (!is_type(a, &py2c__counter_type) || !py2c_is_dict(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue src = py2c_dict_copy(which == C_AND ? a : b);
    int rc = PY2C_IS_NULL(src) ? -1 : 0;
    int64_t pos = 0;
    Py2cValue k, v;
    while (rc == 0 && py2c_dict_next(src, &pos, &k, &v)) {
        if (which == C_ADD || which == C_SUB) {
            rc = add_count(a, k, v, which == C_ADD ? PY2C_OP_ADD : PY2C_OP_SUB);
        } else if (which == C_OR) {
            Py2cValue c = count_of(a, k);
            int gt = PY2C_IS_NULL(c) ? -1 : py2c_compare_bool(v, c, PY2C_GT);
            py2c_decref(c);
            rc = put_if(a, k, v, gt);
        } else {
            Py2cValue o = is_type(b, &py2c__counter_type) ? count_of(b, k) : py2c_dict_getitem(b, k);
            int lt = PY2C_IS_NULL(o) ? -1 : py2c_compare_bool(o, v, PY2C_LT);
            rc = put_if(a, k, o, lt);
            py2c_decref(o);
        }
    }
    py2c_decref(src);
    if (rc < 0 || keep_positive(a) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

static Py2cValue counter_iadd(Py2cValue a, Py2cValue b) { return counter_inplace(a, b, C_ADD); }
static Py2cValue counter_isub(Py2cValue a, Py2cValue b) { return counter_inplace(a, b, C_SUB); }
static Py2cValue counter_ior(Py2cValue a, Py2cValue b) { return counter_inplace(a, b, C_OR); }
static Py2cValue counter_iand(Py2cValue a, Py2cValue b) { return counter_inplace(a, b, C_AND); }

/* all(a[e] <op> b[e] for c in (a, b) for e in c) */
static int counter_all(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cValue sa = py2c_dict_copy(a), sb = py2c_dict_copy(b);
    int r = PY2C_IS_NULL(sa) || PY2C_IS_NULL(sb) ? -1 : 1;
    for (int pass = 0; pass < 2 && r == 1; pass++) {
        int64_t pos = 0;
        Py2cValue k;
        while (r == 1 && py2c_dict_next(pass ? sb : sa, &pos, &k, NULL)) {
            Py2cValue x = count_of(sa, k), y = count_of(sb, k);
            r = PY2C_IS_NULL(x) || PY2C_IS_NULL(y) ? -1 : py2c_compare_bool(x, y, op);
            py2c_decref(x);
            py2c_decref(y);
        }
    }
    py2c_decref(sa);
    py2c_decref(sb);
    return r;
}

/* 3.10+: missing elements count as zero; < and > are strict multiset
 * inclusion. Non-Counters: NotImplemented (== then falls back to dict's). */
static Py2cValue counter_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!is_type(a, &py2c__counter_type) || !is_type(b, &py2c__counter_type)) return PY2C_NOT_IMPLEMENTED;
    int r = -1;
    switch (op) {
    case PY2C_EQ: r = counter_all(a, b, PY2C_EQ); break;
    case PY2C_NE:
        r = counter_all(a, b, PY2C_EQ);
        if (r >= 0) r = !r;
        break;
    case PY2C_LE: r = counter_all(a, b, PY2C_LE); break;
    case PY2C_GE: r = counter_all(a, b, PY2C_GE); break;
    case PY2C_LT:
    case PY2C_GT:
        r = counter_all(a, b, op == PY2C_LT ? PY2C_LE : PY2C_GE);
        if (r == 1) {
            r = counter_all(a, b, PY2C_EQ);
            if (r >= 0) r = !r;
        }
        break;
    }
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}

static const Py2cMethodDef counter_methods[] = {
    {"update", c_update},     {"subtract", c_subtract}, {"most_common", c_most_common},
    {"elements", c_elements}, {"total", c_total},       {"copy", c_copy},
    {"__copy__", c_copy},     {"__deepcopy__", m_deepcopy}, {"__missing__", c_missing},
    {NULL, NULL},
};

static const Py2cMethodDef counter_classmethods[] = {{"fromkeys", c_fromkeys}, {NULL, NULL}};

/* ==== OrderedDict ================================================================ */

static Py2cValue od_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError, "OrderedDict expected at most 1 arguments, got %zu", nargs);
    Py2cValue r = py2c__dict_alloc(as_type(self), sizeof(Py2cDict));
    if (PY2C_IS_NULL(r)) return r;
    if (nargs == 1 && py2c__dict_update_arg(r, args[0]) < 0) goto fail;
    for (size_t i = 0; i < py2c__kw_count(kwnames); i++)
        if (py2c_dict_setitem(r, py2c__kw_name(kwnames, i), args[nargs + i]) < 0) goto fail;
    return r;
fail:
    py2c_decref(r);
    return PY2C_NULL;
}

/* last=True given by position or keyword: 0 / -1 */
static int parse_last(const char *fname, const char *const *names, const Py2cValue *args, size_t nargs,
                      Py2cValue kwnames, int nreq, Py2cValue *out, int *last) {
    Py2cArgSpec spec = {fname, names, 0, nreq, nreq + 1, nreq + 1};
    if (py2c__args_parse(&spec, args, nargs, kwnames, out) < 0) return -1;
    *last = 1;
    if (!PY2C_IS_NULL(out[nreq])) {
        *last = py2c_is_true(out[nreq]);
        if (*last < 0) return -1;
    }
    return 0;
}

static Py2cValue od_move_to_end(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"key", "last"};
    Py2cValue a[2];
    int last;
    if (parse_last("move_to_end", names, args, nargs, kwnames, 1, a, &last) < 0) return PY2C_NULL;
    int rc = py2c__dict_move_to_end(self, a[0], last);
    if (rc < 0) return PY2C_NULL;
    if (rc == 0) return py2c__raise_key_error(a[0]);
    return PY2C_NONE;
}

static Py2cValue od_popitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"last"};
    Py2cValue a[1];
    int last;
    if (parse_last("popitem", names, args, nargs, kwnames, 0, a, &last) < 0) return PY2C_NULL;
    Py2cValue r = py2c__dict_popitem(self, last);
    if (PY2C_IS_NULL(r) && !py2c_error_occurred()) return py2c__raise_key_error_msg("dictionary is empty");
    return r;
}

static Py2cValue od_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("OrderedDict.copy", nargs, kwnames) < 0) return PY2C_NULL;
    return copy_as(py2c_obj_ptr(self)->type, self);
}

static Py2cValue od_repr(Py2cValue self) {
    const char *name = short_name(self);
    if (py2c_dict_size(self) == 0) return wrap_repr(name, py2c_str_from_cstr(""));
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_cstr("...");
    Py2cValue items = py2c_list_new(0);
    int rc = PY2C_IS_NULL(items) ? -1 : 0;
    int64_t pos = 0;
    Py2cValue k, v;
    while (rc == 0 && py2c_dict_next(self, &pos, &k, &v)) {
        Py2cValue p = py2c_tuple_pack(2, (Py2cValue[]){k, v});
        rc = PY2C_IS_NULL(p) ? -1 : py2c_list_append(items, p);
        py2c_decref(p);
    }
    Py2cValue r = rc < 0 ? PY2C_NULL : wrap_repr(name, py2c_repr(items));
    py2c_decref(items);
    py2c__repr_leave(self);
    return r;
}

/* Two OrderedDicts are equal when their items are, in the same order. */
static Py2cValue od_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cValue r = py2c_dict_type.richcompare(a, b, op);
    if (PY2C_IS_NULL(r) || PY2C_IS_NOT_IMPLEMENTED(r) || !is_type(a, &py2c__ordereddict_type) ||
        !is_type(b, &py2c__ordereddict_type) || py2c_is_true(r) != (op == PY2C_EQ))
        return r;
    /* equal as dicts: now the order of the keys */
    Py2cValue ka = py2c_list_from_iterable(a), kb = PY2C_IS_NULL(ka) ? PY2C_NULL : py2c_list_from_iterable(b);
    int eq = PY2C_IS_NULL(kb) ? -1 : 1;
    for (int64_t i = 0; eq == 1 && i < py2c_list_size(ka) && i < py2c_list_size(kb); i++)
        eq = py2c__eq_identity(py2c_list_item(ka, i), py2c_list_item(kb, i));
    py2c_decref(ka);
    py2c_decref(kb);
    if (eq < 0) return PY2C_NULL;
    return py2c_bool(op == PY2C_EQ ? eq : !eq);
}

/* od | mapping, mapping | od: a new OrderedDict (the OrderedDict operand's type). */
static Py2cValue od_or(Py2cValue a, Py2cValue b) {
    if (!py2c_is_dict(a) || !py2c_is_dict(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue od = is_type(a, &py2c__ordereddict_type) ? a : b;
    Py2cValue r = copy_as(py2c_obj_ptr(od)->type, a);
    if (PY2C_IS_NULL(r)) return r;
    if (py2c__dict_merge(r, b) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static const Py2cMethodDef od_methods[] = {
    {"move_to_end", od_move_to_end}, {"popitem", od_popitem}, {"copy", od_copy},
    {"__copy__", od_copy},           {"__deepcopy__", m_deepcopy}, {NULL, NULL},
};

/* ==== the types ================================================================== */

static void init_type(Py2cType *t, Py2cNumberMethods *num, const char *name, const char *module, size_t basicsize) {
    *t = py2c_dict_type;
    *num = *py2c_dict_type.number;
    t->name = name;
    t->module = module;
    t->base = &py2c_dict_type;
    t->basicsize = basicsize;
    t->number = num;
    t->methods = NULL;
    t->classmethods = NULL;
    t->getset = NULL;
}

int py2c__collections_dict_types_ready(void) {
    static int ready;
    if (ready) return 0;
    ready = 1;
    Py2cType *t = &py2c__defaultdict_type;
    init_type(t, &defaultdict_number, "defaultdict", "collections", sizeof(DefaultDict));
    t->dealloc = dd_dealloc;
    t->new_ = dd_new;
    t->repr = dd_repr;
    t->methods = dd_methods;
    t->getset = dd_getset;
    defaultdict_number.binary[PY2C_OP_OR] = dd_or;

    t = &py2c__counter_type;
    init_type(t, &counter_number, "Counter", "collections", sizeof(Py2cDict));
    t->new_ = counter_new;
    t->repr = counter_repr;
    t->richcompare = counter_richcompare;
    t->setitem = counter_setitem;
    t->methods = counter_methods;
    t->classmethods = counter_classmethods;
    counter_number.binary[PY2C_OP_ADD] = counter_add;
    counter_number.binary[PY2C_OP_SUB] = counter_sub;
    counter_number.binary[PY2C_OP_OR] = counter_or;
    counter_number.binary[PY2C_OP_AND] = counter_and;
    counter_number.inplace[PY2C_OP_ADD] = counter_iadd;
    counter_number.inplace[PY2C_OP_SUB] = counter_isub;
    counter_number.inplace[PY2C_OP_OR] = counter_ior;
    counter_number.inplace[PY2C_OP_AND] = counter_iand;
    counter_number.pos = counter_pos;
    counter_number.neg = counter_neg;

    t = &py2c__ordereddict_type;
    init_type(t, &ordereddict_number, "OrderedDict", "collections", sizeof(Py2cDict));
    t->new_ = od_new;
    t->repr = od_repr;
    t->richcompare = od_richcompare;
    t->methods = od_methods;
    ordereddict_number.binary[PY2C_OP_OR] = od_or;
    return 0;
}
