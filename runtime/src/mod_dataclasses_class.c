/* @dataclass on a class: CPython 3.11's _process_class. The fields come
 * from the class's __annotations__ (inherited dataclass fields first), the
 * defaults from its attributes; the generated methods (__init__, __repr__,
 * __eq__, the order methods, __hash__, frozen __setattr__/__delattr__) are
 * function objects with C bodies. Each gets a Py2cFuncInfo of its own,
 * allocated here (its qualname is "Point.__init__", which CPython's argument
 * errors print) and freed at exit; the body finds what it needs in that
 * info and in the function's closure tuple (field names or Field objects;
 * never the class, so no reference cycle is made). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod_dataclasses_internal.h"
#include "sync_internal.h"

PY2C__STR_CONST(s_fields, "__dataclass_fields__");
PY2C__STR_CONST(s_params, "__dataclass_params__");
PY2C__STR_CONST(s_annotations, "__annotations__");
PY2C__STR_CONST(s_hash, "__hash__");
PY2C__STR_CONST(s_eq, "__eq__");
PY2C__STR_CONST(s_post_init, "__post_init__");
PY2C__STR_CONST(s_doc, "__doc__");
PY2C__STR_CONST(s_init, "__init__");
PY2C__STR_CONST(s_setattr, "__setattr__");
PY2C__STR_CONST(s_delattr, "__delattr__");
PY2C__STR_CONST(s_frozen, "frozen");

static void release(Py2cValue *p, int n) {
    for (int i = 0; i < n; i++) py2c_decref(p[i]);
}

static const char *text_of(Py2cValue s) { return py2c_is_str(s) ? py2c__as_str(s)->data : "?"; }

/* ---- _DataclassParams ------------------------------------------------------------------ */

enum { NPARAMS = 6 };
static const char *const param_names[NPARAMS] = {"init", "repr", "eq", "order", "unsafe_hash", "frozen"};

typedef struct DcParams {
    Py2cObject ob;
    Py2cValue v[NPARAMS];
} DcParams;

static void params_dealloc(Py2cObject *o) {
    release(((DcParams *)o)->v, NPARAMS);
    free(o);
}

static Py2cValue params_repr(Py2cValue self) {
    DcParams *p = (DcParams *)py2c_obj_ptr(self);
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, "_DataclassParams(");
    for (int i = 0; i < NPARAMS && rc == 0; i++) {
        if (i) rc = py2c__buf_puts(&b, ",");
        if (rc == 0) rc = py2c__buf_puts(&b, param_names[i]);
        if (rc == 0) rc = py2c__buf_puts(&b, "=");
        if (rc == 0) rc = py2c__buf_put_repr(&b, p->v[i]);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

#define PARAM_GETTERS(X) X(0) X(1) X(2) X(3) X(4) X(5)
#define X(i)                                                  \
    static Py2cValue params_get_##i(Py2cValue self) {         \
        Py2cValue v = ((DcParams *)py2c_obj_ptr(self))->v[i]; \
        py2c_incref(v);                                       \
        return v;                                             \
    }
PARAM_GETTERS(X)
#undef X

static const Py2cGetSetDef params_getset[] = {
    {"init", params_get_0, NULL},        {"repr", params_get_1, NULL},   {"eq", params_get_2, NULL},
    {"order", params_get_3, NULL},       {"unsafe_hash", params_get_4, NULL}, {"frozen", params_get_5, NULL},
    {NULL, NULL, NULL},
};

static const Py2cType params_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_DataclassParams",
    .module = "dataclasses",
    .base = &py2c_object_type,
    .basicsize = sizeof(DcParams),
    .dealloc = params_dealloc,
    .repr = params_repr,
    .hash = py2c_object_hash,
    .getset = params_getset,
};

static Py2cValue params_new(const Py2cValue *opts) {
    DcParams *p = (DcParams *)py2c__object_new(&params_type, sizeof *p);
    if (!p) return PY2C_NULL;
    for (int i = 0; i < NPARAMS; i++) {
        py2c_incref(opts[i]);
        p->v[i] = opts[i];
    }
    return py2c_obj_value(&p->ob);
}

/* ---- descriptions of generated methods ---------------------------------------------------- */

typedef struct DcInfo {
    Py2cFuncInfo info; /* first: a body casts fn->info back to its DcInfo */
    struct DcInfo *next;
    const Py2cType *cls; /* borrowed: the dataclass (for frozen __setattr__) */
    int frozen, post_init, nstd, nparams;
    Py2cCompareOp op;
    char *qualname;
    const char **params;
} DcInfo;

static DcInfo *all_infos;

void py2c__dc_methods_shutdown(void) {
    while (all_infos) {
        DcInfo *next = all_infos->next;
        free(all_infos->qualname);
        free(all_infos->params);
        free(all_infos);
        all_infos = next;
    }
}

static const char *const self_params[] = {"self"};
static const char *const cmp_params[] = {"self", "other"};
static const char *const setattr_params[] = {"self", "name", "value"};
static const char *const delattr_params[] = {"self", "name"};

/* A new description of method name of class t (params: copied when own). */
static DcInfo *info_new(const Py2cType *t, const char *name, const char *const *params, int nparams, int own_params,
                        Py2cFuncBody body) {
    DcInfo *di = calloc(1, sizeof *di);
    const char *q = py2c__type_qualname(t);
    size_t n = strlen(q) + strlen(name) + 2;
    if (di) di->qualname = malloc(n);
    if (di && own_params) di->params = malloc(sizeof *di->params * (size_t)(nparams ? nparams : 1));
    if (!di || !di->qualname || (own_params && !di->params)) {
        if (di) {
            free(di->qualname);
            free(di->params);
        }
        free(di);
        (void)py2c_error_nomemory();
        return NULL;
    }
    snprintf(di->qualname, n, "%s.%s", q, name);
    if (own_params) memcpy(di->params, params, sizeof *params * (size_t)nparams);
    Py2cStripe *lk = py2c__lock(&all_infos); /* threads may make dataclasses at once */
    di->next = all_infos;
    all_infos = di;
    py2c__unlock(lk);
    di->cls = t;
    di->nparams = nparams;
    di->info.name = name;
    di->info.qualname = di->qualname;
    di->info.params = own_params ? di->params : params;
    di->info.npos = nparams;
    di->info.body = body;
    di->info.module = t->module;
    return di;
}

static DcInfo *info_of(Py2cFunction *fn) { return (DcInfo *)(uintptr_t)fn->info; }

/* ---- the generated methods --------------------------------------------------------------- */

/* (A frozen class's __init__ calls object.__setattr__, which CPython counts
 * as one level of recursion while it runs.) */
static int assign(Py2cValue self, Py2cValue name, Py2cValue v, int frozen) {
    if (!frozen) return py2c_setattr(self, name, v);
    if (py2c_recursion_enter_call() < 0) return -1;
    int rc = py2c__generic_setattr(self, name, v);
    py2c_recursion_leave();
    return rc;
}

/* __init__(self, <std fields>, *, <kw-only fields>): closure = the Field
 * objects in definition order. */
static Py2cValue init_body(Py2cFunction *fn, Py2cValue *p) {
    DcInfo *di = info_of(fn);
    if (py2c_recursion_enter() < 0) { /* CPython's __init__ is a Python function: a frame */
        release(p, di->nparams);
        return PY2C_NULL;
    }
    Py2cValue self = p[0], flds = fn->closure;
    int64_t n = py2c_tuple_size(flds);
    int stdpos = 1, kwpos = 1 + di->nstd, rc = 0;
    for (int64_t i = 0; i < n && rc == 0; i++) {
        DcField *f = py2c__dc_field(py2c_tuple_item(flds, i));
        int init = py2c_is_true(f->init), kw = init > 0 ? py2c_is_true(f->kw_only) : 0;
        if (init < 0 || kw < 0) {
            rc = -1;
            break;
        }
        Py2cValue arg = PY2C_NULL;
        if (init) arg = p[kw ? kwpos++ : stdpos++];
        Py2cValue v;
        if (!py2c_is(f->default_factory, DC_MISSING)) {
            if (init && !py2c_is(arg, DC_HAS_FACTORY)) {
                v = arg;
                py2c_incref(v);
            } else {
                v = py2c_call(f->default_factory, NULL, 0, PY2C_NULL);
            }
        } else if (init) {
            v = arg;
            py2c_incref(v);
        } else {
            continue; /* the class attribute is the default */
        }
        rc = PY2C_IS_NULL(v) ? -1 : assign(self, f->name, v, di->frozen);
        py2c_decref(v);
    }
    if (rc == 0 && di->post_init) {
        Py2cValue r = py2c_call_method(self, PY2C__STR_VAL(s_post_init), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(r)) rc = -1;
        py2c_decref(r);
    }
    release(p, di->nparams);
    py2c_recursion_leave();
    return rc < 0 ? PY2C_NULL : PY2C_NONE;
}

/* __repr__: "Point(x=1, y=2)"; closure = the names of the fields shown. */
static Py2cValue repr_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue self = p[0], names = fn->closure, r = PY2C_NULL;
    int entered = py2c__repr_enter(self);
    if (entered != 0) {
        py2c_decref(self);
        return entered < 0 ? PY2C_NULL : py2c_str_from_cstr("...");
    }
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, py2c__type_qualname(py2c_type_of(self)));
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    for (int64_t i = 0; rc == 0 && i < py2c_tuple_size(names); i++) {
        Py2cValue name = py2c_tuple_item(names, i);
        if (i) rc = py2c__buf_puts(&b, ", ");
        if (rc == 0) rc = py2c__buf_puts(&b, text_of(name));
        if (rc == 0) rc = py2c__buf_puts(&b, "=");
        Py2cValue v = rc == 0 ? py2c_getattr(self, name) : PY2C_NULL;
        rc = PY2C_IS_NULL(v) ? -1 : py2c__buf_put_repr(&b, v);
        py2c_decref(v);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    py2c__repr_leave(self);
    if (rc == 0) r = py2c__buf_finish(&b);
    else py2c__buf_free(&b);
    py2c_decref(self);
    return r;
}

/* (obj.a, obj.b, ...) for the names in tuple names. */
static Py2cValue fields_tuple(Py2cValue obj, Py2cValue names) {
    int64_t n = py2c_tuple_size(names);
    Py2cValue t = py2c_tuple_new((size_t)n);
    for (int64_t i = 0; !PY2C_IS_NULL(t) && i < n; i++) {
        Py2cValue v = py2c_getattr(obj, py2c_tuple_item(names, i));
        if (PY2C_IS_NULL(v)) PY2C_CLEAR(t);
        else py2c_tuple_ptr(t)->items[i] = v;
    }
    return t;
}

/* __eq__, __lt__, ...: the field tuples compared when other's class is
 * self's, else NotImplemented; closure = the names of the compared fields. */
static Py2cValue cmp_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue r = PY2C_NOT_IMPLEMENTED;
    if (py2c_type_of(p[0]) == py2c_type_of(p[1])) {
        Py2cValue a = fields_tuple(p[0], fn->closure);
        Py2cValue b = PY2C_IS_NULL(a) ? a : fields_tuple(p[1], fn->closure);
        r = PY2C_IS_NULL(b) ? b : py2c_compare(a, b, info_of(fn)->op);
        py2c_decref(a);
        py2c_decref(b);
    }
    release(p, 2);
    return r;
}

/* __hash__: hash of the field tuple. */
static Py2cValue hash_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue t = fields_tuple(p[0], fn->closure), r = PY2C_NULL;
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(t)) return t;
    Py2cHash h = py2c_hash(t);
    py2c_decref(t);
    if (h != -1 || !py2c_error_occurred()) r = py2c_int_from_int64(h);
    return r;
}

/* Frozen classes' __setattr__/__delattr__ (value PY2C_NULL): closure = all
 * field names. */
static Py2cValue frozen_set(Py2cFunction *fn, Py2cValue self, Py2cValue name, Py2cValue value) {
    DcInfo *di = info_of(fn);
    int in = py2c_contains(fn->closure, name);
    if (in < 0) return PY2C_NULL;
    if (py2c_type_of(self) == di->cls || in) {
        Py2cValue rep = py2c_repr(name);
        if (PY2C_IS_NULL(rep)) return rep;
        Py2cValue err = py2c__dc_frozen_error();
        (void)py2c_error_format((const Py2cType *)py2c_obj_ptr(err), "cannot %s field %s",
                                PY2C_IS_NULL(value) ? "delete" : "assign to", text_of(rep));
        py2c_decref(rep);
        return PY2C_NULL;
    }
    Py2cValue sup = py2c_super_new(py2c_type_value(di->cls), self);
    if (PY2C_IS_NULL(sup)) return sup;
    Py2cValue args[2] = {name, value};
    Py2cValue r = py2c_call_method(sup, PY2C_IS_NULL(value) ? PY2C__STR_VAL(s_delattr) : PY2C__STR_VAL(s_setattr),
                                   args, PY2C_IS_NULL(value) ? 1 : 2, PY2C_NULL);
    py2c_decref(sup);
    return r;
}

static Py2cValue setattr_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue r = frozen_set(fn, p[0], p[1], p[2]);
    release(p, 3);
    return r;
}

static Py2cValue delattr_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue r = frozen_set(fn, p[0], p[1], PY2C_NULL);
    release(p, 2);
    return r;
}

/* ---- building the class -------------------------------------------------------------------- */

/* A function for di with closure (stolen) and defaults (borrowed). */
static Py2cValue make_fn(DcInfo *di, Py2cValue closure, Py2cValue defaults, Py2cValue kwdefaults) {
    if (!di || PY2C_IS_NULL(closure)) {
        py2c_decref(closure);
        return PY2C_NULL;
    }
    Py2cValue f = py2c_function_new(&di->info, defaults, kwdefaults, closure);
    py2c_decref(closure);
    return f;
}

/* CPython's _set_new_attribute: cls.name = value (stolen) unless the class
 * body defined name. 1: it did (value dropped), 0: set, -1: error. */
static int set_new_attribute(Py2cValue cls, Py2cValue ns, const char *name, Py2cValue value) {
    if (PY2C_IS_NULL(value)) return -1;
    Py2cValue key = py2c_str_from_cstr(name);
    int has = PY2C_IS_NULL(key) ? -1 : py2c_dict_contains(ns, key);
    if (has == 0 && py2c_setattr(cls, key, value) < 0) has = -1;
    py2c_decref(key);
    py2c_decref(value);
    return has;
}

/* A tuple of the names of the fields in flds (n Field objects) for which
 * want(field) is 1 (-1: error). */
static Py2cValue names_where(Py2cValue *flds, int64_t n, int (*want)(DcField *)) {
    Py2cValue l = py2c_list_new(0);
    for (int64_t i = 0; !PY2C_IS_NULL(l) && i < n; i++) {
        DcField *f = py2c__dc_field(flds[i]);
        int w = want ? want(f) : 1;
        if (w < 0 || (w && py2c_list_append(l, f->name) < 0)) PY2C_CLEAR(l);
    }
    Py2cValue t = PY2C_IS_NULL(l) ? l : py2c_list_as_tuple(l);
    py2c_decref(l);
    return t;
}

static int want_repr(DcField *f) { return py2c_is_true(f->repr); }
static int want_compare(DcField *f) { return py2c_is_true(f->compare); }
static int want_hash(DcField *f) { return py2c_is_true(py2c_is_none(f->hash) ? f->compare : f->hash); }
static int want_std_init(DcField *f) {
    int init = py2c_is_true(f->init);
    int kw = init > 0 ? py2c_is_true(f->kw_only) : 0;
    return init < 0 || kw < 0 ? -1 : init && !kw;
}

/* CPython's _get_field: the Field for annotation name: type of cls. */
static Py2cValue get_field(Py2cValue cls, Py2cValue name, Py2cValue type, int kw_only) {
    Py2cValue dflt = py2c_getattr_opt(cls, name);
    if (PY2C_IS_NULL(dflt)) {
        if (py2c_error_occurred()) return dflt;
        dflt = DC_MISSING;
    }
    Py2cValue fv;
    if (py2c__dc_is_field(dflt)) {
        fv = dflt;
    } else {
        fv = py2c__dc_field_new();
        if (PY2C_IS_NULL(fv)) {
            py2c_decref(dflt);
            return fv;
        }
        py2c_decref(py2c__dc_field(fv)->default_);
        py2c__dc_field(fv)->default_ = dflt;
    }
    DcField *f = py2c__dc_field(fv);
    py2c_incref(name);
    py2c_decref(f->name);
    f->name = name;
    py2c_incref(type);
    py2c_decref(f->type);
    f->type = type;
    if (py2c_is(f->kw_only, DC_MISSING)) f->kw_only = py2c_bool(kw_only);
    if (py2c_type_of(f->default_)->hash == NULL) {
        Py2cValue tr = py2c_repr(py2c_type_value_of(f->default_));
        if (!PY2C_IS_NULL(tr))
            (void)py2c_error_format(&py2c_exc_ValueError,
                                    "mutable default %s for field %s is not allowed: use default_factory",
                                    text_of(tr), text_of(name));
        py2c_decref(tr);
        py2c_decref(fv);
        return PY2C_NULL;
    }
    return fv;
}

/* inspect's formatannotation: builtins by name, other classes as
 * module.qualname, anything else by repr. */
static int put_annotation(Py2cBuf *b, Py2cValue a) {
    if (py2c_is_obj(a) && py2c__is_subtype(py2c_obj_ptr(a)->type, &py2c_type_type)) {
        const Py2cType *t = (const Py2cType *)py2c_obj_ptr(a);
        if (t->module && strcmp(t->module, "builtins") != 0) {
            if (py2c__buf_puts(b, t->module) < 0 || py2c__buf_puts(b, ".") < 0) return -1;
        }
        return py2c__buf_puts(b, py2c__type_qualname(t));
    }
    return py2c__buf_put_repr(b, a);
}

/* cls.__doc__ as CPython makes it: "Point(x: int, y: int = 0)" from the
 * generated __init__'s parameters. */
static Py2cValue doc_text(const Py2cType *t, Py2cValue *flds, int64_t n, int has_init) {
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, t->name);
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    int first = 1;
    for (int pass = 0; pass < 2 && has_init; pass++) {
        int star_done = 0;
        for (int64_t i = 0; rc == 0 && i < n; i++) {
            DcField *f = py2c__dc_field(flds[i]);
            int init = py2c_is_true(f->init), kw = py2c_is_true(f->kw_only);
            if (init < 0 || kw < 0) {
                rc = -1;
                break;
            }
            if (!init || kw != pass) continue;
            if (!first) rc = py2c__buf_puts(&b, ", ");
            first = 0;
            if (rc == 0 && pass == 1 && !star_done) {
                rc = py2c__buf_puts(&b, "*, ");
                star_done = 1;
            }
            if (rc == 0) rc = py2c__buf_puts(&b, text_of(f->name));
            if (rc == 0) rc = py2c__buf_puts(&b, ": ");
            if (rc == 0) rc = put_annotation(&b, f->type);
            if (rc == 0 && !py2c_is(f->default_, DC_MISSING)) {
                rc = py2c__buf_puts(&b, " = ");
                if (rc == 0) rc = py2c__buf_put_repr(&b, f->default_);
            } else if (rc == 0 && !py2c_is(f->default_factory, DC_MISSING)) {
                rc = py2c__buf_puts(&b, " = <factory>");
            }
        }
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

/* TypeError with a message naming one thing (%s). */
static void type_error(const char *fmt, const char *what) { (void)py2c_error_format(&py2c_exc_TypeError, fmt, what); }

/* The __init__ function for the fields flds[0..n-1]. */
static Py2cValue make_init(const Py2cType *t, Py2cValue *flds, int64_t n, int frozen, int post_init, int self_is_field) {
    int64_t nstd = 0, nkw = 0;
    int seen_default = 0;
    for (int64_t i = 0; i < n; i++) {
        DcField *f = py2c__dc_field(flds[i]);
        int init = py2c_is_true(f->init), kw = py2c_is_true(f->kw_only);
        if (init < 0 || kw < 0) return PY2C_NULL;
        if (!init) continue;
        if (kw) {
            nkw++;
            continue;
        }
        nstd++;
        if (!py2c_is(f->default_, DC_MISSING) || !py2c_is(f->default_factory, DC_MISSING)) seen_default = 1;
        else if (seen_default) {
            Py2cValue rep = py2c_repr(f->name);
            if (!PY2C_IS_NULL(rep)) type_error("non-default argument %s follows default argument", text_of(rep));
            py2c_decref(rep);
            return PY2C_NULL;
        }
    }
    const char **params = malloc(sizeof *params * (size_t)(1 + nstd + nkw));
    Py2cValue defaults = py2c_list_new(0), kwdefaults = py2c_dict_new();
    if (!params || PY2C_IS_NULL(defaults) || PY2C_IS_NULL(kwdefaults)) {
        free(params);
        py2c_decref(defaults);
        py2c_decref(kwdefaults);
        return py2c_error_nomemory();
    }
    params[0] = self_is_field ? "__dataclass_self__" : "self";
    int64_t si = 1, ki = 1 + nstd;
    int rc = 0;
    for (int64_t i = 0; i < n && rc == 0; i++) {
        DcField *f = py2c__dc_field(flds[i]);
        if (!py2c_is_true(f->init)) continue;
        int kw = py2c_is_true(f->kw_only);
        params[kw ? ki++ : si++] = text_of(f->name); /* the Field keeps its name alive */
        Py2cValue d = !py2c_is(f->default_, DC_MISSING)           ? f->default_
                      : !py2c_is(f->default_factory, DC_MISSING) ? DC_HAS_FACTORY
                                                                  : PY2C_NULL;
        if (PY2C_IS_NULL(d)) continue;
        rc = kw ? py2c_dict_setitem(kwdefaults, f->name, d) : py2c_list_append(defaults, d);
    }
    DcInfo *di = rc < 0 ? NULL : info_new(t, "__init__", params, (int)(1 + nstd + nkw), 1, init_body);
    free(params);
    Py2cValue r = PY2C_NULL;
    if (di) {
        di->info.npos = (int32_t)(1 + nstd);
        di->info.nkwonly = (int32_t)nkw;
        di->nstd = (int)nstd;
        di->frozen = frozen;
        di->post_init = post_init;
        Py2cValue dt = py2c_list_size(defaults) ? py2c_list_as_tuple(defaults) : PY2C_NULL;
        Py2cValue closure = py2c_tuple_pack((size_t)n, flds);
        if (!py2c_list_size(defaults) || !PY2C_IS_NULL(dt))
            r = make_fn(di, closure, dt, py2c_dict_size(kwdefaults) ? kwdefaults : PY2C_NULL);
        else
            py2c_decref(closure);
        py2c_decref(dt);
    }
    py2c_decref(defaults);
    py2c_decref(kwdefaults);
    return r;
}

/* The Field objects of the class: inherited ones first (CPython's reverse
 * MRO walk), then this class's annotations. fields: a new dict name -> Field. */
static int collect_fields(Py2cValue cls, Py2cValue ns, Py2cValue fields, int kw_only, int *any_frozen_base,
                          int *has_dc_bases) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    int64_t nmro = 0;
    while (py2c__mro_item(t, nmro)) nmro++;
    for (int64_t i = nmro - 1; i >= 1; i--) {
        Py2cValue b = py2c_type_value(py2c__mro_item(t, i));
        Py2cValue bf = py2c_getattr_opt(b, PY2C__STR_VAL(s_fields));
        if (PY2C_IS_NULL(bf)) {
            if (py2c_error_occurred()) return -1;
            continue;
        }
        *has_dc_bases = 1;
        int rc = py2c_is_dict(bf) ? 0 : -1;
        int64_t pos = 0;
        Py2cValue k, v;
        while (rc == 0 && py2c_dict_next(bf, &pos, &k, &v))
            if (py2c__dc_is_field(v)) rc = py2c_dict_setitem(fields, py2c__dc_field(v)->name, v);
        py2c_decref(bf);
        Py2cValue params = rc < 0 ? PY2C_NULL : py2c_getattr(b, PY2C__STR_VAL(s_params));
        Py2cValue fr = PY2C_IS_NULL(params) ? params : py2c_getattr(params, PY2C__STR_VAL(s_frozen));
        int frozen = PY2C_IS_NULL(fr) ? -1 : py2c_is_true(fr);
        py2c_decref(params);
        py2c_decref(fr);
        if (frozen < 0) return -1;
        if (frozen) *any_frozen_base = 1;
    }

    Py2cValue ann = py2c__dict_get(ns, PY2C__STR_VAL(s_annotations));
    if (PY2C_IS_NULL(ann)) {
        if (py2c_error_occurred()) return -1;
        ann = py2c_dict_new();
        if (PY2C_IS_NULL(ann)) return -1;
    }
    int rc = py2c_is_dict(ann) ? 0 : -1;
    if (rc < 0) (void)py2c_error_format(&py2c_exc_TypeError, "py2c: __annotations__ is not a dict");
    int64_t pos = 0;
    Py2cValue name, type;
    int kw_only_seen = 0;
    Py2cValue own = py2c_list_new(0);
    if (PY2C_IS_NULL(own)) rc = -1;
    while (rc == 0 && py2c_dict_next(ann, &pos, &name, &type)) {
        if (py2c_is(type, DC_KW_ONLY)) {
            if (kw_only_seen) {
                Py2cValue rep = py2c_repr(name);
                if (!PY2C_IS_NULL(rep))
                    type_error("%s is KW_ONLY, but KW_ONLY has already been specified", text_of(rep));
                py2c_decref(rep);
                rc = -1;
            }
            kw_only_seen = kw_only = 1;
            continue;
        }
        Py2cValue f = get_field(cls, name, type, kw_only);
        rc = PY2C_IS_NULL(f) ? -1 : py2c_list_append(own, f);
        py2c_decref(f);
    }
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(own); i++) {
        DcField *f = py2c__dc_field(py2c_list_item(own, i));
        rc = py2c_dict_setitem(fields, f->name, py2c_list_item(own, i));
        Py2cValue cur = rc < 0 ? PY2C_NULL : py2c_getattr_opt(cls, f->name);
        if (py2c_error_occurred()) rc = -1;
        if (rc == 0 && py2c__dc_is_field(cur)) {
            if (py2c_is(f->default_, DC_MISSING)) rc = py2c_delattr(cls, f->name);
            else rc = py2c_setattr(cls, f->name, f->default_);
        }
        py2c_decref(cur);
    }
    py2c_decref(own);
    /* a Field without an annotation */
    Py2cValue keys = rc < 0 ? PY2C_NULL : py2c_list_from_iterable(ns);
    if (rc == 0 && PY2C_IS_NULL(keys)) rc = -1;
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(keys); i++) {
        Py2cValue k = py2c_list_item(keys, i);
        Py2cValue v = py2c__dict_get(ns, k);
        int has = py2c__dc_is_field(v) ? py2c_dict_contains(ann, k) : 1;
        py2c_decref(v);
        if (has < 0) rc = -1;
        else if (!has) {
            Py2cValue rep = py2c_repr(k);
            if (!PY2C_IS_NULL(rep)) type_error("%s is a field but has no type annotation", text_of(rep));
            py2c_decref(rep);
            rc = -1;
        }
    }
    py2c_decref(keys);
    py2c_decref(ann);
    return rc;
}

/* CPython's _hash_action table: 0 nothing, 1 set None, 2 add, 3 raise. */
static int hash_action(int unsafe_hash, int eq, int frozen, int explicit_hash) {
    if (unsafe_hash) return explicit_hash ? 3 : 2;
    if (!eq || explicit_hash) return 0;
    return frozen ? 2 : 1;
}

Py2cValue py2c__dc_process_class(Py2cValue cls, const Py2cValue *opts) {
    Py2cType *t = (Py2cType *)py2c_obj_ptr(cls);
    Py2cValue ns = ((Py2cHeapType *)t)->ns;
    int o[DC_NOPTS];
    for (int i = 0; i < DC_NOPTS; i++)
        if ((o[i] = py2c_is_true(opts[i])) < 0) return PY2C_NULL;
    if (o[DC_SLOTS])
        return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: dataclass(slots=True) is not supported");
    Py2cValue params = params_new(opts);
    int rc = PY2C_IS_NULL(params) ? -1 : py2c_setattr(cls, PY2C__STR_VAL(s_params), params);
    py2c_decref(params);
    if (rc < 0) return PY2C_NULL;

    Py2cValue fields = py2c_dict_new();
    int any_frozen_base = 0, has_dc_bases = 0;
    if (PY2C_IS_NULL(fields) ||
        collect_fields(cls, ns, fields, o[DC_KW_ONLY_OPT], &any_frozen_base, &has_dc_bases) < 0)
        goto fail;
    if (has_dc_bases && any_frozen_base && !o[DC_FROZEN]) {
        (void)py2c_error_format(&py2c_exc_TypeError, "cannot inherit non-frozen dataclass from a frozen one");
        goto fail;
    }
    if (has_dc_bases && !any_frozen_base && o[DC_FROZEN]) {
        (void)py2c_error_format(&py2c_exc_TypeError, "cannot inherit frozen dataclass from a non-frozen one");
        goto fail;
    }
    if (py2c_setattr(cls, PY2C__STR_VAL(s_fields), fields) < 0) goto fail;

    Py2cValue class_hash = py2c__dict_get(ns, PY2C__STR_VAL(s_hash));
    if (PY2C_IS_NULL(class_hash) && py2c_error_occurred()) goto fail;
    int has_eq = py2c_dict_contains(ns, PY2C__STR_VAL(s_eq));
    if (has_eq < 0) {
        py2c_decref(class_hash);
        goto fail;
    }
    int explicit_hash = !(PY2C_IS_NULL(class_hash) || (py2c_is_none(class_hash) && has_eq));
    py2c_decref(class_hash);
    if (o[DC_ORDER] && !o[DC_EQ]) {
        (void)py2c_error_format(&py2c_exc_ValueError, "eq must be true if order is true");
        goto fail;
    }

    Py2cValue flist = py2c_list_from_iterable(fields); /* the names, in order */
    if (PY2C_IS_NULL(flist)) goto fail;
    int64_t n = py2c_list_size(flist);
    Py2cValue *flds = malloc(sizeof *flds * (size_t)(n ? n : 1));
    if (!flds) {
        py2c_decref(flist);
        (void)py2c_error_nomemory();
        goto fail;
    }
    int self_is_field = 0;
    for (int64_t i = 0; i < n; i++) {
        flds[i] = py2c__dict_get(fields, py2c_list_item(flist, i));
        py2c_decref(flds[i]); /* fields keeps them */
        self_is_field |= py2c__str_eq_cstr(py2c_list_item(flist, i), "self");
    }
    py2c_decref(flist);
    const char *cname = t->name;
    rc = 0;
    if (o[DC_INIT]) {
        Py2cValue pi = py2c_getattr_opt(cls, PY2C__STR_VAL(s_post_init));
        if (PY2C_IS_NULL(pi) && py2c_error_occurred()) rc = -1;
        int post_init = !PY2C_IS_NULL(pi);
        py2c_decref(pi);
        if (rc == 0 && set_new_attribute(cls, ns, "__init__", make_init(t, flds, n, o[DC_FROZEN], post_init,
                                                                        self_is_field)) < 0)
            rc = -1;
    }
    if (rc == 0 && o[DC_REPR])
        rc = set_new_attribute(cls, ns, "__repr__",
                               make_fn(info_new(t, "__repr__", self_params, 1, 0, repr_body),
                                       names_where(flds, n, want_repr), PY2C_NULL, PY2C_NULL)) < 0
                 ? -1
                 : 0;
    static const struct {
        const char *name;
        Py2cCompareOp op;
    } cmps[] = {{"__eq__", PY2C_EQ}, {"__lt__", PY2C_LT}, {"__le__", PY2C_LE}, {"__gt__", PY2C_GT}, {"__ge__", PY2C_GE}};
    for (int c = 0; c < 5 && rc == 0; c++) {
        if (c == 0 ? !o[DC_EQ] : !o[DC_ORDER]) continue;
        DcInfo *di = info_new(t, cmps[c].name, cmp_params, 2, 0, cmp_body);
        if (di) di->op = cmps[c].op;
        int r = set_new_attribute(cls, ns, cmps[c].name,
                                  make_fn(di, names_where(flds, n, want_compare), PY2C_NULL, PY2C_NULL));
        if (r < 0) rc = -1;
        else if (r > 0 && c > 0) {
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering",
                                    cmps[c].name, cname);
            rc = -1;
        }
    }
    if (rc == 0 && o[DC_FROZEN]) {
        for (int k = 0; k < 2 && rc == 0; k++) {
            const char *mname = k == 0 ? "__setattr__" : "__delattr__";
            DcInfo *di = k == 0 ? info_new(t, mname, setattr_params, 3, 0, setattr_body)
                                : info_new(t, mname, delattr_params, 2, 0, delattr_body);
            int r = set_new_attribute(cls, ns, mname, make_fn(di, names_where(flds, n, NULL), PY2C_NULL, PY2C_NULL));
            if (r < 0) rc = -1;
            else if (r > 0) {
                (void)py2c_error_format(&py2c_exc_TypeError, "Cannot overwrite attribute %s in class %s", mname, cname);
                rc = -1;
            }
        }
    }
    if (rc == 0) {
        int action = hash_action(o[DC_UNSAFE_HASH], o[DC_EQ], o[DC_FROZEN], explicit_hash);
        if (action == 3) {
            type_error("Cannot overwrite attribute __hash__ in class %s", cname);
            rc = -1;
        } else if (action == 1) {
            rc = py2c_setattr(cls, PY2C__STR_VAL(s_hash), PY2C_NONE);
        } else if (action == 2) {
            Py2cValue h = make_fn(info_new(t, "__hash__", self_params, 1, 0, hash_body), names_where(flds, n, want_hash),
                                  PY2C_NULL, PY2C_NULL);
            rc = PY2C_IS_NULL(h) ? -1 : py2c_setattr(cls, PY2C__STR_VAL(s_hash), h);
            py2c_decref(h);
        }
    }
    if (rc == 0) {
        Py2cValue doc = py2c_getattr(cls, PY2C__STR_VAL(s_doc));
        int has_doc = PY2C_IS_NULL(doc) ? -1 : py2c_is_true(doc);
        py2c_decref(doc);
        if (has_doc < 0) rc = -1;
        else if (!has_doc) {
            /* the signature of the generated __init__ (CPython: of whatever __init__ is found) */
            Py2cValue init = py2c__dict_get(ns, PY2C__STR_VAL(s_init));
            int generated = !PY2C_IS_NULL(init) && py2c_is_obj(init) && py2c_obj_ptr(init)->type == &py2c_function_type &&
                            ((Py2cFunction *)py2c_obj_ptr(init))->info->body == init_body;
            py2c_decref(init);
            Py2cValue text = doc_text(t, flds, n, generated);
            rc = PY2C_IS_NULL(text) ? -1 : py2c_setattr(cls, PY2C__STR_VAL(s_doc), text);
            py2c_decref(text);
        }
    }
    if (rc == 0 && o[DC_MATCH_ARGS])
        rc = set_new_attribute(cls, ns, "__match_args__", names_where(flds, n, want_std_init)) < 0 ? -1 : 0;
    if (rc == 0 && o[DC_WEAKREF_SLOT]) {
        (void)py2c_error_format(&py2c_exc_TypeError, "weakref_slot is True but slots is False");
        rc = -1;
    }
    free(flds);
    py2c_decref(fields);
    if (rc < 0) return PY2C_NULL;
    py2c_incref(cls);
    return cls;
fail:
    py2c_decref(fields);
    return PY2C_NULL;
}
