/* The functools module, part 2: lru_cache, cache and CacheInfo, as CPython's
 * C implementation (_lru_cache_wrapper): the same cache keys (so 1, 1.0 and
 * True hit or miss exactly as in CPython), hit/miss counts, and least
 * recently used eviction. The recency order is the order of the cache dict:
 * a hit moves its key to the end, eviction drops the first key. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "mod_functools_internal.h"

/* --- CacheInfo: a named tuple (hits, misses, maxsize, currsize) ------------------------- */

/* Laid out as a tuple of 4; the sequence protocol goes through a real tuple copy. */
static const char *const ci_fields[] = {"hits", "misses", "maxsize", "currsize"};

static void ci_dealloc(Py2cObject *o) {
    Py2cTuple *t = (Py2cTuple *)o;
    for (int64_t i = 0; i < t->size; i++) py2c_decref(t->items[i]);
    free(o);
}

static Py2cValue ci_as_tuple(Py2cValue self) {
    return py2c_tuple_pack((size_t)py2c_tuple_ptr(self)->size, py2c_tuple_ptr(self)->items);
}

static Py2cValue ci_repr(Py2cValue self) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    Py2cBuf b = {0};
    if (py2c__buf_puts(&b, "CacheInfo(") < 0) goto fail;
    for (int i = 0; i < 4; i++) {
        if ((i && py2c__buf_puts(&b, ", ") < 0) || py2c__buf_puts(&b, ci_fields[i]) < 0 || py2c__buf_puts(&b, "=") < 0 ||
            py2c__buf_put_repr(&b, t->items[i]) < 0)
            goto fail;
    }
    if (py2c__buf_puts(&b, ")") < 0) goto fail;
    return py2c__buf_finish(&b);
fail:
    py2c__buf_free(&b);
    return PY2C_NULL;
}

static int64_t ci_len(Py2cValue self) { return py2c_tuple_ptr(self)->size; }

static Py2cValue ci_getitem(Py2cValue self, Py2cValue key) {
    Py2cValue t = ci_as_tuple(self);
    Py2cValue r = PY2C_IS_NULL(t) ? t : py2c_getitem(t, key);
    py2c_decref(t);
    return r;
}

static Py2cValue ci_iter(Py2cValue self) {
    Py2cValue t = ci_as_tuple(self);
    Py2cValue r = PY2C_IS_NULL(t) ? t : py2c_iter(t);
    py2c_decref(t);
    return r;
}

static int ci_contains(Py2cValue self, Py2cValue item) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    for (int64_t i = 0; i < t->size; i++) {
        int eq = py2c__eq_identity(t->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static Py2cHash ci_hash(Py2cValue self) {
    Py2cValue t = ci_as_tuple(self);
    if (PY2C_IS_NULL(t)) return -1;
    Py2cHash h = py2c_hash(t);
    py2c_decref(t);
    return h;
}

static int is_tuple_like(Py2cValue v) {
    return py2c_is_tuple(v) || (py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c__functools_cacheinfo_type);
}

static Py2cValue ci_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!is_tuple_like(a) || !is_tuple_like(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cTuple *x = py2c_tuple_ptr(a), *y = py2c_tuple_ptr(b);
    return py2c__seq_richcompare(x->items, x->size, y->items, y->size, op);
}

#define CI_FIELD(fname, i)                        \
    static Py2cValue fname(Py2cValue self) {      \
        Py2cValue v = py2c_tuple_item(self, i);   \
        py2c_incref(v);                           \
        return v;                                 \
    }
CI_FIELD(ci_get_hits, 0)
CI_FIELD(ci_get_misses, 1)
CI_FIELD(ci_get_maxsize, 2)
CI_FIELD(ci_get_currsize, 3)

static const Py2cGetSetDef ci_getset[] = {
    {"hits", ci_get_hits, NULL},
    {"misses", ci_get_misses, NULL},
    {"maxsize", ci_get_maxsize, NULL},
    {"currsize", ci_get_currsize, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c__functools_cacheinfo_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "CacheInfo",
    .module = "functools",
    .base = &py2c_tuple_type,
    .basicsize = sizeof(Py2cTuple),
    .dealloc = ci_dealloc,
    .repr = ci_repr,
    .hash = ci_hash,
    .richcompare = ci_richcompare,
    .iter = ci_iter,
    .len = ci_len,
    .getitem = ci_getitem,
    .contains = ci_contains,
    .getset = ci_getset,
};

/* --- the wrapper -------------------------------------------------------------------------- */

typedef struct LruWrapper {
    Py2cObject ob;
    Py2cValue func;
    Py2cValue cache;  /* dict key -> result, least recently used first */
    int64_t maxsize;  /* -1: unbounded (None) */
    int typed;
    int64_t hits, misses;
    Py2cValue dict;   /* __dict__ (__wrapped__, __name__, ...) */
} LruWrapper;

static LruWrapper *as_lru(Py2cValue v) { return (LruWrapper *)py2c_obj_ptr(v); }

static void lru_dealloc(Py2cObject *o) {
    LruWrapper *w = (LruWrapper *)o;
    py2c_decref(w->func);
    py2c_decref(w->cache);
    py2c_decref(w->dict);
    free(o);
}

/* CPython's kwd_mark: a unique object separating positional from keyword
 * parts of a key. */
static Py2cObject kwd_mark = PY2C_STATIC_HEADER(&py2c_object_type);

/* CPython's lru_cache_make_key. */
static Py2cValue make_key(const Py2cValue *args, size_t nargs, Py2cValue kwnames, int typed) {
    size_t nkw = py2c__kw_count(kwnames);
    if (!typed && !nkw) {
        if (nargs == 1) {
            Py2cValue k = args[0];
            const Py2cType *t = py2c_type_of(k);
            if (t == &py2c_str_type || t == &py2c_int_type) {
                py2c_incref(k);
                return k;
            }
        }
        return py2c_tuple_pack(nargs, args);
    }
    size_t size = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0);
    Py2cValue key = py2c_tuple_new(size);
    if (PY2C_IS_NULL(key)) return key;
    Py2cValue *items = py2c_tuple_ptr(key)->items;
    size_t n = 0;
    for (size_t i = 0; i < nargs; i++) items[n++] = args[i];
    if (nkw) {
        items[n++] = py2c_obj_value(&kwd_mark);
        for (size_t k = 0; k < nkw; k++) {
            items[n++] = py2c__kw_name(kwnames, k);
            items[n++] = args[nargs + k];
        }
    }
    if (typed) {
        for (size_t i = 0; i < nargs; i++) items[n++] = py2c_type_value_of(args[i]);
        for (size_t k = 0; k < nkw; k++) items[n++] = py2c_type_value_of(args[nargs + k]);
    }
    for (size_t i = 0; i < n; i++) py2c_incref(items[i]);
    return key;
}

static Py2cValue lru_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    LruWrapper *w = as_lru(self);
    if (w->maxsize == 0) {
        w->misses++;
        return py2c_call(w->func, args, nargs, kwnames);
    }
    Py2cValue key = make_key(args, nargs, kwnames, w->typed);
    if (PY2C_IS_NULL(key)) return key;
    Py2cValue r = py2c__dict_get(w->cache, key);
    if (!PY2C_IS_NULL(r)) {
        w->hits++;
        /* most recently used: move the key to the end */
        if (w->maxsize > 0 && (py2c_dict_delitem(w->cache, key) < 0 || py2c_dict_setitem(w->cache, key, r) < 0)) {
            py2c_decref(r);
            r = PY2C_NULL;
        }
        py2c_decref(key);
        return r;
    }
    if (py2c_error_occurred()) {
        py2c_decref(key);
        return PY2C_NULL;
    }
    w->misses++;
    py2c_incref(self); /* the call may drop the last other reference */
    r = py2c_call(w->func, args, nargs, kwnames);
    if (PY2C_IS_NULL(r)) goto done;
    if (w->maxsize > 0) {
        /* a recursive call may have cached the key meanwhile: keep that entry */
        int has = py2c_dict_contains(w->cache, key);
        if (has != 0) {
            if (has < 0) PY2C_CLEAR(r);
            goto done;
        }
        if (py2c_dict_size(w->cache) >= w->maxsize) {
            int64_t pos = 0;
            Py2cValue oldest;
            if (py2c_dict_next(w->cache, &pos, &oldest, NULL)) {
                py2c_incref(oldest);
                int rc = py2c_dict_delitem(w->cache, oldest);
                py2c_decref(oldest);
                if (rc < 0) {
                    PY2C_CLEAR(r);
                    goto done;
                }
            }
        }
    }
    if (py2c_dict_setitem(w->cache, key, r) < 0) PY2C_CLEAR(r);
done:
    py2c_decref(key);
    py2c_decref(self);
    return r;
}

static Py2cValue lru_cache_info(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw("cache_info", kwnames) < 0) return PY2C_NULL;
    if (nargs) return py2c_error_format(&py2c_exc_TypeError, "cache_info() takes no arguments (%zu given)", nargs);
    LruWrapper *w = as_lru(self);
    Py2cTuple *t = (Py2cTuple *)py2c__object_new(&py2c__functools_cacheinfo_type, sizeof(Py2cTuple) + 4 * sizeof(Py2cValue));
    if (!t) return PY2C_NULL;
    t->size = 4;
    t->items[0] = py2c_int_from_int64(w->hits);
    t->items[1] = py2c_int_from_int64(w->misses);
    t->items[2] = w->maxsize < 0 ? PY2C_NONE : py2c_int_from_int64(w->maxsize);
    t->items[3] = py2c_int_from_int64(py2c_dict_size(w->cache));
    return py2c_obj_value(&t->ob);
}

static Py2cValue lru_cache_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw("cache_clear", kwnames) < 0) return PY2C_NULL;
    if (nargs) return py2c_error_format(&py2c_exc_TypeError, "cache_clear() takes no arguments (%zu given)", nargs);
    LruWrapper *w = as_lru(self);
    Py2cValue fresh = py2c_dict_new();
    if (PY2C_IS_NULL(fresh)) return fresh;
    Py2cValue old = w->cache;
    w->cache = fresh;
    w->hits = w->misses = 0;
    py2c_decref(old);
    return PY2C_NONE;
}

static Py2cValue lru_cache_parameters(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw("cache_parameters", kwnames) < 0) return PY2C_NULL;
    if (nargs)
        return py2c_error_format(&py2c_exc_TypeError, "cache_parameters() takes 0 positional arguments but %zu were given",
                                 nargs);
    LruWrapper *w = as_lru(self);
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return d;
    Py2cValue ms = w->maxsize < 0 ? PY2C_NONE : py2c_int_from_int64(w->maxsize);
    Py2cValue k1 = py2c_str_from_cstr("maxsize"), k2 = py2c_str_from_cstr("typed");
    if (PY2C_IS_NULL(k1) || PY2C_IS_NULL(k2) || py2c_dict_setitem(d, k1, ms) < 0 ||
        py2c_dict_setitem(d, k2, py2c_bool(w->typed)) < 0)
        PY2C_CLEAR(d);
    py2c_decref(k1);
    py2c_decref(k2);
    py2c_decref(ms);
    return d;
}

static const Py2cMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info},
    {"cache_clear", lru_cache_clear},
    {"cache_parameters", lru_cache_parameters},
    {NULL, NULL},
};

/* A method decorated with lru_cache binds like a function. */
static Py2cValue lru_descr_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)type;
    if (PY2C_IS_NULL(obj) || py2c_is_none(obj)) {
        py2c_incref(self);
        return self;
    }
    return py2c_method_new(self, obj);
}

const Py2cType py2c__functools_lru_wrapper_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_lru_cache_wrapper",
    .module = "functools",
    .base = &py2c_object_type,
    .basicsize = sizeof(LruWrapper),
    .dealloc = lru_dealloc,
    .hash = py2c_object_hash,
    .call = lru_call,
    .methods = lru_methods,
    .dictoffset = offsetof(LruWrapper, dict),
    .descr_get = lru_descr_get,
};

/* A new wrapper of func (update_wrapper applied, as lru_cache does). */
static Py2cValue lru_wrap(Py2cValue func, int64_t maxsize, int typed) {
    if (!py2c_callable(func)) return py2c_error_format(&py2c_exc_TypeError, "the first argument must be callable");
    Py2cValue cache = py2c_dict_new();
    LruWrapper *w = PY2C_IS_NULL(cache) ? NULL
                                        : (LruWrapper *)py2c__object_new(&py2c__functools_lru_wrapper_type, sizeof *w);
    if (!w) {
        py2c_decref(cache);
        return PY2C_NULL;
    }
    py2c_incref(func);
    w->func = func;
    w->cache = cache;
    w->maxsize = maxsize;
    w->typed = typed;
    w->hits = w->misses = 0;
    w->dict = PY2C_NULL;
    Py2cValue v = py2c_obj_value(&w->ob);
    if (py2c__functools_update_wrapper(v, func) < 0) PY2C_CLEAR(v);
    return v;
}

/* --- lru_cache(maxsize=128, typed=False) and its decorating function ---------------------- */

typedef struct LruDecorator {
    Py2cObject ob;
    int64_t maxsize;
    int typed;
} LruDecorator;

static Py2cValue decorator_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    LruDecorator *d = (LruDecorator *)py2c_obj_ptr(self);
    if (py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "decorating_function() got an unexpected keyword argument '%s'",
                                 py2c__as_str(py2c__kw_name(kwnames, 0))->data);
    if (nargs == 0)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "decorating_function() missing 1 required positional argument: 'user_function'");
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "decorating_function() takes 1 positional argument but %zu were given", nargs);
    return lru_wrap(args[0], d->maxsize, d->typed);
}

static Py2cValue decorator_get_name(Py2cValue self) {
    (void)self;
    return py2c_str_from_cstr("decorating_function");
}

static Py2cValue decorator_get_qualname(Py2cValue self) {
    (void)self;
    return py2c_str_from_cstr("lru_cache.<locals>.decorating_function");
}

static const Py2cGetSetDef decorator_getset[] = {
    {"__name__", decorator_get_name, NULL},
    {"__qualname__", decorator_get_qualname, NULL},
    {NULL, NULL, NULL},
};

static const Py2cType decorator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "decorating_function",
    .module = "functools",
    .base = &py2c_object_type,
    .basicsize = sizeof(LruDecorator),
    .hash = py2c_object_hash,
    .call = decorator_call,
    .getset = decorator_getset,
};

static int typed_flag(Py2cValue v, int *out) {
    if (PY2C_IS_NULL(v)) {
        *out = 0;
        return 0;
    }
    int t = py2c_is_true(v);
    if (t < 0) return -1;
    *out = t;
    return 0;
}

static Py2cValue ft_lru_cache(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"maxsize", "typed"};
    if (nargs > 2)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "lru_cache() takes from 0 to 2 positional arguments but %zu were given", nargs);
    Py2cValue a[2] = {PY2C_NULL, PY2C_NULL};
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        int slot = py2c__str_eq_cstr(name, names[0]) ? 0 : py2c__str_eq_cstr(name, names[1]) ? 1 : -1;
        if (slot < 0)
            return py2c_error_format(&py2c_exc_TypeError, "lru_cache() got an unexpected keyword argument '%s'",
                                     py2c__as_str(name)->data);
        if (!PY2C_IS_NULL(a[slot]))
            return py2c_error_format(&py2c_exc_TypeError, "lru_cache() got multiple values for argument '%s'",
                                     names[slot]);
        a[slot] = args[nargs + k];
    }
    int typed;
    if (typed_flag(a[1], &typed) < 0) return PY2C_NULL;
    int64_t maxsize = 128;
    Py2cValue ms = a[0];
    if (!PY2C_IS_NULL(ms) && py2c_is_int(ms)) {
        if (py2c__bltin_as_int64(ms, &maxsize) < 0) return PY2C_NULL;
        if (maxsize < 0) maxsize = 0;
    } else if (!PY2C_IS_NULL(ms) && py2c_callable(ms) && (PY2C_IS_NULL(a[1]) || py2c_is_bool(a[1]))) {
        /* @lru_cache without parentheses: the user function came first */
        return lru_wrap(ms, 128, typed);
    } else if (!PY2C_IS_NULL(ms) && py2c_is_none(ms)) {
        maxsize = -1;
    } else if (!PY2C_IS_NULL(ms)) {
        return py2c_error_format(&py2c_exc_TypeError, "Expected first argument to be an integer, a callable, or None");
    }
    LruDecorator *d = (LruDecorator *)py2c__object_new(&decorator_type, sizeof *d);
    if (!d) return PY2C_NULL;
    d->maxsize = maxsize;
    d->typed = typed;
    return py2c_obj_value(&d->ob);
}
PY2C_BUILTIN_FUNCTION(py2c__functools_lru_cache_fn, "lru_cache", ft_lru_cache);

static Py2cValue ft_cache(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"user_function"};
    if (nargs == 0 && !py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "cache() missing 1 required positional argument: 'user_function'");
    if (nargs > 1 || py2c__kw_count(kwnames) > (nargs ? 0u : 1u)) {
        if (nargs + py2c__kw_count(kwnames) > 1)
            return py2c_error_format(&py2c_exc_TypeError, "cache() takes 1 positional argument but %zu were given",
                                     nargs + py2c__kw_count(kwnames));
    }
    Py2cValue f = nargs ? args[0] : PY2C_NULL;
    if (PY2C_IS_NULL(f)) {
        if (!py2c__str_eq_cstr(py2c__kw_name(kwnames, 0), names[0]))
            return py2c_error_format(&py2c_exc_TypeError, "cache() got an unexpected keyword argument '%s'",
                                     py2c__as_str(py2c__kw_name(kwnames, 0))->data);
        f = args[0];
    }
    return lru_wrap(f, -1, 0);
}
PY2C_BUILTIN_FUNCTION(py2c__functools_cache_fn, "cache", ft_cache);
