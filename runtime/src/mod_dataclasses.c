/* The dataclasses module (CPython 3.11's Lib/dataclasses.py): the decorator
 * (mod_dataclasses_class.c does the class work), field(), Field, fields(),
 * asdict(), astuple(), replace(), is_dataclass(), FrozenInstanceError,
 * MISSING and KW_ONLY. The module functions are function objects with C
 * bodies, so that calls bind arguments with CPython's rules and messages.
 * Not supported: slots=True, weakref_slot=True, InitVar, ClassVar and
 * make_dataclass; Field.metadata is a plain dict (CPython: a mappingproxy). */
#include <stdlib.h>
#include <string.h>

#include "mod_dataclasses_internal.h"
#include "modsupport.h"

PY2C_STDLIB_MODULE("dataclasses", py2c__module_init_dataclasses);

PY2C__STR_CONST(s_fields, "__dataclass_fields__");
PY2C__STR_CONST(s_fields_attr, "_fields");

static void release(Py2cValue *p, int n) {
    for (int i = 0; i < n; i++) py2c_decref(p[i]);
}

/* ---- sentinels ------------------------------------------------------------------------ */

static Py2cValue factory_repr(Py2cValue self) {
    (void)self;
    return py2c_str_from_cstr("<factory>");
}

static const Py2cType missing_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_MISSING_TYPE",
    .module = "dataclasses",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cObject),
    .repr = py2c_object_default_repr,
    .hash = py2c_object_hash,
};
static const Py2cType has_factory_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_HAS_DEFAULT_FACTORY_CLASS",
    .module = "dataclasses",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cObject),
    .repr = factory_repr,
    .hash = py2c_object_hash,
};
static const Py2cType kw_only_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_KW_ONLY_TYPE",
    .module = "dataclasses",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cObject),
    .repr = py2c_object_default_repr,
    .hash = py2c_object_hash,
};

Py2cObject py2c__dc_missing = PY2C_STATIC_HEADER(&missing_type);
Py2cObject py2c__dc_has_factory = PY2C_STATIC_HEADER(&has_factory_type);
Py2cObject py2c__dc_kw_only = PY2C_STATIC_HEADER(&kw_only_type);

/* ---- Field ------------------------------------------------------------------------------ */

#define FIELD_MEMBERS(X) \
    X(name) X(type) X(default_) X(default_factory) X(init) X(repr) X(hash) X(compare) X(metadata) X(kw_only)

static void field_dealloc(Py2cObject *o) {
    DcField *f = (DcField *)o;
#define X(m) py2c_decref(f->m);
    FIELD_MEMBERS(X)
#undef X
    free(f);
}

Py2cValue py2c__dc_field_new(void) {
    DcField *f = (DcField *)py2c__object_new(&py2c__dc_field_type, sizeof *f);
    if (!f) return PY2C_NULL;
    Py2cValue md = py2c_dict_new();
    if (PY2C_IS_NULL(md)) {
        free(f);
        return md;
    }
    f->name = f->type = f->hash = PY2C_NONE;
    f->default_ = f->default_factory = f->kw_only = DC_MISSING;
    f->init = f->repr = f->compare = PY2C_TRUE;
    f->metadata = md;
    return py2c_obj_value(&f->ob);
}

/* Field(name='x',type=<class 'int'>,default=...,...) as CPython (no spaces). */
static Py2cValue field_repr(Py2cValue self) {
    DcField *f = py2c__dc_field(self);
    int r = py2c__repr_enter(self);
    if (r != 0) return r < 0 ? PY2C_NULL : py2c_str_from_cstr("...");
    static const char *const labels[] = {"Field(name=", ",type=", ",default=", ",default_factory=", ",init=",
                                         ",repr=", ",hash=", ",compare=", ",metadata=mappingproxy(", "),kw_only="};
    const Py2cValue vals[] = {f->name, f->type, f->default_, f->default_factory, f->init,
                              f->repr, f->hash, f->compare, f->metadata, f->kw_only};
    Py2cBuf b = {0};
    int rc = 0;
    for (int i = 0; i < 10 && rc == 0; i++) {
        rc = py2c__buf_puts(&b, labels[i]);
        if (rc == 0) rc = py2c__buf_put_repr(&b, vals[i]);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ",_field_type=_FIELD)");
    py2c__repr_leave(self);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

#define X(m)                                                                                 \
    static Py2cValue field_get_##m(Py2cValue self) {                                         \
        Py2cValue v = py2c__dc_field(self)->m;                                               \
        py2c_incref(v);                                                                      \
        return v;                                                                            \
    }                                                                                        \
    static int field_set_##m(Py2cValue self, Py2cValue v) {                                  \
        if (PY2C_IS_NULL(v)) {                                                               \
            (void)py2c_error_format(&py2c_exc_AttributeError, "py2c: cannot delete a Field attribute"); \
            return -1;                                                                       \
        }                                                                                    \
        py2c_incref(v);                                                                      \
        py2c_decref(py2c__dc_field(self)->m);                                                \
        py2c__dc_field(self)->m = v;                                                         \
        return 0;                                                                            \
    }
FIELD_MEMBERS(X)
#undef X

static const Py2cGetSetDef field_getset[] = {
    {"name", field_get_name, field_set_name},
    {"type", field_get_type, field_set_type},
    {"default", field_get_default_, field_set_default_},
    {"default_factory", field_get_default_factory, field_set_default_factory},
    {"init", field_get_init, field_set_init},
    {"repr", field_get_repr, field_set_repr},
    {"hash", field_get_hash, field_set_hash},
    {"compare", field_get_compare, field_set_compare},
    {"metadata", field_get_metadata, field_set_metadata},
    {"kw_only", field_get_kw_only, field_set_kw_only},
    {NULL, NULL, NULL},
};

const Py2cType py2c__dc_field_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Field",
    .module = "dataclasses",
    .base = &py2c_object_type,
    .basicsize = sizeof(DcField),
    .dealloc = field_dealloc,
    .repr = field_repr,
    .hash = py2c_object_hash,
    .getset = field_getset,
};

/* ---- field() ------------------------------------------------------------------------------ */

static const char *const field_params[] = {"default", "default_factory", "init",     "repr",
                                           "hash",    "compare",         "metadata", "kw_only"};

/* field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
 *       hash=None, compare=True, metadata=None, kw_only=MISSING) */
static Py2cValue field_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    if (!py2c_is(p[0], DC_MISSING) && !py2c_is(p[1], DC_MISSING)) {
        (void)py2c_error_format(&py2c_exc_ValueError, "cannot specify both default and default_factory");
    } else if (!PY2C_IS_NULL(r = py2c__dc_field_new())) {
        DcField *f = py2c__dc_field(r);
        Py2cValue *slots[] = {&f->default_, &f->default_factory, &f->init,     &f->repr,
                              &f->hash,     &f->compare,         &f->metadata, &f->kw_only};
        for (int i = 0; i < 8; i++) {
            if (i == 6 && py2c_is_none(p[i])) continue; /* metadata=None: the empty mapping */
            py2c_incref(p[i]);
            py2c_decref(*slots[i]);
            *slots[i] = p[i];
        }
    }
    release(p, 8);
    return r;
}

static const Py2cFuncInfo field_info = {"field", "field", field_params, 0, 0, 8, 0, field_body, NULL, NULL,
                                        "dataclasses"};

/* ---- dataclass() ----------------------------------------------------------------------- */

static const char *const dataclass_params[] = {"cls",         "init",       "repr",    "eq",    "order",
                                               "unsafe_hash", "frozen",     "match_args", "kw_only", "slots",
                                               "weakref_slot"};

static Py2cValue process(Py2cValue cls, const Py2cValue *opts) {
    if (!py2c_is_obj(cls) || !py2c__is_subtype(py2c_obj_ptr(cls)->type, &py2c_type_type) ||
        !py2c__is_heaptype((const Py2cType *)py2c_obj_ptr(cls)))
        return py2c_error_format(&py2c_exc_TypeError, "py2c: dataclass() needs a class defined in the program, not %s",
                                 py2c_type_name(cls));
    return py2c__dc_process_class(cls, opts);
}

static const char *const wrap_params[] = {"cls"};

/* dataclass(...)'s result: wrap(cls), the options in its closure. */
static Py2cValue wrap_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cValue opts[DC_NOPTS];
    for (int i = 0; i < DC_NOPTS; i++) opts[i] = py2c_tuple_item(fn->closure, i);
    Py2cValue r = process(p[0], opts);
    py2c_decref(p[0]);
    return r;
}

static const Py2cFuncInfo wrap_info = {"wrap", "dataclass.<locals>.wrap", wrap_params, 0, 1, 0, 0, wrap_body, NULL,
                                       NULL, "dataclasses"};

/* dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
 *           unsafe_hash=False, frozen=False, match_args=True,
 *           kw_only=False, slots=False, weakref_slot=False) */
static Py2cValue dataclass_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r;
    if (py2c_is_none(p[0])) {
        Py2cValue opts = py2c_tuple_pack(DC_NOPTS, p + 1);
        r = PY2C_IS_NULL(opts) ? opts : py2c_function_new(&wrap_info, PY2C_NULL, PY2C_NULL, opts);
        py2c_decref(opts);
    } else {
        r = process(p[0], p + 1);
    }
    release(p, 1 + DC_NOPTS);
    return r;
}

static const Py2cFuncInfo dataclass_info = {"dataclass", "dataclass", dataclass_params, 1, 1, DC_NOPTS, 0,
                                            dataclass_body, NULL, NULL, "dataclasses"};

/* ---- fields(), is_dataclass() --------------------------------------------------------------- */

/* The __dataclass_fields__ dict of x or of its class: new reference, or
 * PY2C_NULL without an exception when x is no dataclass. */
static Py2cValue fields_dict(Py2cValue x) {
    Py2cValue d = py2c_getattr_opt(x, PY2C__STR_VAL(s_fields));
    if (!PY2C_IS_NULL(d) && !py2c_is_dict(d)) PY2C_CLEAR(d);
    return d;
}

/* The Field objects of dataclass (type or instance) x, as a tuple. */
static Py2cValue fields_of(Py2cValue x) {
    Py2cValue d = fields_dict(x);
    if (PY2C_IS_NULL(d)) {
        if (py2c_error_occurred()) return d;
        return py2c_error_format(&py2c_exc_TypeError, "must be called with a dataclass type or instance");
    }
    Py2cValue l = py2c_list_new(0);
    int64_t pos = 0;
    Py2cValue k, v;
    while (!PY2C_IS_NULL(l) && py2c_dict_next(d, &pos, &k, &v))
        if (py2c__dc_is_field(v) && py2c_list_append(l, v) < 0) PY2C_CLEAR(l);
    py2c_decref(d);
    Py2cValue t = PY2C_IS_NULL(l) ? l : py2c_list_as_tuple(l);
    py2c_decref(l);
    return t;
}

static const char *const one_params[] = {"class_or_instance"};
static const char *const obj_params[] = {"obj"};

static Py2cValue fields_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = fields_of(p[0]);
    py2c_decref(p[0]);
    return r;
}

static int is_dataclass_instance(Py2cValue obj) {
    Py2cValue d = fields_dict(py2c_type_value_of(obj));
    if (PY2C_IS_NULL(d)) return py2c_error_occurred() ? -1 : 0;
    py2c_decref(d);
    return 1;
}

static int is_type_object(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type);
}

static Py2cValue is_dataclass_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue cls = is_type_object(p[0]) ? p[0] : py2c_type_value_of(p[0]);
    Py2cValue d = fields_dict(cls);
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(d)) return py2c_error_occurred() ? PY2C_NULL : PY2C_FALSE;
    py2c_decref(d);
    return PY2C_TRUE;
}

static const Py2cFuncInfo fields_info = {"fields", "fields", one_params, 0, 1, 0, 0, fields_body, NULL, NULL,
                                         "dataclasses"};
static const Py2cFuncInfo is_dataclass_info = {"is_dataclass", "is_dataclass", obj_params, 0, 1, 0, 0,
                                               is_dataclass_body, NULL, NULL, "dataclasses"};

/* ---- asdict(), astuple() ------------------------------------------------------------------ */

static Py2cValue call1(Py2cValue f, Py2cValue arg) { return py2c_call(f, &arg, 1, PY2C_NULL); }

/* copy.deepcopy(v), skipping the immutable atoms. */
static Py2cValue deepcopy(Py2cValue v) {
    if (!py2c_is_obj(v) || py2c_is_str(v) || py2c_is_int(v) || py2c_is_bytes(v)) {
        py2c_incref(v);
        return v;
    }
    Py2cValue copy = py2c_import("copy");
    if (PY2C_IS_NULL(copy)) return copy;
    Py2cValue name = py2c_str_from_cstr("deepcopy");
    Py2cValue r = PY2C_IS_NULL(name) ? name : py2c_call_method(copy, name, &v, 1, PY2C_NULL);
    py2c_decref(name);
    py2c_decref(copy);
    return r;
}

/* CPython's _asdict_inner / _astuple_inner (as_tuple selects). */
static Py2cValue inner(Py2cValue obj, Py2cValue factory, int as_tuple) {
    int dc = is_dataclass_instance(obj);
    if (dc < 0) return PY2C_NULL;
    if (py2c_recursion_enter() < 0) return PY2C_NULL;
    Py2cValue r = PY2C_NULL;
    const Py2cType *t = py2c_type_of(obj);
    if (dc) {
        Py2cValue flds = fields_of(obj), items = py2c_list_new(0);
        int64_t n = PY2C_IS_NULL(flds) ? 0 : py2c_tuple_size(flds);
        int ok = !PY2C_IS_NULL(flds) && !PY2C_IS_NULL(items);
        for (int64_t i = 0; ok && i < n; i++) {
            Py2cValue name = py2c__dc_field(py2c_tuple_item(flds, i))->name;
            Py2cValue v = py2c_getattr(obj, name);
            Py2cValue iv = PY2C_IS_NULL(v) ? v : inner(v, factory, as_tuple);
            py2c_decref(v);
            Py2cValue item = iv;
            if (!as_tuple && !PY2C_IS_NULL(iv)) {
                Py2cValue pair[2] = {name, iv};
                item = py2c_tuple_pack(2, pair);
                py2c_decref(iv);
            }
            ok = !PY2C_IS_NULL(item) && py2c_list_append(items, item) == 0;
            py2c_decref(item);
        }
        if (ok) r = call1(factory, items);
        py2c_decref(items);
        py2c_decref(flds);
    } else if (py2c__is_subtype(t, &py2c_list_type) || py2c__is_subtype(t, &py2c_tuple_type)) {
        int is_nt = 0;
        if (py2c__is_subtype(t, &py2c_tuple_type) && t != &py2c_tuple_type) {
            Py2cValue fl = py2c_getattr_opt(obj, PY2C__STR_VAL(s_fields_attr));
            is_nt = !PY2C_IS_NULL(fl);
            py2c_decref(fl);
        }
        Py2cValue items = py2c_list_new(0), it = py2c_iter(obj);
        int ok = !PY2C_IS_NULL(items) && !PY2C_IS_NULL(it) && !py2c_error_occurred();
        while (ok) {
            Py2cValue v = py2c_iter_next(it);
            if (PY2C_IS_NULL(v)) {
                ok = !py2c_error_occurred();
                break;
            }
            Py2cValue iv = inner(v, factory, as_tuple);
            py2c_decref(v);
            ok = !PY2C_IS_NULL(iv) && py2c_list_append(items, iv) == 0;
            py2c_decref(iv);
        }
        py2c_decref(it);
        if (ok) {
            if (t == &py2c_list_type) {
                r = items;
                py2c_incref(r);
            } else if (t == &py2c_tuple_type) {
                r = py2c_list_as_tuple(items);
            } else if (is_nt) {
                Py2cValue args = py2c_list_as_tuple(items);
                r = PY2C_IS_NULL(args) ? args : py2c_call_ex(py2c_type_value(t), args, PY2C_NULL);
                py2c_decref(args);
            } else {
                r = call1(py2c_type_value(t), items);
            }
        }
        py2c_decref(items);
    } else if (py2c_is_dict(obj)) {
        Py2cValue out = t == &py2c_dict_type ? py2c_dict_new() : py2c_list_new(0);
        Py2cValue keys = py2c_list_from_iterable(obj);
        int ok = !PY2C_IS_NULL(out) && !PY2C_IS_NULL(keys);
        for (int64_t i = 0; ok && i < py2c_list_size(keys); i++) {
            Py2cValue k = py2c_list_item(keys, i);
            Py2cValue v = py2c_getitem(obj, k);
            Py2cValue ik = PY2C_IS_NULL(v) ? PY2C_NULL : inner(k, factory, as_tuple);
            Py2cValue iv = PY2C_IS_NULL(ik) ? PY2C_NULL : inner(v, factory, as_tuple);
            ok = !PY2C_IS_NULL(iv);
            if (ok && t == &py2c_dict_type) {
                ok = py2c_dict_setitem(out, ik, iv) == 0;
            } else if (ok) {
                Py2cValue pair[2] = {ik, iv};
                Py2cValue tp = py2c_tuple_pack(2, pair);
                ok = !PY2C_IS_NULL(tp) && py2c_list_append(out, tp) == 0;
                py2c_decref(tp);
            }
            py2c_decref(v);
            py2c_decref(ik);
            py2c_decref(iv);
        }
        if (ok) {
            if (t == &py2c_dict_type) {
                r = out;
                py2c_incref(r);
            } else {
                r = call1(py2c_type_value(t), out);
            }
        }
        py2c_decref(keys);
        py2c_decref(out);
    } else {
        r = deepcopy(obj);
    }
    py2c_recursion_leave();
    return r;
}

static const char *const asdict_params[] = {"obj", "dict_factory"};
static const char *const astuple_params[] = {"obj", "tuple_factory"};

static Py2cValue asdict_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    int dc = is_dataclass_instance(p[0]);
    if (dc == 0) (void)py2c_error_format(&py2c_exc_TypeError, "asdict() should be called on dataclass instances");
    if (dc > 0) r = inner(p[0], p[1], 0);
    release(p, 2);
    return r;
}

static Py2cValue astuple_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    int dc = is_dataclass_instance(p[0]);
    if (dc == 0) (void)py2c_error_format(&py2c_exc_TypeError, "astuple() should be called on dataclass instances");
    if (dc > 0) r = inner(p[0], p[1], 1);
    release(p, 2);
    return r;
}

static const Py2cFuncInfo asdict_info = {"asdict", "asdict", asdict_params, 0, 1, 1, 0, asdict_body, NULL, NULL,
                                         "dataclasses"};
static const Py2cFuncInfo astuple_info = {"astuple", "astuple", astuple_params, 0, 1, 1, 0, astuple_body, NULL, NULL,
                                          "dataclasses"};

/* ---- replace() --------------------------------------------------------------------------- */

static const char *const replace_params[] = {"obj", "changes"};

/* replace(obj, /, **changes): obj.__class__(**changes) with the unchanged
 * init fields copied from obj. */
static Py2cValue replace_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue obj = p[0], changes = p[1], r = PY2C_NULL;
    int dc = is_dataclass_instance(obj);
    if (dc == 0) (void)py2c_error_format(&py2c_exc_TypeError, "replace() should be called on dataclass instances");
    Py2cValue d = dc > 0 ? fields_dict(py2c_type_value_of(obj)) : PY2C_NULL;
    int ok = !PY2C_IS_NULL(d);
    int64_t pos = 0;
    Py2cValue k, v;
    while (ok && py2c_dict_next(d, &pos, &k, &v)) {
        if (!py2c__dc_is_field(v)) continue;
        DcField *f = py2c__dc_field(v);
        int has = py2c_dict_contains(changes, f->name);
        int init = has < 0 ? -1 : py2c_is_true(f->init);
        if (has < 0 || init < 0) {
            ok = 0;
        } else if (!init) {
            if (has) {
                Py2cValue rep = py2c_str(f->name);
                if (!PY2C_IS_NULL(rep))
                    (void)py2c_error_format(&py2c_exc_ValueError,
                                            "field %s is declared with init=False, it cannot be specified with replace()",
                                            py2c__as_str(rep)->data);
                py2c_decref(rep);
                ok = 0;
            }
        } else if (!has) {
            Py2cValue cur = py2c_getattr(obj, f->name);
            ok = !PY2C_IS_NULL(cur) && py2c_dict_setitem(changes, f->name, cur) == 0;
            py2c_decref(cur);
        }
    }
    py2c_decref(d);
    Py2cValue noargs = ok ? py2c_tuple_new(0) : PY2C_NULL;
    if (!PY2C_IS_NULL(noargs)) r = py2c_call_ex(py2c_type_value_of(obj), noargs, changes);
    py2c_decref(noargs);
    release(p, 2);
    return r;
}

static const Py2cFuncInfo replace_info = {"replace", "replace", replace_params, 1, 1, 0, PY2C_FUNC_VARKW,
                                          replace_body, NULL, NULL, "dataclasses"};

/* ---- the module -------------------------------------------------------------------------- */

static Py2cValue frozen_error; /* dataclasses.FrozenInstanceError; zero bits until made */
static int module_made;

Py2cValue py2c__dc_frozen_error(void) { return frozen_error; }

static void dataclasses_shutdown(void) {
    PY2C_CLEAR(frozen_error);
    py2c__dc_methods_shutdown();
    module_made = 0;
}

Py2cValue py2c__module_init_dataclasses(void) {
    Py2cValue m = py2c_module_new("dataclasses");
    if (PY2C_IS_NULL(m)) return m;
    if (!module_made) {
        frozen_error = py2c__class_make_empty("FrozenInstanceError", "dataclasses",
                                              py2c_type_value(&py2c_exc_AttributeError));
        if (PY2C_IS_NULL(frozen_error)) goto fail;
        module_made = 1;
        if (py2c_atexit_runtime(dataclasses_shutdown) < 0) {
            (void)py2c_error_nomemory();
            goto fail;
        }
    }
    const Py2cValue field_defs[8] = {DC_MISSING, DC_MISSING, PY2C_TRUE, PY2C_TRUE,
                                     PY2C_NONE,  PY2C_TRUE,  PY2C_NONE, DC_MISSING};
    const Py2cValue dc_defs[DC_NOPTS] = {PY2C_TRUE,  PY2C_TRUE, PY2C_TRUE,  PY2C_FALSE, PY2C_FALSE,
                                         PY2C_FALSE, PY2C_TRUE, PY2C_FALSE, PY2C_FALSE, PY2C_FALSE};
    Py2cValue none_default = py2c_tuple_pack(1, (Py2cValue[]){PY2C_NONE});
    Py2cValue dict_t = py2c_type_value(&py2c_dict_type), tuple_t = py2c_type_value(&py2c_tuple_type);
    int rc = PY2C_IS_NULL(none_default) ? -1 : py2c__module_add_function(m, &dataclass_info, none_default, dc_defs);
    py2c_decref(none_default);
    if (rc == 0) rc = py2c__module_add_function(m, &field_info, PY2C_NULL, field_defs);
    if (rc == 0) rc = py2c_module_add(m, "Field", py2c_type_value(&py2c__dc_field_type));
    if (rc == 0) rc = py2c_module_add(m, "FrozenInstanceError", frozen_error);
    if (rc == 0) rc = py2c_module_add(m, "MISSING", DC_MISSING);
    if (rc == 0) rc = py2c_module_add(m, "KW_ONLY", DC_KW_ONLY);
    if (rc == 0) rc = py2c__module_add_function(m, &fields_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__module_add_function(m, &is_dataclass_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__module_add_function(m, &asdict_info, PY2C_NULL, &dict_t);
    if (rc == 0) rc = py2c__module_add_function(m, &astuple_info, PY2C_NULL, &tuple_t);
    if (rc == 0) rc = py2c__module_add_function(m, &replace_info, PY2C_NULL, NULL);
    if (rc == 0) return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
