/* The copy module (CPython's Lib/copy.py): copy() and deepcopy() with the
 * same dispatch: atomic values are their own copy, containers are rebuilt
 * (deepcopy keeps shared and recursive references through the memo dict,
 * keyed by id(), as CPython, including its keep-alive list under
 * id(memo)), __copy__/__deepcopy__ are honoured, and instances of user
 * classes are rebuilt as copyreg.__newobj__ does: cls.__new__(cls) without
 * __init__, then the state (__dict__, or __getstate__()) copied in, through
 * __setstate__ when the class has one. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "modsupport.h"

PY2C_STDLIB_MODULE("copy", py2c__module_init_copy);

/* copy.Error (copy.error is the same class), made at the first import. */
static Py2cValue copy_error_class;
static int copy_error_made;

static Py2cValue deep(Py2cValue x, Py2cValue memo);

/* id(v) as an int (new). */
static Py2cValue id_of(Py2cValue v) { return py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_id), &v, 1, PY2C_NULL); }

/* Values that are their own copy (copy._copy_dispatch's immutable types). */
static int is_atomic(Py2cValue x) {
    if (!py2c_is_obj(x) || py2c_is_int(x)) return 1;
    const Py2cType *t = py2c_type_of(x);
    if (py2c_type_is_subtype(t, &py2c_type_type)) return 1; /* classes */
    return t == &py2c_str_type || t == &py2c_bytes_type || t == &py2c_range_type || t == &py2c_function_type ||
           t == &py2c_builtin_function_type || t == &py2c_property_type || t == &py2c_ellipsis_type ||
           t == &py2c_notimplemented_type;
}

/* memo.get(key) (a new reference) or PY2C_NULL without an exception. */
static Py2cValue memo_get(Py2cValue memo, Py2cValue key) {
    if (py2c_is_dict(memo)) return py2c__dict_get(memo, key);
    Py2cValue v = py2c_getitem(memo, key);
    if (PY2C_IS_NULL(v) && py2c_error_matches(&py2c_exc_KeyError)) py2c_error_clear();
    return v;
}

/* memo[id(x)] = y and copy._keep_alive(x, memo). 0 or -1. */
static int memo_store(Py2cValue memo, Py2cValue x, Py2cValue y) {
    Py2cValue d = id_of(x);
    if (PY2C_IS_NULL(d)) return -1;
    int rc = py2c_setitem(memo, d, y);
    py2c_decref(d);
    return rc;
}

static int keep_alive(Py2cValue memo, Py2cValue x) {
    Py2cValue d = id_of(memo);
    if (PY2C_IS_NULL(d)) return -1;
    Py2cValue l = memo_get(memo, d);
    int rc = -1;
    if (PY2C_IS_NULL(l) && !py2c_error_occurred()) {
        l = py2c_list_new(1);
        if (!PY2C_IS_NULL(l) && py2c_list_append(l, x) == 0) rc = py2c_setitem(memo, d, l);
    } else if (!PY2C_IS_NULL(l)) {
        Py2cValue app = py2c_str_from_cstr("append");
        Py2cValue r = PY2C_IS_NULL(app) ? PY2C_NULL : py2c_call_method(l, app, &x, 1, PY2C_NULL);
        rc = PY2C_IS_NULL(r) ? -1 : 0;
        py2c_decref(r);
        py2c_decref(app);
    }
    py2c_decref(l);
    py2c_decref(d);
    return rc;
}

static Py2cValue str_const(const char *s) { return py2c_str_from_cstr(s); }

/* name looked up on x (new reference), PY2C_NULL without exception if absent. */
static Py2cValue attr_opt(Py2cValue x, const char *name) {
    Py2cValue n = str_const(name);
    if (PY2C_IS_NULL(n)) return n;
    Py2cValue v = py2c_getattr_opt(x, n);
    py2c_decref(n);
    if (PY2C_IS_NULL(v) && py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
    return v;
}

/* cls.__new__(cls) for a user class (copyreg.__newobj__). */
static Py2cValue new_instance(const Py2cType *t) {
    Py2cValue cls = py2c_type_value(t);
    Py2cValue newf = py2c__heap_lookup(t, "__new__");
    if (!PY2C_IS_NULL(newf)) {
        if (py2c_is_obj(newf) && py2c_obj_ptr(newf)->type == &py2c_staticmethod_type)
            newf = py2c__staticmethod_func(newf);
        return py2c_call(newf, &cls, 1, PY2C_NULL);
    }
    return py2c__instance_alloc(t, NULL, 0);
}

/* copy._reconstruct for an instance of a user class; memo PY2C_NULL: shallow. */
static Py2cValue reconstruct(Py2cValue x, Py2cValue memo) {
    const Py2cType *t = py2c_type_of(x);
    Py2cValue y = new_instance(t);
    if (PY2C_IS_NULL(y)) return y;
    if (!PY2C_IS_NULL(memo) && memo_store(memo, x, y) < 0) goto fail;
    /* state: x.__getstate__() if the class defines it, else its __dict__ (None when empty) */
    Py2cValue state;
    Py2cValue getstate = py2c__heap_lookup(t, "__getstate__");
    if (!PY2C_IS_NULL(getstate)) {
        state = py2c_call(getstate, &x, 1, PY2C_NULL);
        if (PY2C_IS_NULL(state)) goto fail;
    } else {
        state = t->dictoffset ? py2c__object_dict(x, false) : PY2C_NULL; /* DICT mode, as x.__dict__ */
        if (!PY2C_IS_NULL(state) && py2c_dict_size(state) == 0) state = PY2C_NULL;
        py2c_incref(state);
    }
    if (PY2C_IS_NULL(state) || py2c_is_none(state)) {
        py2c_decref(state);
        return y;
    }
    if (!PY2C_IS_NULL(memo)) {
        Py2cValue s2 = deep(state, memo);
        py2c_decref(state);
        state = s2;
        if (PY2C_IS_NULL(state)) goto fail;
    }
    Py2cValue setstate = attr_opt(y, "__setstate__");
    if (!PY2C_IS_NULL(setstate)) {
        Py2cValue r = py2c_call(setstate, &state, 1, PY2C_NULL);
        py2c_decref(setstate);
        py2c_decref(state);
        if (PY2C_IS_NULL(r)) goto fail;
        py2c_decref(r);
        return y;
    }
    if (py2c_error_occurred()) {
        py2c_decref(state);
        goto fail;
    }
    /* y.__dict__.update(state) */
    int rc = 0;
    if (py2c_is_dict(state)) {
        int64_t pos = 0;
        Py2cValue k, v;
        while (rc == 0 && py2c_dict_next(state, &pos, &k, &v)) rc = py2c_setattr(y, k, v);
    } else {
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object is not iterable", py2c_type_name(state));
        rc = -1;
    }
    py2c_decref(state);
    if (rc < 0) goto fail;
    return y;
fail:
    py2c_decref(y);
    return PY2C_NULL;
}

static int is_plain_instance(const Py2cType *t) {
    return py2c__is_heaptype(t) && py2c__solid_base(t) == &py2c_object_type;
}

static Py2cValue cannot_copy(Py2cValue x) {
    return py2c_error_format(&py2c_exc_TypeError, "cannot pickle '%s' object", py2c_type_name(x));
}

/* --- copy ---------------------------------------------------------------------------------- */

static Py2cValue shallow(Py2cValue x) {
    const Py2cType *t = py2c_type_of(x);
    if (is_atomic(x) || t == &py2c_tuple_type || t == &py2c_frozenset_type) {
        py2c_incref(x);
        return x;
    }
    if (t == &py2c_list_type) return py2c_list_from_iterable(x);
    if (t == &py2c_dict_type) return py2c_dict_copy(x);
    if (t == &py2c_set_type) return py2c_set_from_iterable(x);
    Py2cValue copier = py2c__heap_lookup(t, "__copy__");
    if (!PY2C_IS_NULL(copier)) return py2c_call(copier, &x, 1, PY2C_NULL);
    if (!py2c__is_heaptype(t)) {
        copier = attr_opt(x, "__copy__");
        if (!PY2C_IS_NULL(copier)) {
            Py2cValue r = py2c_call(copier, NULL, 0, PY2C_NULL);
            py2c_decref(copier);
            return r;
        }
        if (py2c_error_occurred()) return PY2C_NULL;
    }
    if (is_plain_instance(t)) return reconstruct(x, PY2C_NULL);
    return cannot_copy(x);
}

static Py2cValue copy_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"x"};
    static const Py2cArgSpec spec = {"copy", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError, "copy() takes 1 positional argument but %zu were given", nargs);
    if (nargs == 0 && !py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "copy() missing 1 required positional argument: 'x'");
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return shallow(a[0]);
}
static PY2C_BUILTIN_FUNCTION(copy_obj, "copy", copy_copy);

/* --- deepcopy ------------------------------------------------------------------------------ */

static Py2cValue deep_list(Py2cValue x, Py2cValue memo) {
    Py2cValue y = py2c_list_new((size_t)py2c__list_size_shared(x));
    if (PY2C_IS_NULL(y)) return y;
    if (memo_store(memo, x, y) < 0) goto fail;
    /* the list may change while its items are copied (by __deepcopy__ code
     * or another thread): index it afresh each time, under its stripe */
    Py2cValue item;
    for (int64_t i = 0; py2c__list_fetch(x, i, &item); i++) {
        Py2cValue c = deep(item, memo);
        py2c_decref(item);
        if (PY2C_IS_NULL(c)) goto fail;
        int rc = py2c_list_append(y, c);
        py2c_decref(c);
        if (rc < 0) goto fail;
    }
    return y;
fail:
    py2c_decref(y);
    return PY2C_NULL;
}

static Py2cValue deep_tuple(Py2cValue x, Py2cValue memo) {
    int64_t n = py2c_tuple_size(x);
    Py2cValue y = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(y)) return y;
    int same = 1;
    for (int64_t i = 0; i < n; i++) {
        Py2cValue c = deep(py2c_tuple_item(x, i), memo);
        if (PY2C_IS_NULL(c)) {
            py2c_decref(y);
            return c;
        }
        same = same && py2c_is(c, py2c_tuple_item(x, i));
        py2c_tuple_ptr(y)->items[i] = c;
    }
    /* a recursive reference may have copied this tuple meanwhile */
    Py2cValue d = id_of(x);
    Py2cValue done = PY2C_IS_NULL(d) ? PY2C_NULL : memo_get(memo, d);
    py2c_decref(d);
    if (!PY2C_IS_NULL(done) || py2c_error_occurred()) {
        py2c_decref(y);
        return done;
    }
    if (same) {
        py2c_decref(y);
        py2c_incref(x);
        return x;
    }
    return y;
}

static Py2cValue deep_dict(Py2cValue x, Py2cValue memo) {
    Py2cValue y = py2c_dict_new();
    if (PY2C_IS_NULL(y)) return y;
    if (memo_store(memo, x, y) < 0) goto fail;
    /* iterate over a snapshot of the items (copying may run user code) */
    Py2cValue items = py2c_dict_copy(x);
    if (PY2C_IS_NULL(items)) goto fail;
    int64_t pos = 0;
    Py2cValue k, v;
    while (py2c_dict_next(items, &pos, &k, &v)) {
        Py2cValue ck = deep(k, memo);
        Py2cValue cv = PY2C_IS_NULL(ck) ? PY2C_NULL : deep(v, memo);
        int rc = PY2C_IS_NULL(cv) ? -1 : py2c_dict_setitem(y, ck, cv);
        py2c_decref(ck);
        py2c_decref(cv);
        if (rc < 0) {
            py2c_decref(items);
            goto fail;
        }
    }
    py2c_decref(items);
    return y;
fail:
    py2c_decref(y);
    return PY2C_NULL;
}

/* set and frozenset: a new one of the copied items (CPython goes through
 * __reduce_ex__ to the same result). */
static Py2cValue deep_set(Py2cValue x, Py2cValue memo, int frozen) {
    /* threaded, another thread may change a set while its items are copied:
     * copy them from a snapshot (list(x), read under the set's stripe) */
    Py2cValue snap = PY2C_NULL;
    if (py2c__threaded() && py2c_type_of(x) == &py2c_set_type) {
        snap = py2c_list_from_iterable(x);
        if (PY2C_IS_NULL(snap)) return snap;
    }
    Py2cValue items = py2c_list_new((size_t)(PY2C_IS_NULL(snap) ? py2c_set_size(x) : py2c_list_size(snap)));
    if (PY2C_IS_NULL(items)) {
        py2c_decref(snap);
        return items;
    }
    int64_t pos = 0;
    Py2cValue k;
    while (PY2C_IS_NULL(snap) ? py2c_set_next(x, &pos, &k) : pos < py2c_list_size(snap)) {
        if (!PY2C_IS_NULL(snap)) k = py2c_list_item(snap, pos++);
        Py2cValue c = deep(k, memo);
        if (PY2C_IS_NULL(c) || py2c_list_append(items, c) < 0) {
            py2c_decref(c);
            py2c_decref(items);
            py2c_decref(snap);
            return PY2C_NULL;
        }
        py2c_decref(c);
    }
    py2c_decref(snap);
    Py2cValue y = frozen ? py2c_frozenset_from_iterable(items) : py2c_set_from_iterable(items);
    py2c_decref(items);
    if (!PY2C_IS_NULL(y) && memo_store(memo, x, y) < 0) PY2C_CLEAR(y);
    return y;
}

static Py2cValue deep(Py2cValue x, Py2cValue memo) {
    if (!py2c_is_obj(x)) return x; /* immediates: None, bools, small ints, floats */
    Py2cValue d = id_of(x);
    if (PY2C_IS_NULL(d)) return d;
    Py2cValue y = memo_get(memo, d);
    py2c_decref(d);
    if (!PY2C_IS_NULL(y) || py2c_error_occurred()) return y;
    const Py2cType *t = py2c_type_of(x);
    if (py2c_recursion_enter() < 0) return PY2C_NULL;
    if (is_atomic(x)) {
        py2c_incref(x);
        y = x;
    } else if (t == &py2c_list_type) {
        y = deep_list(x, memo);
    } else if (t == &py2c_tuple_type) {
        y = deep_tuple(x, memo);
    } else if (t == &py2c_dict_type) {
        y = deep_dict(x, memo);
    } else if (t == &py2c_set_type || t == &py2c_frozenset_type) {
        y = deep_set(x, memo, t == &py2c_frozenset_type);
    } else {
        Py2cValue copier = attr_opt(x, "__deepcopy__");
        if (!PY2C_IS_NULL(copier)) {
            y = py2c_call(copier, &memo, 1, PY2C_NULL);
            py2c_decref(copier);
        } else if (py2c_error_occurred()) {
            y = PY2C_NULL;
        } else if (is_plain_instance(t)) {
            y = reconstruct(x, memo);
        } else {
            y = cannot_copy(x);
        }
    }
    py2c_recursion_leave();
    if (PY2C_IS_NULL(y) || py2c_is(y, x)) return y;
    /* memo[id(x)] = y (again, as CPython: containers stored it already) and keep x alive */
    if (memo_store(memo, x, y) < 0 || keep_alive(memo, x) < 0) PY2C_CLEAR(y);
    return y;
}

static Py2cValue copy_deepcopy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"x", "memo", "_nil"};
    static const Py2cArgSpec spec = {"deepcopy", names, 0, 1, 3, 3};
    Py2cValue a[3];
    if (nargs > 3)
        return py2c_error_format(&py2c_exc_TypeError, "deepcopy() takes from 1 to 3 positional arguments but %zu were given",
                                 nargs);
    if (nargs == 0 && !py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "deepcopy() missing 1 required positional argument: 'x'");
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue memo = a[1];
    if (PY2C_IS_NULL(memo) || py2c_is_none(memo)) {
        memo = py2c_dict_new();
        if (PY2C_IS_NULL(memo)) return memo;
    } else {
        py2c_incref(memo);
    }
    Py2cValue r = deep(a[0], memo);
    py2c_decref(memo);
    return r;
}
static PY2C_BUILTIN_FUNCTION(deepcopy_obj, "deepcopy", copy_deepcopy);

/* --- the module ---------------------------------------------------------------------------- */

static void copy_shutdown(void) {
    PY2C_CLEAR(copy_error_class);
    copy_error_made = 0;
}

Py2cValue py2c__module_init_copy(void) {
    Py2cValue m = py2c_module_new("copy");
    if (PY2C_IS_NULL(m)) return m;
    if (!copy_error_made) {
        copy_error_class = py2c__class_make_empty("Error", "copy", py2c_type_value(&py2c_exc_Exception));
        if (PY2C_IS_NULL(copy_error_class)) goto fail;
        copy_error_made = 1;
        if (py2c_atexit_runtime(copy_shutdown) < 0) goto fail;
    }
    if (py2c_module_add(m, "Error", copy_error_class) < 0 || py2c_module_add(m, "error", copy_error_class) < 0 ||
        py2c_module_add(m, "copy", PY2C_BUILTIN_VALUE(copy_obj)) < 0 ||
        py2c_module_add(m, "deepcopy", PY2C_BUILTIN_VALUE(deepcopy_obj)) < 0)
        goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
