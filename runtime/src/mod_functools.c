/* The functools module (CPython's Lib/functools.py and Modules/_functoolsmodule.c),
 * part 1: reduce, partial, cmp_to_key, update_wrapper/wraps and
 * total_ordering. lru_cache and cache are in mod_functools_lru.c. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "mod_functools_internal.h"

PY2C_STDLIB_MODULE("functools", py2c__module_init_functools);

/* --- reduce ----------------------------------------------------------------------------- */

static Py2cValue ft_reduce(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__args_no_kw("reduce", kwnames) < 0) return PY2C_NULL;
    if (nargs < 2 || nargs > 3)
        return py2c_error_format(&py2c_exc_TypeError, "reduce expected at %s %d arguments, got %zu",
                                 nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
    Py2cValue it = py2c_iter(args[1]);
    if (PY2C_IS_NULL(it)) {
        if (py2c_error_matches(&py2c_exc_TypeError)) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return PY2C_NULL;
    }
    Py2cValue result = nargs == 3 ? args[2] : PY2C_NULL;
    py2c_incref(result);
    for (;;) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) {
            if (py2c_error_occurred()) PY2C_CLEAR(result);
            break;
        }
        if (PY2C_IS_NULL(result)) {
            result = item;
            continue;
        }
        Py2cValue pair[2] = {result, item};
        Py2cValue r = py2c_call(args[0], pair, 2, PY2C_NULL);
        py2c_decref(result);
        py2c_decref(item);
        result = r;
        if (PY2C_IS_NULL(r)) break;
    }
    py2c_decref(it);
    if (PY2C_IS_NULL(result) && !py2c_error_occurred())
        (void)py2c_error_format(&py2c_exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}
static PY2C_BUILTIN_FUNCTION(reduce_obj, "reduce", ft_reduce);

/* --- partial ---------------------------------------------------------------------------- */

typedef struct Partial {
    Py2cObject ob;
    Py2cValue fn, args, kw; /* args: tuple; kw: dict */
    Py2cValue dict;
} Partial;

extern const Py2cType py2c__functools_partial_type;

static Partial *as_partial(Py2cValue v) { return (Partial *)py2c_obj_ptr(v); }

static void partial_dealloc(Py2cObject *o) {
    Partial *p = (Partial *)o;
    py2c_decref(p->fn);
    py2c_decref(p->args);
    py2c_decref(p->kw);
    py2c_decref(p->dict);
    free(o);
}

/* kwargs of a call as a new dict merged over base (a dict or PY2C_NULL). */
static Py2cValue merge_kwargs(Py2cValue base, const Py2cValue *values, Py2cValue kwnames) {
    Py2cValue d = PY2C_IS_NULL(base) ? py2c_dict_new() : py2c_dict_copy(base);
    if (PY2C_IS_NULL(d)) return d;
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++)
        if (py2c_dict_setitem(d, py2c__kw_name(kwnames, k), values[k]) < 0) {
            py2c_decref(d);
            return PY2C_NULL;
        }
    return d;
}

static Py2cValue partial_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    if (nargs == 0) return py2c_error_format(&py2c_exc_TypeError, "type 'partial' takes at least one argument");
    Py2cValue fn = args[0];
    if (!py2c_callable(fn)) return py2c_error_format(&py2c_exc_TypeError, "the first argument must be callable");
    Py2cValue base_args = PY2C_NULL, base_kw = PY2C_NULL;
    if (py2c_is_obj(fn) && py2c_obj_ptr(fn)->type == &py2c__functools_partial_type) {
        /* partial(partial(f, 1), 2) flattens to partial(f, 1, 2) */
        Partial *inner = as_partial(fn);
        fn = inner->fn;
        base_args = inner->args;
        base_kw = inner->kw;
    }
    size_t nbase = PY2C_IS_NULL(base_args) ? 0 : (size_t)py2c_tuple_size(base_args);
    Py2cValue pargs = py2c_tuple_new(nbase + nargs - 1);
    if (PY2C_IS_NULL(pargs)) return pargs;
    for (size_t i = 0; i < nbase + nargs - 1; i++) {
        Py2cValue v = i < nbase ? py2c_tuple_item(base_args, (int64_t)i) : args[1 + i - nbase];
        py2c_incref(v);
        py2c_tuple_ptr(pargs)->items[i] = v;
    }
    Py2cValue kw = merge_kwargs(base_kw, args + nargs, kwnames);
    Partial *p = PY2C_IS_NULL(kw) ? NULL : (Partial *)py2c__object_new(&py2c__functools_partial_type, sizeof *p);
    if (!p) {
        py2c_decref(pargs);
        py2c_decref(kw);
        return PY2C_NULL;
    }
    py2c_incref(fn);
    p->fn = fn;
    p->args = pargs;
    p->kw = kw;
    p->dict = PY2C_NULL;
    return py2c_obj_value(&p->ob);
}

static Py2cValue partial_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Partial *p = as_partial(self);
    size_t npre = (size_t)py2c_tuple_size(p->args), nkw = py2c__kw_count(kwnames);
    Py2cValue kw = PY2C_NULL;
    if (nkw) {
        kw = merge_kwargs(p->kw, args + nargs, kwnames);
        if (PY2C_IS_NULL(kw)) return kw;
    } else {
        kw = p->kw;
        py2c_incref(kw);
    }
    size_t nk = (size_t)py2c_dict_size(kw), total = npre + nargs + nk;
    Py2cValue small[16];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * (total ? total : 1));
    Py2cValue names = nk ? py2c_tuple_new(nk) : PY2C_NULL;
    Py2cValue r = PY2C_NULL;
    if (!buf || (nk && PY2C_IS_NULL(names))) {
        if (!buf) (void)py2c_error_nomemory();
        goto done;
    }
    if (npre) memcpy(buf, py2c_tuple_ptr(p->args)->items, sizeof *buf * npre);
    if (nargs) memcpy(buf + npre, args, sizeof *buf * nargs);
    int64_t pos = 0;
    Py2cValue k, v;
    size_t i = 0;
    while (py2c_dict_next(kw, &pos, &k, &v)) {
        py2c_incref(k);
        py2c_tuple_ptr(names)->items[i] = k;
        buf[npre + nargs + i++] = v;
    }
    r = py2c_call(p->fn, buf, npre + nargs, names);
done:
    if (buf != small) free(buf);
    py2c_decref(names);
    py2c_decref(kw);
    return r;
}

static Py2cValue partial_repr(Py2cValue self) {
    Partial *p = as_partial(self);
    int rec = py2c__repr_enter(self);
    if (rec < 0) return PY2C_NULL;
    if (rec > 0) return py2c_str_from_cstr("...");
    Py2cBuf b = {0};
    if (py2c__buf_puts(&b, "functools.partial(") < 0 || py2c__buf_put_repr(&b, p->fn) < 0) goto fail;
    for (int64_t i = 0; i < py2c_tuple_size(p->args); i++)
        if (py2c__buf_puts(&b, ", ") < 0 || py2c__buf_put_repr(&b, py2c_tuple_item(p->args, i)) < 0) goto fail;
    int64_t pos = 0;
    Py2cValue k, v;
    while (py2c_dict_next(p->kw, &pos, &k, &v)) {
        Py2cValue ks = py2c_str(k);
        if (PY2C_IS_NULL(ks)) goto fail;
        int rc = py2c__buf_puts(&b, ", ") < 0 || py2c__buf_puts(&b, py2c__as_str(ks)->data) < 0 ||
                 py2c__buf_puts(&b, "=") < 0 || py2c__buf_put_repr(&b, v) < 0;
        py2c_decref(ks);
        if (rc) goto fail;
    }
    if (py2c__buf_puts(&b, ")") < 0) goto fail;
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail:
    py2c__repr_leave(self);
    py2c__buf_free(&b);
    return PY2C_NULL;
}

#define PARTIAL_FIELD(fname, field)               \
    static Py2cValue fname(Py2cValue self) {      \
        Py2cValue v = as_partial(self)->field;    \
        py2c_incref(v);                           \
        return v;                                 \
    }
PARTIAL_FIELD(partial_get_func, fn)
PARTIAL_FIELD(partial_get_args, args)
PARTIAL_FIELD(partial_get_keywords, kw)

static const Py2cGetSetDef partial_getset[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c__functools_partial_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "partial",
    .module = "functools",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Partial),
    .dealloc = partial_dealloc,
    .new_ = partial_new,
    .repr = partial_repr,
    .hash = py2c_object_hash,
    .call = partial_call,
    .getset = partial_getset,
    .dictoffset = offsetof(Partial, dict),
};

/* --- cmp_to_key ------------------------------------------------------------------------- */

typedef struct KeyWrapper {
    Py2cObject ob;
    Py2cValue cmp;
    Py2cValue obj; /* PY2C_NULL for the key function itself */
} KeyWrapper;

extern const Py2cType py2c__functools_keywrapper_type;

static void keywrapper_dealloc(Py2cObject *o) {
    py2c_decref(((KeyWrapper *)o)->cmp);
    py2c_decref(((KeyWrapper *)o)->obj);
    free(o);
}

static Py2cValue keywrapper_make(Py2cValue cmp, Py2cValue obj) {
    KeyWrapper *k = (KeyWrapper *)py2c__object_new(&py2c__functools_keywrapper_type, sizeof *k);
    if (!k) return PY2C_NULL;
    py2c_incref(cmp);
    py2c_incref(obj);
    k->cmp = cmp;
    k->obj = obj;
    return py2c_obj_value(&k->ob);
}

static Py2cValue keywrapper_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"obj"};
    static const Py2cArgSpec spec = {"K", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return keywrapper_make(((KeyWrapper *)py2c_obj_ptr(self))->cmp, a[0]);
}

static Py2cValue keywrapper_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_obj(b) || py2c_obj_ptr(b)->type != &py2c__functools_keywrapper_type)
        return py2c_error_format(&py2c_exc_TypeError, "other argument must be K instance");
    KeyWrapper *ka = (KeyWrapper *)py2c_obj_ptr(a), *kb = (KeyWrapper *)py2c_obj_ptr(b);
    if (PY2C_IS_NULL(ka->obj) || PY2C_IS_NULL(kb->obj))
        return py2c_error_format(&py2c_exc_AttributeError, "object");
    Py2cValue pair[2] = {ka->obj, kb->obj};
    Py2cValue r = py2c_call(ka->cmp, pair, 2, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return r;
    Py2cValue res = py2c_compare(r, py2c_int(0), op);
    py2c_decref(r);
    return res;
}

static Py2cValue keywrapper_get_obj(Py2cValue self) {
    Py2cValue v = ((KeyWrapper *)py2c_obj_ptr(self))->obj;
    if (PY2C_IS_NULL(v)) return py2c_error_format(&py2c_exc_AttributeError, "obj");
    py2c_incref(v);
    return v;
}

static const Py2cGetSetDef keywrapper_getset[] = {
    {"obj", keywrapper_get_obj, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c__functools_keywrapper_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "KeyWrapper",
    .module = "functools",
    .base = &py2c_object_type,
    .basicsize = sizeof(KeyWrapper),
    .dealloc = keywrapper_dealloc,
    .call = keywrapper_call,
    .richcompare = keywrapper_richcompare,
    .getset = keywrapper_getset,
};

static Py2cValue ft_cmp_to_key(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"mycmp"};
    static const Py2cArgSpec spec = {"cmp_to_key", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return keywrapper_make(a[0], PY2C_NULL);
}
static PY2C_BUILTIN_FUNCTION(cmp_to_key_obj, "cmp_to_key", ft_cmp_to_key);

/* --- update_wrapper and wraps ----------------------------------------------------------- */

static const char *const assignments[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

/* wrapper.<name>.update(wrapped.<name>) for "__dict__": each item of the
 * wrapped object's __dict__ set on the wrapper (the same result for any
 * wrapper with a __dict__, even where __dict__ itself is not exposed). */
static int update_dict(Py2cValue wrapper, Py2cValue wrapped) {
    Py2cValue d = PY2C_NULL;
    if (py2c_is_obj(wrapped) && py2c_obj_ptr(wrapped)->type->dictoffset) {
        d = py2c__object_dict(wrapped, false); /* DICT mode, as wrapped.__dict__ */
        py2c_incref(d);
    } else {
        Py2cValue name = py2c_str_from_cstr("__dict__");
        if (PY2C_IS_NULL(name)) return -1;
        d = py2c_getattr_opt(wrapped, name);
        py2c_decref(name);
        if (PY2C_IS_NULL(d) && py2c_error_occurred()) {
            if (!py2c_error_matches(&py2c_exc_AttributeError)) return -1;
            py2c_error_clear();
        }
    }
    if (PY2C_IS_NULL(d)) return 0;
    int rc = 0;
    if (py2c_is_dict(d)) {
        /* a snapshot: setting attributes on the wrapper may be the same dict */
        Py2cValue items = py2c_dict_copy(d);
        if (PY2C_IS_NULL(items)) rc = -1;
        int64_t pos = 0;
        Py2cValue k, v;
        while (rc == 0 && py2c_dict_next(items, &pos, &k, &v)) rc = py2c_setattr(wrapper, k, v);
        py2c_decref(items);
    }
    py2c_decref(d);
    return rc;
}

/* update_wrapper(wrapper, wrapped, assigned, updated); absent (PY2C_NULL)
 * assigned/updated are the defaults. 0 or -1. */
static int update_wrapper_ex(Py2cValue wrapper, Py2cValue wrapped, Py2cValue assigned, Py2cValue updated) {
    size_t na = PY2C_IS_NULL(assigned) ? sizeof assignments / sizeof assignments[0] : 0;
    Py2cValue seq = PY2C_NULL;
    if (!PY2C_IS_NULL(assigned)) {
        seq = py2c_tuple_from_iterable(assigned);
        if (PY2C_IS_NULL(seq)) return -1;
        na = (size_t)py2c_tuple_size(seq);
    }
    for (size_t i = 0; i < na; i++) {
        Py2cValue name = PY2C_IS_NULL(seq) ? py2c_str_from_cstr(assignments[i]) : py2c_tuple_item(seq, (int64_t)i);
        if (PY2C_IS_NULL(seq)) {
            if (PY2C_IS_NULL(name)) return -1;
        } else {
            py2c_incref(name);
        }
        Py2cValue v = py2c_getattr_opt(wrapped, name);
        if (PY2C_IS_NULL(v) && py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
        int rc = PY2C_IS_NULL(v) ? (py2c_error_occurred() ? -1 : 0) : py2c_setattr(wrapper, name, v);
        py2c_decref(v);
        py2c_decref(name);
        if (rc < 0) {
            py2c_decref(seq);
            return -1;
        }
    }
    py2c_decref(seq);
    if (PY2C_IS_NULL(updated)) {
        if (update_dict(wrapper, wrapped) < 0) return -1;
    } else {
        seq = py2c_tuple_from_iterable(updated);
        if (PY2C_IS_NULL(seq)) return -1;
        for (int64_t i = 0; i < py2c_tuple_size(seq); i++) {
            Py2cValue name = py2c_tuple_item(seq, i);
            int rc;
            if (py2c__str_eq_cstr(name, "__dict__")) {
                rc = update_dict(wrapper, wrapped);
            } else {
                /* getattr(wrapper, attr).update(getattr(wrapped, attr, {})) */
                Py2cValue target = py2c_getattr(wrapper, name);
                Py2cValue src = PY2C_IS_NULL(target) ? PY2C_NULL : py2c_getattr_opt(wrapped, name);
                if (PY2C_IS_NULL(src) && !PY2C_IS_NULL(target) && !py2c_error_occurred()) src = py2c_dict_new();
                Py2cValue upd = py2c_str_from_cstr("update");
                Py2cValue r = PY2C_IS_NULL(src) || PY2C_IS_NULL(upd) ? PY2C_NULL
                                                                     : py2c_call_method(target, upd, &src, 1, PY2C_NULL);
                rc = PY2C_IS_NULL(r) ? -1 : 0;
                py2c_decref(r);
                py2c_decref(upd);
                py2c_decref(src);
                py2c_decref(target);
            }
            if (rc < 0) {
                py2c_decref(seq);
                return -1;
            }
        }
        py2c_decref(seq);
    }
    Py2cValue wname = py2c_str_from_cstr("__wrapped__");
    if (PY2C_IS_NULL(wname)) return -1;
    int rc = py2c_setattr(wrapper, wname, wrapped);
    py2c_decref(wname);
    return rc;
}

int py2c__functools_update_wrapper(Py2cValue wrapper, Py2cValue wrapped) {
    return update_wrapper_ex(wrapper, wrapped, PY2C_NULL, PY2C_NULL);
}

static Py2cValue ft_update_wrapper(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated"};
    static const Py2cArgSpec spec = {"update_wrapper", names, 0, 2, 4, 4};
    Py2cValue a[4];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (update_wrapper_ex(a[0], a[1], a[2], a[3]) < 0) return PY2C_NULL;
    py2c_incref(a[0]);
    return a[0];
}
static PY2C_BUILTIN_FUNCTION(update_wrapper_obj, "update_wrapper", ft_update_wrapper);

/* wraps(wrapped, assigned=..., updated=...) is, as in CPython,
 * partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...). */
static Py2cValue ft_wraps(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"wrapped", "assigned", "updated"};
    static const Py2cArgSpec spec = {"wraps", names, 0, 1, 3, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue vals[4] = {PY2C_BUILTIN_VALUE(update_wrapper_obj), a[0], PY2C_NULL, PY2C_NULL};
    Py2cValue kn[3];
    size_t nkw = 0;
    kn[nkw++] = py2c_str_from_cstr("wrapped");
    for (int i = 1; i < 3; i++) {
        vals[1 + nkw] = PY2C_IS_NULL(a[i]) ? PY2C_NULL : a[i];
        if (PY2C_IS_NULL(a[i])) continue;
        kn[nkw++] = py2c_str_from_cstr(names[i]);
    }
    Py2cValue r = PY2C_NULL;
    Py2cValue knt = py2c_tuple_new(nkw);
    if (!PY2C_IS_NULL(knt)) {
        int ok = 1;
        for (size_t i = 0; i < nkw; i++) {
            py2c_tuple_ptr(knt)->items[i] = kn[i];
            ok = ok && !PY2C_IS_NULL(kn[i]);
        }
        if (ok) r = partial_new(py2c_type_value(&py2c__functools_partial_type), vals, 1, knt);
        py2c_decref(knt);
    } else {
        for (size_t i = 0; i < nkw; i++) py2c_decref(kn[i]);
    }
    return r;
}
static PY2C_BUILTIN_FUNCTION(wraps_obj, "wraps", ft_wraps);

/* --- total_ordering --------------------------------------------------------------------- */

/* The derived comparison methods of CPython's functools._convert, one
 * immortal callable each: root is the method the class defines, and the
 * result combines it with == / != as the Python source does (`and`/`or`
 * return an operand, `not` a bool). */
enum { ROOT_LT, ROOT_LE, ROOT_GT, ROOT_GE };
enum { COMB_NOT_AND_NE, COMB_OR_EQ, COMB_NOT, COMB_NOT_OR_EQ, COMB_AND_NE };

typedef struct Derived {
    Py2cObject ob;
    const char *name; /* the dunder it becomes, "__gt__" */
    int root, comb;
} Derived;

static const char *const root_names[] = {"__lt__", "__le__", "__gt__", "__ge__"};

static Py2cValue derived_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Derived *d = (Derived *)py2c_obj_ptr(self);
    if (py2c__kw_count(kwnames) || nargs != 2)
        return py2c_error_format(&py2c_exc_TypeError, "%s() takes 2 positional arguments but %zu were given", d->name,
                                 nargs + py2c__kw_count(kwnames));
    Py2cValue me = args[0], other = args[1];
    /* type(self).__lt__(self, other) */
    Py2cValue f = py2c__heap_lookup(py2c_type_of(me), root_names[d->root]);
    Py2cValue r;
    if (!PY2C_IS_NULL(f)) {
        r = py2c_call(f, args, 2, PY2C_NULL);
    } else {
        static const Py2cCompareOp ops[] = {PY2C_LT, PY2C_LE, PY2C_GT, PY2C_GE};
        const Py2cType *t = py2c_type_of(me);
        r = t->richcompare ? t->richcompare(me, other, ops[d->root]) : PY2C_NOT_IMPLEMENTED;
    }
    if (PY2C_IS_NULL(r) || PY2C_IS_NOT_IMPLEMENTED(r)) return r;
    int truth = py2c_is_true(r);
    if (truth < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    switch (d->comb) {
    case COMB_NOT:
        py2c_decref(r);
        return py2c_bool(!truth);
    case COMB_NOT_AND_NE: /* not r and self != other */
        py2c_decref(r);
        return truth ? PY2C_FALSE : py2c_compare(me, other, PY2C_NE);
    case COMB_NOT_OR_EQ: /* not r or self == other */
        py2c_decref(r);
        return !truth ? PY2C_TRUE : py2c_compare(me, other, PY2C_EQ);
    case COMB_OR_EQ: /* r or self == other */
        if (truth) return r;
        py2c_decref(r);
        return py2c_compare(me, other, PY2C_EQ);
    case COMB_AND_NE: /* r and self != other */
        if (!truth) return r;
        py2c_decref(r);
        return py2c_compare(me, other, PY2C_NE);
    }
    return r;
}

static Py2cValue derived_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)type;
    if (PY2C_IS_NULL(obj) || py2c_is_none(obj)) {
        py2c_incref(self);
        return self;
    }
    return py2c_method_new(self, obj);
}

static Py2cValue derived_get_name(Py2cValue self) {
    return py2c_str_from_cstr(((Derived *)py2c_obj_ptr(self))->name);
}

static const Py2cGetSetDef derived_getset[] = {
    {"__name__", derived_get_name, NULL},
    {"__qualname__", derived_get_name, NULL},
    {NULL, NULL, NULL},
};

static const Py2cType derived_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_total_ordering_method",
    .module = "functools",
    .base = &py2c_object_type,
    .basicsize = sizeof(Derived),
    .hash = py2c_object_hash,
    .call = derived_call,
    .getset = derived_getset,
    .descr_get = derived_get,
};

#define DERIVED(n, r, c) {PY2C_STATIC_HEADER(&derived_type), n, r, c}
/* convert[root][i]: CPython's _convert table, in its order. */
static Derived convert[4][3] = {
    {DERIVED("__gt__", ROOT_LT, COMB_NOT_AND_NE), DERIVED("__le__", ROOT_LT, COMB_OR_EQ),
     DERIVED("__ge__", ROOT_LT, COMB_NOT)},
    {DERIVED("__ge__", ROOT_LE, COMB_NOT_OR_EQ), DERIVED("__lt__", ROOT_LE, COMB_AND_NE),
     DERIVED("__gt__", ROOT_LE, COMB_NOT)},
    {DERIVED("__lt__", ROOT_GT, COMB_NOT_AND_NE), DERIVED("__ge__", ROOT_GT, COMB_OR_EQ),
     DERIVED("__le__", ROOT_GT, COMB_NOT)},
    {DERIVED("__le__", ROOT_GE, COMB_NOT_OR_EQ), DERIVED("__gt__", ROOT_GE, COMB_AND_NE),
     DERIVED("__lt__", ROOT_GE, COMB_NOT)},
};

static Py2cValue ft_total_ordering(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"cls"};
    static const Py2cArgSpec spec = {"total_ordering", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue cls = a[0];
    if (!py2c_is_obj(cls) || !py2c_type_is_subtype(py2c_obj_ptr(cls)->type, &py2c_type_type))
        return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '__lt__'",
                                 py2c_type_name(cls));
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    /* roots: the comparisons the class (not object) defines */
    int defined[4], root = -1;
    for (int i = 0; i < 4; i++) {
        defined[i] = !PY2C_IS_NULL(py2c__heap_lookup(t, root_names[i]));
    }
    /* max(roots) by name: __lt__ > __le__ > __gt__ > __ge__ */
    static const int preference[] = {ROOT_LT, ROOT_LE, ROOT_GT, ROOT_GE};
    for (int i = 0; i < 4 && root < 0; i++)
        if (defined[preference[i]]) root = preference[i];
    if (root < 0)
        return py2c_error_format(&py2c_exc_ValueError, "must define at least one ordering operation: < > <= >=");
    for (int i = 0; i < 3; i++) {
        Derived *d = &convert[root][i];
        int target = -1;
        for (int j = 0; j < 4; j++)
            if (strcmp(root_names[j], d->name) == 0) target = j;
        if (defined[target]) continue;
        Py2cValue name = py2c_str_from_cstr(d->name);
        if (PY2C_IS_NULL(name)) return name;
        int rc = py2c_setattr(cls, name, py2c_obj_value(&d->ob));
        py2c_decref(name);
        if (rc < 0) return PY2C_NULL;
    }
    py2c_incref(cls);
    return cls;
}
static PY2C_BUILTIN_FUNCTION(total_ordering_obj, "total_ordering", ft_total_ordering);

/* --- the module ------------------------------------------------------------------------- */

static Py2cValue names_tuple(const char *const *names, size_t n) {
    Py2cValue t = py2c_tuple_new(n);
    if (PY2C_IS_NULL(t)) return t;
    for (size_t i = 0; i < n; i++) {
        Py2cValue s = py2c_str_from_cstr(names[i]);
        if (PY2C_IS_NULL(s)) {
            py2c_decref(t);
            return s;
        }
        py2c_tuple_ptr(t)->items[i] = s;
    }
    return t;
}

Py2cValue py2c__module_init_functools(void) {
    Py2cValue m = py2c_module_new("functools");
    if (PY2C_IS_NULL(m)) return m;
    static const char *const updates[] = {"__dict__"};
    Py2cValue wa = names_tuple(assignments, sizeof assignments / sizeof assignments[0]);
    Py2cValue wu = names_tuple(updates, 1);
    int rc = PY2C_IS_NULL(wa) || PY2C_IS_NULL(wu) || py2c_module_add(m, "WRAPPER_ASSIGNMENTS", wa) < 0 ||
             py2c_module_add(m, "WRAPPER_UPDATES", wu) < 0 ||
             py2c_module_add(m, "reduce", PY2C_BUILTIN_VALUE(reduce_obj)) < 0 ||
             py2c_module_add(m, "partial", py2c_type_value(&py2c__functools_partial_type)) < 0 ||
             py2c_module_add(m, "cmp_to_key", PY2C_BUILTIN_VALUE(cmp_to_key_obj)) < 0 ||
             py2c_module_add(m, "KeyWrapper", py2c_type_value(&py2c__functools_keywrapper_type)) < 0 ||
             py2c_module_add(m, "update_wrapper", PY2C_BUILTIN_VALUE(update_wrapper_obj)) < 0 ||
             py2c_module_add(m, "wraps", PY2C_BUILTIN_VALUE(wraps_obj)) < 0 ||
             py2c_module_add(m, "total_ordering", PY2C_BUILTIN_VALUE(total_ordering_obj)) < 0 ||
             py2c_module_add(m, "lru_cache", PY2C_BUILTIN_VALUE(py2c__functools_lru_cache_fn)) < 0 ||
             py2c_module_add(m, "cache", PY2C_BUILTIN_VALUE(py2c__functools_cache_fn)) < 0 ||
             py2c_module_add(m, "_lru_cache_wrapper", py2c_type_value(&py2c__functools_lru_wrapper_type)) < 0 ||
             py2c_module_add(m, "CacheInfo", py2c_type_value(&py2c__functools_cacheinfo_type)) < 0;
    py2c_decref(wa);
    py2c_decref(wu);
    if (rc) PY2C_CLEAR(m);
    return m;
}
