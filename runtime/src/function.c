/* Python functions, argument binding with CPython's rules and messages
 * (Python/ceval.c initialize_locals in 3.11), bound methods, built-in
 * function objects, cells, super, and the recursion limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- recursion depth ------------------------------------------------------------ */

int64_t py2c__recursion_limit = 1000;

int py2c__recursion_exceeded(const char *where) {
    py2c__ts.depth--;
    (void)py2c_error_format(&py2c_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

int py2c__recursion_enter_where(const char *where) {
    py2c_safepoint(); /* a thread that only recurses still lets others run (WASI fibers) */
    if (++py2c__ts.depth > py2c__recursion_limit) return py2c__recursion_exceeded(where);
    return 0;
}

void py2c__recursion_reset(void) { py2c__ts.depth = 1; }

int py2c_recursion_set_limit(int64_t limit) {
    if (limit < 1) {
        (void)py2c_error_format(&py2c_exc_ValueError, "recursion limit must be greater or equal than 1");
        return -1;
    }
    if (py2c__ts.depth >= limit) {
        (void)py2c_error_format(&py2c_exc_RecursionError,
                                "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                                (long long)limit, (long long)py2c__ts.depth);
        return -1;
    }
    py2c__recursion_limit = limit;
    return 0;
}

int64_t py2c_recursion_get_limit(void) { return py2c__recursion_limit; }

/* ---- functions -------------------------------------------------------------------- */

static Py2cFunction *as_func(Py2cValue v) { return (Py2cFunction *)py2c_obj_ptr(v); }

/* f->defaults or f->kwdefaults, which __defaults__ assignments replace. */
static Py2cValue atomic_load_defaults(Py2cValue *field) {
    return (Py2cValue){atomic_load_explicit((_Atomic uint64_t *)&field->bits, memory_order_acquire)};
}

static void function_dealloc(Py2cObject *o) {
    Py2cFunction *f = (Py2cFunction *)o;
    py2c_decref(f->defaults);
    py2c_decref(f->kwdefaults);
    py2c_decref(f->closure);
    py2c_decref(f->retired);
    py2c_decref(f->dict);
    py2c_decref(f->name);
    py2c_decref(f->qualname);
    py2c_decref(f->doc);
    py2c_decref(f->module);
    free(f);
}

Py2cValue py2c_function_new(const Py2cFuncInfo *info, Py2cValue defaults, Py2cValue kwdefaults, Py2cValue closure) {
    Py2cFunction *f = (Py2cFunction *)py2c__object_new(&py2c_function_type, sizeof *f);
    if (!f) return PY2C_NULL;
    f->info = info;
    py2c_incref(defaults);
    py2c_incref(kwdefaults);
    py2c_incref(closure);
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    f->dict = f->name = f->qualname = f->doc = f->module = f->retired = PY2C_NULL;
    return py2c_obj_value(&f->ob);
}

static int nparams(const Py2cFuncInfo *info) {
    return info->npos + info->nkwonly + ((info->flags & PY2C_FUNC_VARARGS) != 0) + ((info->flags & PY2C_FUNC_VARKW) != 0);
}

/* Index in params of keyword-only parameter k. */
static int kwonly_index(const Py2cFuncInfo *info, int k) {
    return info->npos + ((info->flags & PY2C_FUNC_VARARGS) != 0) + k;
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void format_missing(const Py2cFuncInfo *info, const char *kind, const char **names, int n) {
    size_t cap = 64;
    for (int i = 0; i < n; i++) cap += strlen(names[i]) + 8;
    char *list = py2c__alloc(cap);
    if (!list) {
        (void)py2c_error_nomemory();
        return;
    }
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        const char *sep = "";
        if (i > 0) sep = n == 2 ? " and " : i == n - 1 ? ", and " : ", ";
        len += (size_t)snprintf(list + len, cap - len, "%s'%s'", sep, names[i]);
    }
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() missing %d required %s argument%s: %s", info->qualname, n, kind,
                            n == 1 ? "" : "s", list);
    free(list);
}

static int str_equal(Py2cValue s, const char *name) { return py2c__str_eq_cstr(s, name); }

int py2c_function_bind(Py2cFunction *fn, const Py2cValue *args, size_t nargs, Py2cValue kwnames, Py2cValue *params) {
    const Py2cFuncInfo *info = fn->info;
    int total = nparams(info);
    int npos = info->npos;
    int has_varargs = (info->flags & PY2C_FUNC_VARARGS) != 0;
    int has_varkw = (info->flags & PY2C_FUNC_VARKW) != 0;
    int varkw_index = total - 1;
    for (int i = 0; i < total; i++) params[i] = PY2C_NULL;

    /* **kwargs first, as CPython */
    if (has_varkw) {
        params[varkw_index] = py2c_dict_new();
        if (PY2C_IS_NULL(params[varkw_index])) goto fail;
    }
    /* positional arguments */
    size_t n = nargs < (size_t)npos ? nargs : (size_t)npos;
    for (size_t i = 0; i < n; i++) {
        py2c_incref(args[i]);
        params[i] = args[i];
    }
    if (has_varargs) {
        size_t extra = nargs > (size_t)npos ? nargs - (size_t)npos : 0;
        params[npos] = py2c_tuple_pack(extra, args + n);
        if (PY2C_IS_NULL(params[npos])) goto fail;
    }
    /* keyword arguments */
    int64_t nkw = PY2C_IS_NULL(kwnames) ? 0 : py2c__tuple_size(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        Py2cValue key = py2c__tuple_item(kwnames, k);
        Py2cValue value = args[nargs + (size_t)k];
        if (!py2c_is_str(key)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "%s() keywords must be strings", info->qualname);
            goto fail;
        }
        int j = -1;
        for (int p = info->nposonly; p < npos; p++)
            if (str_equal(key, info->params[p])) {
                j = p;
                break;
            }
        if (j < 0)
            for (int p = 0; p < info->nkwonly; p++)
                if (str_equal(key, info->params[kwonly_index(info, p)])) {
                    j = kwonly_index(info, p);
                    break;
                }
        if (j < 0) {
            if (!has_varkw) {
                if (info->nposonly > 0) {
                    /* positional-only parameters passed by keyword */
                    size_t cap = 16, len = 0;
                    for (int p = 0; p < info->nposonly; p++) cap += strlen(info->params[p]) + 2;
                    char *list = py2c__alloc(cap);
                    if (!list) {
                        (void)py2c_error_nomemory();
                        goto fail;
                    }
                    list[0] = '\0';
                    for (int p = 0; p < info->nposonly; p++)
                        for (int64_t q = 0; q < nkw; q++)
                            if (str_equal(py2c__tuple_item(kwnames, q), info->params[p])) {
                                len += (size_t)snprintf(list + len, cap - len, "%s%s", len ? ", " : "", info->params[p]);
                                break;
                            }
                    if (len > 0) {
                        (void)py2c_error_format(&py2c_exc_TypeError,
                                                "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                                info->qualname, list);
                        free(list);
                        goto fail;
                    }
                    free(list);
                }
                (void)py2c_error_format(&py2c_exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                                        info->qualname, py2c__as_str(key)->data);
                goto fail;
            }
            if (py2c_dict_setitem(params[varkw_index], key, value) < 0) goto fail;
            continue;
        }
        if (!PY2C_IS_NULL(params[j])) {
            (void)py2c_error_format(&py2c_exc_TypeError, "%s() got multiple values for argument '%s'", info->qualname,
                                    py2c__as_str(key)->data);
            goto fail;
        }
        py2c_incref(value);
        params[j] = value;
    }
    /* read once: another thread may assign __defaults__ meanwhile */
    Py2cValue defaults = atomic_load_defaults(&fn->defaults);
    int64_t ndefaults = PY2C_IS_NULL(defaults) ? 0 : py2c__tuple_size(defaults);
    /* too many positional arguments */
    if (nargs > (size_t)npos && !has_varargs) {
        int kwonly_given = 0;
        for (int p = 0; p < info->nkwonly; p++) kwonly_given += !PY2C_IS_NULL(params[kwonly_index(info, p)]);
        char sig[64], kwsig[96] = "";
        int plural;
        if (ndefaults) {
            plural = 1;
            snprintf(sig, sizeof sig, "from %lld to %d", (long long)(npos - ndefaults), npos);
        } else {
            plural = npos != 1;
            snprintf(sig, sizeof sig, "%d", npos);
        }
        if (kwonly_given)
            snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)", nargs != 1 ? "s" : "",
                     kwonly_given, kwonly_given != 1 ? "s" : "");
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
                                info->qualname, sig, plural ? "s" : "", nargs, kwsig,
                                nargs == 1 && !kwonly_given ? "was" : "were");
        goto fail;
    }
    /* missing positional arguments, defaults */
    if (nargs < (size_t)npos) {
        int64_t m = npos - ndefaults;
        int missing = 0;
        for (int64_t i = (int64_t)nargs; i < m; i++) missing += PY2C_IS_NULL(params[i]);
        if (missing) {
            const char **names = malloc(sizeof *names * (size_t)missing);
            if (!names) {
                (void)py2c_error_nomemory();
                goto fail;
            }
            int k = 0;
            for (int64_t i = 0; i < m; i++)
                if (PY2C_IS_NULL(params[i])) names[k++] = info->params[i];
            format_missing(info, "positional", names, k);
            free(names);
            goto fail;
        }
        for (int64_t i = m < 0 ? 0 : m; i < npos; i++)
            if (PY2C_IS_NULL(params[i])) {
                params[i] = py2c__tuple_item(defaults, i - m);
                py2c_incref(params[i]);
            }
    }
    /* keyword-only defaults, missing keyword-only arguments */
    if (info->nkwonly > 0) {
        int missing = 0;
        for (int p = 0; p < info->nkwonly; p++) {
            int j = kwonly_index(info, p);
            if (!PY2C_IS_NULL(params[j])) continue;
            Py2cValue kwdefaults = atomic_load_defaults(&fn->kwdefaults);
            if (!PY2C_IS_NULL(kwdefaults)) {
                const char *pname = info->params[j];
                Py2cValue key = py2c_str_from_utf8(pname, (int64_t)strlen(pname));
                if (PY2C_IS_NULL(key)) goto fail;
                Py2cValue def = py2c__dict_get(kwdefaults, key);
                py2c_decref(key);
                if (!PY2C_IS_NULL(def)) {
                    params[j] = def;
                    continue;
                }
                if (py2c_error_occurred()) goto fail;
            }
            missing++;
        }
        if (missing) {
            const char **names = malloc(sizeof *names * (size_t)missing);
            if (!names) {
                (void)py2c_error_nomemory();
                goto fail;
            }
            int k = 0;
            for (int p = 0; p < info->nkwonly; p++)
                if (PY2C_IS_NULL(params[kwonly_index(info, p)])) names[k++] = info->params[kwonly_index(info, p)];
            format_missing(info, "keyword-only", names, k);
            free(names);
            goto fail;
        }
    }
    return 0;
fail:
    for (int i = 0; i < total; i++) PY2C_CLEAR(params[i]);
    return -1;
}

static Py2cValue function_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cFunction *f = as_func(self);
    int total = nparams(f->info);
    Py2cValue small[16];
    Py2cValue *params = total <= 16 ? small : malloc(sizeof *params * (size_t)total);
    if (!params) return py2c_error_nomemory();
    Py2cValue r = PY2C_NULL;
    if (py2c_function_bind(f, args, nargs, kwnames, params) == 0) r = f->info->body(f, params);
    if (params != small) free(params);
    return r;
}

static Py2cValue function_repr(Py2cValue self) {
    char buf[300];
    int n = snprintf(buf, sizeof buf, "<function %.200s at %p>", as_func(self)->info->qualname,
                     (void *)py2c_obj_ptr(self));
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue cstr(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

/* An assigned value if any, else the text from the function's info (NULL: None). */
static Py2cValue field_or(Py2cValue assigned, const char *text) {
    if (!PY2C_IS_NULL(assigned)) {
        py2c_incref(assigned);
        return assigned;
    }
    return text ? cstr(text) : PY2C_NONE;
}

static int set_field(Py2cValue *field, Py2cValue value, const char *what, int must_be_str) {
    if (PY2C_IS_NULL(value) || (must_be_str && !py2c_is_str(value))) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    py2c_incref(value);
    py2c_decref(*field);
    *field = value;
    return 0;
}

static Py2cValue function_get_name(Py2cValue self) { return field_or(as_func(self)->name, as_func(self)->info->name); }
static Py2cValue function_get_qualname(Py2cValue self) {
    return field_or(as_func(self)->qualname, as_func(self)->info->qualname);
}
static Py2cValue function_get_module(Py2cValue self) {
    const char *m = as_func(self)->info->module;
    return field_or(as_func(self)->module, m ? m : "__main__");
}
static Py2cValue function_get_doc(Py2cValue self) { return field_or(as_func(self)->doc, as_func(self)->info->doc); }
static int function_set_name(Py2cValue self, Py2cValue v) { return set_field(&as_func(self)->name, v, "__name__", 1); }
static int function_set_qualname(Py2cValue self, Py2cValue v) {
    return set_field(&as_func(self)->qualname, v, "__qualname__", 1);
}
static int function_set_module(Py2cValue self, Py2cValue v) {
    return set_field(&as_func(self)->module, PY2C_IS_NULL(v) ? PY2C_NONE : v, "__module__", 0);
}
static int function_set_doc(Py2cValue self, Py2cValue v) {
    return set_field(&as_func(self)->doc, PY2C_IS_NULL(v) ? PY2C_NONE : v, "__doc__", 0);
}
static Py2cValue function_get_defaults(Py2cValue self) {
    Py2cValue d = atomic_load_defaults(&as_func(self)->defaults);
    if (PY2C_IS_NULL(d)) return PY2C_NONE;
    py2c_incref(d);
    return d;
}
static Py2cValue function_get_kwdefaults(Py2cValue self) {
    Py2cValue d = atomic_load_defaults(&as_func(self)->kwdefaults);
    if (PY2C_IS_NULL(d)) return PY2C_NONE;
    py2c_incref(d);
    return d;
}

/* __defaults__ / __kwdefaults__ assignment (None or del: no defaults). Calls
 * on other threads may be reading the old value without a reference, so it
 * is not released but kept in f->retired until the function dies: such
 * assignments are rare, and this keeps argument binding lock-free. */
static int set_defaults(Py2cValue self, Py2cValue *field, Py2cValue v, const Py2cType *want, const char *what) {
    if (PY2C_IS_NULL(v) || py2c_is_none(v)) {
        v = PY2C_NULL;
    } else if (py2c_type_of(v) != want) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s must be set to a %s object", what, want->name);
        return -1;
    }
    Py2cFunction *f = as_func(self);
    Py2cValue old = atomic_load_defaults(field);
    if (!PY2C_IS_NULL(old)) {
        if (PY2C_IS_NULL(f->retired)) {
            f->retired = py2c_list_new(0);
            if (PY2C_IS_NULL(f->retired)) return -1;
        }
        if (py2c_list_append(f->retired, old) < 0) return -1;
    }
    py2c_incref(v);
    atomic_store_explicit((_Atomic uint64_t *)&field->bits, v.bits, memory_order_release);
    py2c_decref(old); /* the reference now held by f->retired remains */
    return 0;
}
static int function_set_defaults(Py2cValue self, Py2cValue v) {
    return set_defaults(self, &as_func(self)->defaults, v, &py2c_tuple_type, "__defaults__");
}
static int function_set_kwdefaults(Py2cValue self, Py2cValue v) {
    return set_defaults(self, &as_func(self)->kwdefaults, v, &py2c_dict_type, "__kwdefaults__");
}

static const Py2cGetSetDef function_getset[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__module__", function_get_module, function_set_module},
    {"__doc__", function_get_doc, function_set_doc},
    {NULL, NULL, NULL},
};

/* A function found in a class binds to the instance (CPython's func_descr_get). */
static Py2cValue function_descr_get(Py2cValue self, Py2cValue obj, Py2cValue type) {
    (void)type;
    if (PY2C_IS_NULL(obj)) {
        py2c_incref(self);
        return self;
    }
    return py2c_method_new(self, obj);
}

const Py2cType py2c_function_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "function",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cFunction),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .hash = py2c_object_hash,
    .call = function_call,
    .getset = function_getset,
    .dictoffset = offsetof(Py2cFunction, dict),
    .descr_get = function_descr_get,
};

/* ---- bound methods ---------------------------------------------------------------- */

static void method_dealloc(Py2cObject *o) {
    Py2cMethod *m = (Py2cMethod *)o;
    py2c_decref(m->func);
    py2c_decref(m->self);
    free(m);
}

Py2cValue py2c_method_new(Py2cValue func, Py2cValue self) {
    Py2cMethod *m = (Py2cMethod *)py2c__object_new(&py2c_method_type, sizeof *m);
    if (!m) return PY2C_NULL;
    py2c_incref(func);
    py2c_incref(self);
    m->func = func;
    m->self = self;
    return py2c_obj_value(&m->ob);
}

static Py2cValue method_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    Py2cMethod *m = (Py2cMethod *)py2c_obj_ptr(self);
    size_t nkw = PY2C_IS_NULL(kwnames) ? 0 : (size_t)py2c__tuple_size(kwnames);
    size_t total = 1 + nargs + nkw;
    Py2cValue small[16];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * total);
    if (!buf) return py2c_error_nomemory();
    buf[0] = m->self;
    if (nargs + nkw) memcpy(buf + 1, args, sizeof *buf * (nargs + nkw));
    Py2cValue r = py2c_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
    return r;
}

static Py2cValue method_repr(Py2cValue self) {
    Py2cMethod *m = (Py2cMethod *)py2c_obj_ptr(self);
    Py2cValue inner = py2c_repr(m->self);
    if (PY2C_IS_NULL(inner)) return inner;
    const char *qname = "?";
    if (py2c_is_obj(m->func) && py2c_obj_ptr(m->func)->type == &py2c_function_type) qname = as_func(m->func)->info->qualname;
    size_t cap = strlen(qname) + (size_t)py2c__as_str(inner)->len + 32;
    char *buf = py2c__alloc(cap);
    Py2cValue r;
    if (!buf) r = py2c_error_nomemory();
    else {
        int n = snprintf(buf, cap, "<bound method %s of %s>", qname, py2c__as_str(inner)->data);
        r = py2c_str_from_utf8(buf, n);
        free(buf);
    }
    py2c_decref(inner);
    return r;
}

static Py2cValue method_get_func(Py2cValue self) {
    Py2cValue f = ((Py2cMethod *)py2c_obj_ptr(self))->func;
    py2c_incref(f);
    return f;
}
static Py2cValue method_get_self(Py2cValue self) {
    Py2cValue s = ((Py2cMethod *)py2c_obj_ptr(self))->self;
    py2c_incref(s);
    return s;
}
static Py2cValue method_get_name(Py2cValue self) {
    Py2cValue f = ((Py2cMethod *)py2c_obj_ptr(self))->func;
    if (py2c_is_obj(f) && py2c_obj_ptr(f)->type == &py2c_function_type) return cstr(as_func(f)->info->name);
    return cstr("?");
}

static const Py2cGetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {"__name__", method_get_name, NULL},
    {NULL, NULL, NULL},
};

/* Other attributes of a bound method are its function's (__doc__, __qualname__, ...). */
static Py2cValue method_getattr(Py2cValue self, Py2cValue name) {
    return py2c_getattr_opt(((Py2cMethod *)py2c_obj_ptr(self))->func, name);
}

static Py2cValue method_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if ((op != PY2C_EQ && op != PY2C_NE) || !py2c_is_obj(b) || py2c_obj_ptr(b)->type != &py2c_method_type)
        return PY2C_NOT_IMPLEMENTED;
    Py2cMethod *x = (Py2cMethod *)py2c_obj_ptr(a), *y = (Py2cMethod *)py2c_obj_ptr(b);
    int eq = py2c_is(x->func, y->func) && py2c_is(x->self, y->self);
    return py2c_bool(op == PY2C_EQ ? eq : !eq);
}

static Py2cHash method_hash(Py2cValue self) {
    Py2cMethod *m = (Py2cMethod *)py2c_obj_ptr(self);
    Py2cHash h = py2c_object_hash(m->func) ^ py2c_object_hash(m->self);
    return h == -1 ? -2 : h;
}

const Py2cType py2c_method_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "method",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cMethod),
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .getset = method_getset,
};

/* ---- built-in functions ------------------------------------------------------------ */

static Py2cValue builtin_call(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return ((Py2cBuiltinFunction *)py2c_obj_ptr(self))->fn(self, args, nargs, kwnames);
}

static Py2cValue builtin_repr(Py2cValue self) {
    char buf[200];
    int n = snprintf(buf, sizeof buf, "<built-in function %.150s>", ((Py2cBuiltinFunction *)py2c_obj_ptr(self))->name);
    return py2c_str_from_utf8(buf, n);
}

static Py2cValue builtin_get_name(Py2cValue self) { return cstr(((Py2cBuiltinFunction *)py2c_obj_ptr(self))->name); }

static const Py2cGetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_name, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c_builtin_function_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "builtin_function_or_method",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cBuiltinFunction),
    .repr = builtin_repr,
    .hash = py2c_object_hash,
    .call = builtin_call,
    .getset = builtin_getset,
};

/* ---- cells ---------------------------------------------------------------------------- */

static void cell_dealloc(Py2cObject *o) {
    py2c_decref(((Py2cCell *)o)->ref);
    free(o);
}

Py2cValue py2c_cell_new(Py2cValue value) {
    Py2cCell *c = (Py2cCell *)py2c__object_new(&py2c_cell_type, sizeof *c);
    if (!c) return PY2C_NULL;
    py2c_incref(value);
    c->ref = value;
    return py2c_obj_value(&c->ob);
}

static Py2cValue cell_repr(Py2cValue self) {
    Py2cCell *c = py2c_cell_ptr(self);
    char buf[200];
    int n;
    if (PY2C_IS_NULL(c->ref)) n = snprintf(buf, sizeof buf, "<cell at %p: empty>", (void *)c);
    else
        n = snprintf(buf, sizeof buf, "<cell at %p: %.80s object at %p>", (void *)c, py2c_type_name(c->ref),
                     py2c_is_obj(c->ref) ? (void *)py2c_obj_ptr(c->ref) : NULL);
    return py2c_str_from_utf8(buf, n);
}

const Py2cType py2c_cell_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "cell",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
};

/* ---- super --------------------------------------------------------------------------- */

typedef struct Super {
    Py2cObject ob;
    Py2cValue type; /* the class whose bases are searched */
    Py2cValue obj;
} Super;

static void super_dealloc(Py2cObject *o) {
    Super *s = (Super *)o;
    py2c_decref(s->type);
    py2c_decref(s->obj);
    free(s);
}

Py2cValue py2c_super_new(Py2cValue type, Py2cValue obj) {
    if (!py2c_is_obj(type) || !py2c__is_subtype(py2c_obj_ptr(type)->type, &py2c_type_type))
        return py2c_error_format(&py2c_exc_TypeError, "super() argument 1 must be a type, not %s", py2c_type_name(type));
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(type);
    const Py2cType *ot = py2c_type_of(obj);
    if (!py2c__is_subtype(ot, t) && py2c_is_obj(obj) && py2c__is_subtype(ot, &py2c_type_type))
        ot = (const Py2cType *)py2c_obj_ptr(obj); /* super(C, cls) in a classmethod */
    if (!py2c__is_subtype(ot, t))
        return py2c_error_format(&py2c_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    Super *s = (Super *)py2c__object_new(&py2c_super_type, sizeof *s);
    if (!s) return PY2C_NULL;
    py2c_incref(type);
    py2c_incref(obj);
    s->type = type;
    s->obj = obj;
    return py2c_obj_value(&s->ob);
}

/* super(type, obj) called as the builtin. */
static Py2cValue super_call_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)cls;
    if (!PY2C_IS_NULL(kwnames) && py2c__tuple_size(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "super() takes no keyword arguments");
    if (nargs != 2) return py2c_error_format(&py2c_exc_RuntimeError, "super(): no arguments");
    return py2c_super_new(args[0], args[1]);
}

/* The lookup starts after s->type in the MRO of the instance's type (of
 * the class itself when obj is a class: super() in a classmethod). */
static Py2cValue super_getattr(Py2cValue self, Py2cValue name) {
    Super *s = (Super *)py2c_obj_ptr(self);
    const Py2cType *start = (const Py2cType *)py2c_obj_ptr(s->type);
    const Py2cType *ot = py2c_type_of(s->obj);
    int on_class = !py2c__is_subtype(ot, start);
    if (on_class) ot = (const Py2cType *)py2c_obj_ptr(s->obj);
    int64_t i = 0;
    const Py2cType *b;
    while ((b = py2c__mro_item(ot, i)) != NULL && b != start) i++;
    if (b && !py2c__str_eq_cstr(name, "__class__")) {
        for (i++; (b = py2c__mro_item(ot, i)) != NULL; i++) {
            Py2cValue found;
            const Py2cMethodDef *m;
            const Py2cGetSetDef *g;
            const Py2cType *owner = NULL;
            /* only b's own attributes: look b up alone (its first MRO entry) */
            if (!py2c__type_lookup(b, name, &found, &m, &g, &owner) || owner != b) continue;
            if (m) return py2c__bind_builtin(m, py2c__is_classmethod(owner, m) || on_class ? py2c_type_value(ot) : s->obj);
            if (g) {
                if (on_class) continue;
                return g->get(s->obj);
            }
            return py2c__descr_bind(found, on_class ? PY2C_NULL : s->obj, ot);
        }
    }
    return py2c_error_format(&py2c_exc_AttributeError, "'super' object has no attribute '%s'",
                             py2c_is_str(name) ? py2c__as_str(name)->data : "?");
}

const Py2cType py2c_super_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "super",
    .base = &py2c_object_type,
    .basicsize = sizeof(Super),
    .dealloc = super_dealloc,
    .new_ = super_call_new,
    .hash = py2c_object_hash,
    .getattr = super_getattr,
};
