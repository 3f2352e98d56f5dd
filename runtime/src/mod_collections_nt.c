/* collections.namedtuple: each call makes a new tuple subtype. Its
 * instances are tuples (tuple's layout and slots: indexing, len, hashing,
 * iteration) whose type adds field access by name, _fields,
 * _field_defaults, _make, _replace, _asdict and the "Point(x=1, y=2)" repr.
 *
 * The class is a reference-counted type object allocated here (not a user
 * heap type: it needs no namespace dict); its metatype is a copy of `type`
 * whose getattr also answers the class attributes _fields & co., and whose
 * dealloc frees the class. Each instance holds a reference to its class. */
#include <stdlib.h>
#include <string.h>

#include "mod_collections_internal.h"

typedef struct NtType {
    Py2cType type;
    Py2cValue fields;   /* tuple of str */
    Py2cValue defaults; /* dict field -> default (_field_defaults) */
    int64_t nfields, ndefaults;
    char *name, *module; /* owned */
} NtType;

static Py2cType nt_meta_type; /* filled from type's slots at first use */

/* The namedtuple class of t: t itself, or the one a user class derives
 * from (`class P(namedtuple('P', 'x y')): ...`), its solid base. */
static NtType *nt_type(const Py2cType *t) { return (NtType *)py2c__solid_base(t); }
static NtType *nt_of(Py2cValue inst) { return nt_type(py2c_obj_ptr(inst)->type); }

static int is_tupleish(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_tuple_type);
}

/* ---- instances ------------------------------------------------------------------ */

/* A new instance of class cls (a namedtuple class or a user subclass) with
 * n items (stolen from items). */
static Py2cValue inst_new(const Py2cType *cls, Py2cValue *items, int64_t n) {
    Py2cTuple *r = (Py2cTuple *)py2c__object_new(cls, sizeof(Py2cTuple) + (size_t)n * sizeof(Py2cValue));
    if (!r) {
        for (int64_t i = 0; i < n; i++) py2c_decref(items[i]);
        return PY2C_NULL;
    }
    r->size = n;
    memcpy(r->items, items, (size_t)n * sizeof *items);
    py2c_incref(py2c_type_value(cls));
    return py2c_obj_value(&r->ob);
}

static void inst_dealloc(Py2cObject *o) {
    Py2cTuple *t = (Py2cTuple *)o;
    const Py2cType *type = o->type;
    for (int64_t i = 0; i < t->size; i++) py2c_decref(t->items[i]);
    free(o);
    py2c_decref(py2c_type_value(type));
}

static const char *text(Py2cValue s) { return py2c__as_str(s)->data; }

/* "'x'", "'x' and 'y'", "'x', 'y', and 'z'" (CPython's missing-arguments list). */
static void name_list(char *buf, size_t cap, Py2cValue *names, int64_t n) {
    size_t len = 0;
    buf[0] = 0;
    for (int64_t i = 0; i < n && len < cap; i++) {
        const char *sep = i == 0 ? "" : n == 2 ? " and " : i == n - 1 ? ", and " : ", ";
        len += (size_t)snprintf(buf + len, cap - len, "%s'%s'", sep, text(names[i]));
    }
}

/* Whether the steps CPython's Python code takes here fit under the
 * recursion limit: `frames` nested frames, then `calls` nested calls of C
 * functions (message suffix); else RecursionError as the step that would
 * exceed it. For steps spanning no user code: nothing to undo. */
static int nt_steps(int frames, int calls) {
    int64_t room = py2c__recursion_limit - py2c__ts.depth;
    if (PY2C__LIKELY(room >= frames + calls)) return 0;
    py2c__ts.depth++;
    return py2c__recursion_exceeded(room < frames ? "" : " while calling a Python object");
}

/* Point(x, y) with the argument checks of the generated __new__(_cls, x, y). */
static Py2cValue nt_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    NtType *t = (NtType *)py2c_obj_ptr(self);
    int64_t n = t->nfields, nreq = n - t->ndefaults;
    if ((int64_t)nargs > n) {
        if (nreq == n)
            return py2c_error_format(&py2c_exc_TypeError,
                                     "%s.__new__() takes %lld positional argument%s but %zu were given", t->name,
                                     (long long)n + 1, n == 0 ? "" : "s", nargs + 1);
        return py2c_error_format(&py2c_exc_TypeError,
                                 "%s.__new__() takes from %lld to %lld positional arguments but %zu were given",
                                 t->name, (long long)nreq + 1, (long long)n + 1, nargs + 1);
    }
    Py2cValue small[16], *items = n <= 16 ? small : malloc((size_t)n * sizeof *items);
    if (!items) return py2c_error_nomemory();
    for (int64_t i = 0; i < n; i++) items[i] = i < (int64_t)nargs ? args[i] : PY2C_NULL;
    Py2cValue r = PY2C_NULL;
    for (size_t k = 0; k < py2c__kw_count(kwnames); k++) {
        Py2cValue kw = py2c__kw_name(kwnames, k);
        int64_t i = 0;
        while (i < n && !py2c__str_eq_cstr(kw, text(py2c_tuple_item(t->fields, i)))) i++;
        if (i == n) {
            (void)py2c_error_format(&py2c_exc_TypeError, "%s.__new__() got an unexpected keyword argument '%s'",
                                    t->name, text(kw));
            goto done;
        }
        if (!PY2C_IS_NULL(items[i])) {
            (void)py2c_error_format(&py2c_exc_TypeError, "%s.__new__() got multiple values for argument '%s'", t->name,
                                    text(kw));
            goto done;
        }
        items[i] = args[nargs + k];
    }
    Py2cValue missing[64];
    int64_t nmissing = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!PY2C_IS_NULL(items[i])) continue;
        if (i >= nreq) {
            items[i] = py2c_dict_get_cstr(t->defaults, text(py2c_tuple_item(t->fields, i)));
        } else if (nmissing < 64) {
            missing[nmissing++] = py2c_tuple_item(t->fields, i);
        }
    }
    if (nmissing) {
        char list[1024];
        name_list(list, sizeof list, missing, nmissing);
        (void)py2c_error_format(&py2c_exc_TypeError, "%s.__new__() missing %lld required positional argument%s: %s",
                                t->name, (long long)nmissing, nmissing == 1 ? "" : "s", list);
        goto done;
    }
    /* CPython's generated __new__ is a Python function (a frame) calling
     * tuple.__new__(_cls, (x, y)) */
    if (nt_steps(1, 1) < 0) goto done;
    for (int64_t i = 0; i < n; i++) py2c_incref(items[i]);
    r = inst_new(&t->type, items, n);
done:
    if (items != small) free(items);
    return r;
}

static Py2cValue nt_repr(Py2cValue self) {
    NtType *t = nt_of(self);
    Py2cTuple *tp = py2c_tuple_ptr(self);
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, py2c_obj_ptr(self)->type->name); /* self.__class__.__name__ */
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    for (int64_t i = 0; i < tp->size && i < t->nfields && rc == 0; i++) {
        if (i) rc = py2c__buf_puts(&b, ", ");
        if (rc == 0) rc = py2c__buf_puts(&b, text(py2c_tuple_item(t->fields, i)));
        if (rc == 0) rc = py2c__buf_puts(&b, "=");
        if (rc == 0) rc = py2c__buf_put_repr(&b, tp->items[i]);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

/* tuple's comparison, for any pair of tuples and namedtuples. */
static Py2cValue nt_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!is_tupleish(a) || !is_tupleish(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cTuple *x = py2c_tuple_ptr(a), *y = py2c_tuple_ptr(b);
    return py2c__seq_richcompare(x->items, x->size, y->items, y->size, op);
}

/* p + t: a plain tuple. */
static Py2cValue nt_concat(Py2cValue a, Py2cValue b) {
    if (!is_tupleish(a)) return PY2C_NOT_IMPLEMENTED;
    if (!is_tupleish(b))
        return py2c_error_format(&py2c_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                                 py2c_type_name(b));
    Py2cTuple *x = py2c_tuple_ptr(a), *y = py2c_tuple_ptr(b);
    Py2cValue r = py2c_tuple_new((size_t)(x->size + y->size));
    if (PY2C_IS_NULL(r)) return r;
    for (int64_t i = 0; i < x->size; i++) py2c_incref(py2c_tuple_ptr(r)->items[i] = x->items[i]);
    for (int64_t i = 0; i < y->size; i++) py2c_incref(py2c_tuple_ptr(r)->items[x->size + i] = y->items[i]);
    return r;
}

/* p * n: a plain tuple. */
static Py2cValue nt_repeat(Py2cValue a, Py2cValue b) {
    Py2cValue seq = is_tupleish(a) ? a : b, count = is_tupleish(a) ? b : a;
    if (!is_tupleish(seq)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(count, &n) < 0) return PY2C_NULL;
    Py2cTuple *x = py2c_tuple_ptr(seq);
    if (n > 0 && x->size > INT64_MAX / n) return py2c_error_nomemory();
    Py2cValue r = py2c_tuple_new((size_t)(x->size * n));
    if (PY2C_IS_NULL(r)) return r;
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < x->size; i++) py2c_incref(py2c_tuple_ptr(r)->items[k * x->size + i] = x->items[i]);
    return r;
}

static const Py2cNumberMethods nt_number = {
    .binary = {[PY2C_OP_ADD] = nt_concat, [PY2C_OP_MUL] = nt_repeat},
};

/* Class attributes shared by the class and its instances: a new reference,
 * or PY2C_NULL (no exception) for other names. */
static Py2cValue class_attr(NtType *t, Py2cValue name) {
    if (py2c__str_eq_cstr(name, "_fields") || py2c__str_eq_cstr(name, "__match_args__")) {
        py2c_incref(t->fields);
        return t->fields;
    }
    if (py2c__str_eq_cstr(name, "_field_defaults")) {
        py2c_incref(t->defaults);
        return t->defaults;
    }
    return PY2C_NULL;
}

/* p.x (field names), p._fields: after the methods of the type. */
static Py2cValue nt_getattr(Py2cValue self, Py2cValue name) {
    NtType *t = nt_of(self);
    if (py2c_is_str(name)) {
        for (int64_t i = 0; i < t->nfields && i < py2c_tuple_size(self); i++)
            if (py2c__str_eq_cstr(name, text(py2c_tuple_item(t->fields, i)))) {
                Py2cValue v = py2c_tuple_item(self, i);
                py2c_incref(v);
                return v;
            }
        Py2cValue r = class_attr(t, name);
        if (!PY2C_IS_NULL(r)) return r;
    }
    return py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c_type_name(self),
                             py2c_is_str(name) ? text(name) : "?");
}

static int nt_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    (void)value;
    NtType *t = nt_of(self);
    for (int64_t i = 0; i < t->nfields; i++)
        if (py2c__str_eq_cstr(name, text(py2c_tuple_item(t->fields, i)))) {
            (void)py2c_error_format(&py2c_exc_AttributeError, "can't %s attribute",
                                    PY2C_IS_NULL(value) ? "delete" : "set");
            return -1;
        }
    (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '%s'", py2c_type_name(self),
                            text(name));
    return -1;
}

/* Point._make(iterable) (a class method: self is the class). */
static Py2cValue nt_make(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("_make", nargs, kwnames) < 0) return PY2C_NULL;
    NtType *t = nt_type((const Py2cType *)py2c_obj_ptr(self));
    /* CPython's _make is a Python function (a frame) that calls
     * tuple.__new__(cls, iterable): one more step while it iterates */
    if (py2c_recursion_enter() < 0) return PY2C_NULL;
    Py2cValue l = PY2C_NULL;
    if (py2c_recursion_enter_call() == 0) {
        l = py2c_list_from_iterable(args[0]);
        py2c_recursion_leave();
    }
    if (PY2C_IS_NULL(l)) {
        py2c_recursion_leave();
        return l;
    }
    Py2cList *lp = py2c_list_ptr(l);
    if (lp->size != t->nfields) {
        (void)py2c_error_format(&py2c_exc_TypeError, "Expected %lld arguments, got %lld", (long long)t->nfields,
                                (long long)lp->size);
        py2c_decref(l);
        py2c_recursion_leave();
        return PY2C_NULL;
    }
    Py2cValue r = inst_new((const Py2cType *)py2c_obj_ptr(self), lp->items, lp->size); /* steals the items */
    lp->size = 0;
    py2c_decref(l);
    py2c_recursion_leave();
    return r;
}

static Py2cValue nt_replace(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    NtType *t = nt_of(self);
    if (nargs > 0)
        return py2c_error_format(&py2c_exc_TypeError, "%s._replace() takes 1 positional argument but %zu were given",
                                 t->name, nargs + 1);
    /* CPython: _replace's frame, _make's, its tuple.__new__ call, and the
     * kwds.pop calls of the map it iterates */
    if (nt_steps(2, t->nfields > 0 ? 2 : 1) < 0) return PY2C_NULL;
    int64_t n = py2c_tuple_size(self), nkw = (int64_t)py2c__kw_count(kwnames), used = 0;
    Py2cValue r = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(r)) return r;
    Py2cValue *items = py2c_tuple_ptr(r)->items;
    char *taken = calloc((size_t)(nkw ? nkw : 1), 1);
    if (!taken) {
        py2c_decref(r);
        return py2c_error_nomemory();
    }
    for (int64_t i = 0; i < n; i++) {
        items[i] = py2c_tuple_item(self, i);
        for (int64_t k = 0; i < t->nfields && k < nkw; k++)
            if (py2c__str_eq_cstr(py2c__kw_name(kwnames, (size_t)k), text(py2c_tuple_item(t->fields, i)))) {
                items[i] = args[k];
                taken[k] = 1;
                used++;
            }
        py2c_incref(items[i]);
    }
    if (used < nkw) {
        Py2cValue rest = py2c_list_new(0);
        for (int64_t k = 0; !PY2C_IS_NULL(rest) && k < nkw; k++)
            if (!taken[k] && py2c_list_append(rest, py2c__kw_name(kwnames, (size_t)k)) < 0) PY2C_CLEAR(rest);
        Py2cValue rr = PY2C_IS_NULL(rest) ? PY2C_NULL : py2c_repr(rest);
        if (!PY2C_IS_NULL(rr))
            (void)py2c_error_format(&py2c_exc_ValueError, "Got unexpected field names: %s", text(rr));
        py2c_decref(rr);
        py2c_decref(rest);
        free(taken);
        py2c_decref(r);
        return PY2C_NULL;
    }
    free(taken);
    /* the tuple's items become the instance's */
    Py2cValue inst = inst_new(py2c_obj_ptr(self)->type, items, n);
    py2c_tuple_ptr(r)->size = 0;
    py2c_decref(r);
    return inst;
}

static Py2cValue nt_asdict(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("_asdict", nargs, kwnames) < 0) return PY2C_NULL;
    NtType *t = nt_of(self);
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return d;
    for (int64_t i = 0; i < t->nfields && i < py2c_tuple_size(self); i++)
        if (py2c_dict_setitem(d, py2c_tuple_item(t->fields, i), py2c_tuple_item(self, i)) < 0) {
            py2c_decref(d);
            return PY2C_NULL;
        }
    return d;
}

static Py2cValue nt_getnewargs(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("__getnewargs__", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cTuple *x = py2c_tuple_ptr(self);
    return py2c_tuple_pack((size_t)x->size, x->items);
}

/* copy.copy / copy.deepcopy: a new instance (of deep copies of the items). */
static Py2cValue nt_copy_impl(Py2cValue self, Py2cValue memo) {
    int64_t n = py2c_tuple_size(self);
    Py2cValue small[16], *items = n <= 16 ? small : malloc((size_t)n * sizeof *items);
    if (!items) return py2c_error_nomemory();
    for (int64_t i = 0; i < n; i++) {
        Py2cValue v = py2c_tuple_item(self, i);
        if (PY2C_IS_NULL(memo)) {
            py2c_incref(v);
        } else {
            v = py2c__collections_deepcopy(v, memo);
            if (PY2C_IS_NULL(v)) {
                while (i > 0) py2c_decref(items[--i]);
                if (items != small) free(items);
                return v;
            }
        }
        items[i] = v;
    }
    Py2cValue r = inst_new(py2c_obj_ptr(self)->type, items, n);
    if (items != small) free(items);
    return r;
}

static Py2cValue nt_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("__copy__", nargs, kwnames) < 0) return PY2C_NULL;
    return nt_copy_impl(self, PY2C_NULL);
}

static Py2cValue nt_deepcopy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("__deepcopy__", nargs, kwnames) < 0) return PY2C_NULL;
    return nt_copy_impl(self, args[0]);
}

static const Py2cMethodDef nt_methods[] = {
    {"__copy__", nt_copy},
    {"__deepcopy__", nt_deepcopy},
    {"_replace", nt_replace},
    {"_asdict", nt_asdict},
    {"__getnewargs__", nt_getnewargs},
    {NULL, NULL},
};

static const Py2cMethodDef nt_classmethods[] = {{"_make", nt_make}, {NULL, NULL}};

/* ---- the classes ------------------------------------------------------------------ */

static void nt_type_dealloc(Py2cObject *o) {
    if (py2c__is_heaptype((const Py2cType *)o)) { /* a user subclass: its metatype is ours */
        py2c__type_dealloc(o);
        return;
    }
    NtType *t = (NtType *)o;
    py2c_decref(t->fields);
    py2c_decref(t->defaults);
    free(t->name);
    free(t->module);
    free(t);
}

/* Point(...): calling the class counts one level of recursion, as CPython's
 * _PyObject_MakeTpCall for a heap type (a user subclass's call takes that
 * step in its own __new__ slot). */
static Py2cValue nt_class_call(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__is_heaptype((const Py2cType *)py2c_obj_ptr(cls))) return py2c_type_type.call(cls, args, nargs, kwnames);
    if (py2c_recursion_enter_call() < 0) return PY2C_NULL;
    Py2cValue r = py2c_type_type.call(cls, args, nargs, kwnames);
    py2c_recursion_leave();
    return r;
}

/* Point._fields & co. on the class, then type's lookup. */
static Py2cValue nt_meta_getattr(Py2cValue cls, Py2cValue name) {
    if (py2c_is_obj(cls) && py2c_obj_ptr(cls)->type == &nt_meta_type && py2c_is_str(name)) {
        Py2cValue r = class_attr(nt_type((const Py2cType *)py2c_obj_ptr(cls)), name);
        if (!PY2C_IS_NULL(r)) return r;
    }
    return py2c_type_getattr(cls, name);
}

static char *dup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static const char *const keywords[] = {
    "False", "None",   "True",    "and",      "as",     "assert", "async",  "await",  "break",
    "class", "continue", "def",   "del",      "elif",   "else",   "except", "finally", "for",
    "from",  "global", "if",      "import",   "in",     "is",     "lambda", "nonlocal", "not",
    "or",    "pass",   "raise",   "return",   "try",    "while",  "with",   "yield",
};

static int is_keyword(Py2cValue s) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (py2c__str_eq_cstr(s, keywords[i])) return 1;
    return 0;
}

/* s.isidentifier(): 1, 0, -1 */
static int is_identifier(Py2cValue s) {
    Py2cValue name = py2c_str_from_cstr("isidentifier");
    if (PY2C_IS_NULL(name)) return -1;
    Py2cValue r = py2c_call_method(s, name, NULL, 0, PY2C_NULL);
    py2c_decref(name);
    if (PY2C_IS_NULL(r)) return -1;
    int t = py2c_is_true(r);
    py2c_decref(r);
    return t;
}

/* ValueError fmt % repr(s); returns -1. */
static int bad_name(const char *fmt, Py2cValue s) {
    Py2cValue r = py2c_repr(s);
    if (PY2C_IS_NULL(r)) return -1;
    (void)py2c_error_format(&py2c_exc_ValueError, fmt, text(r));
    py2c_decref(r);
    return -1;
}

/* The field names as a list of str (field_names: a str with spaces or commas,
 * or an iterable of values converted by str()). */
static Py2cValue field_list(Py2cValue field_names) {
    if (py2c_is_str(field_names)) {
        Py2cStr *s = py2c__as_str(field_names);
        Py2cValue l = py2c_list_new(0);
        if (PY2C_IS_NULL(l)) return l;
        int64_t i = 0;
        while (i < s->len) {
            while (i < s->len && (s->data[i] == ',' || s->data[i] == ' ' || s->data[i] == '\t' || s->data[i] == '\n' ||
                                  s->data[i] == '\r' || s->data[i] == '\f' || s->data[i] == '\v'))
                i++;
            int64_t j = i;
            while (j < s->len && !(s->data[j] == ',' || s->data[j] == ' ' || s->data[j] == '\t' || s->data[j] == '\n' ||
                                   s->data[j] == '\r' || s->data[j] == '\f' || s->data[j] == '\v'))
                j++;
            if (j > i) {
                Py2cValue w = py2c_str_from_utf8(s->data + i, j - i);
                if (PY2C_IS_NULL(w) || py2c_list_append(l, w) < 0) {
                    py2c_decref(w);
                    py2c_decref(l);
                    return PY2C_NULL;
                }
                py2c_decref(w);
            }
            i = j;
        }
        return l;
    }
    Py2cValue l = py2c_list_from_iterable(field_names);
    if (PY2C_IS_NULL(l)) return l;
    Py2cList *lp = py2c_list_ptr(l);
    for (int64_t i = 0; i < lp->size; i++) {
        Py2cValue s = py2c_str(lp->items[i]);
        if (PY2C_IS_NULL(s)) {
            py2c_decref(l);
            return s;
        }
        py2c_decref(lp->items[i]);
        lp->items[i] = s;
    }
    return l;
}

static int check_names(Py2cValue typename, Py2cValue names, int rename) {
    Py2cList *lp = py2c_list_ptr(names);
    if (rename) {
        Py2cValue seen = py2c_set_new();
        if (PY2C_IS_NULL(seen)) return -1;
        for (int64_t i = 0; i < lp->size; i++) {
            Py2cValue nm = lp->items[i];
            int id = is_identifier(nm), dup_ = id < 0 ? -1 : py2c_set_contains(seen, nm);
            if (dup_ < 0 || py2c_set_add(seen, nm) < 0) {
                py2c_decref(seen);
                return -1;
            }
            if (!id || is_keyword(nm) || text(nm)[0] == '_' || dup_) {
                char buf[32];
                snprintf(buf, sizeof buf, "_%lld", (long long)i);
                Py2cValue nn = py2c_str_from_cstr(buf);
                if (PY2C_IS_NULL(nn)) {
                    py2c_decref(seen);
                    return -1;
                }
                py2c_decref(lp->items[i]);
                lp->items[i] = nn;
            }
        }
        py2c_decref(seen);
    }
    for (int64_t i = -1; i < lp->size; i++) {
        Py2cValue nm = i < 0 ? typename : lp->items[i];
        if (!py2c_is_str(nm)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Type names and field names must be strings");
            return -1;
        }
        int id = is_identifier(nm);
        if (id < 0) return -1;
        if (!id) return bad_name("Type names and field names must be valid identifiers: %s", nm);
        if (is_keyword(nm)) return bad_name("Type names and field names cannot be a keyword: %s", nm);
    }
    for (int64_t i = 0; i < lp->size; i++) {
        Py2cValue nm = lp->items[i];
        if (text(nm)[0] == '_' && !rename) return bad_name("Field names cannot start with an underscore: %s", nm);
        for (int64_t j = 0; j < i; j++)
            if (py2c__str_eq_cstr(lp->items[j], text(nm))) return bad_name("Encountered duplicate field name: %s", nm);
    }
    return 0;
}

static void meta_ready(void) {
    static int ready;
    if (ready) return;
    ready = 1;
    nt_meta_type = py2c_type_type;
    nt_meta_type.base = &py2c_type_type;
    nt_meta_type.flags = 0;
    nt_meta_type.basicsize = sizeof(NtType);
    nt_meta_type.dealloc = nt_type_dealloc;
    nt_meta_type.getattr = nt_meta_getattr;
    nt_meta_type.call = nt_class_call;
    nt_meta_type.new_ = NULL;
    nt_meta_type.methods = NULL;
    nt_meta_type.getset = NULL;
    nt_meta_type.classmethods = NULL;
}

Py2cValue py2c__namedtuple(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"typename", "field_names", "rename", "defaults", "module"};
    static const Py2cArgSpec spec = {"namedtuple", names, 0, 2, 2, 5};
    Py2cValue a[5];
    if (nargs > 2)
        return py2c_error_format(&py2c_exc_TypeError, "namedtuple() takes 2 positional arguments but %zu were given",
                                 nargs);
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int rename = 0;
    if (!PY2C_IS_NULL(a[2]) && (rename = py2c_is_true(a[2])) < 0) return PY2C_NULL;
    Py2cValue typename = py2c_str(a[0]);
    if (PY2C_IS_NULL(typename)) return typename;
    Py2cValue fields = PY2C_NULL, flist = field_list(a[1]), defaults = PY2C_NULL, dmap = PY2C_NULL;
    NtType *t = NULL;
    if (PY2C_IS_NULL(flist) || check_names(typename, flist, rename) < 0) goto fail;
    fields = py2c_list_as_tuple(flist);
    if (PY2C_IS_NULL(fields)) goto fail;
    int64_t n = py2c_tuple_size(fields), nd = 0;
    dmap = py2c_dict_new();
    if (PY2C_IS_NULL(dmap)) goto fail;
    if (!PY2C_IS_NULL(a[3]) && !py2c_is_none(a[3])) {
        defaults = py2c_tuple_from_iterable(a[3]);
        if (PY2C_IS_NULL(defaults)) goto fail;
        nd = py2c_tuple_size(defaults);
        if (nd > n) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Got more default values than field names");
            goto fail;
        }
        for (int64_t i = 0; i < nd; i++)
            if (py2c_dict_setitem(dmap, py2c_tuple_item(fields, n - nd + i), py2c_tuple_item(defaults, i)) < 0)
                goto fail;
    }
    meta_ready();
    t = calloc(1, sizeof *t);
    if (!t) {
        (void)py2c_error_nomemory();
        goto fail;
    }
    Py2cType *tp = &t->type;
    *tp = py2c_tuple_type;
    tp->ob.type = &nt_meta_type;
    tp->ob.refcount = 1;
    t->name = dup(text(typename));
    const char *mod = !PY2C_IS_NULL(a[4]) && py2c_is_str(a[4]) ? text(a[4]) : "__main__";
    t->module = dup(mod);
    if (!t->name || !t->module) {
        (void)py2c_error_nomemory();
        goto fail;
    }
    tp->name = t->name;
    tp->module = t->module;
    tp->base = &py2c_tuple_type;
    tp->flags = PY2C_TPFLAG_BASETYPE;
    tp->basicsize = sizeof(Py2cTuple);
    tp->dealloc = inst_dealloc;
    tp->new_ = nt_new;
    tp->repr = nt_repr;
    tp->str = NULL;
    tp->richcompare = nt_richcompare;
    tp->getattr = nt_getattr;
    tp->setattr = nt_setattr;
    tp->number = &nt_number;
    tp->methods = nt_methods;
    tp->classmethods = nt_classmethods;
    tp->getset = NULL;
    t->fields = fields;
    t->defaults = dmap;
    t->nfields = n;
    t->ndefaults = nd;
    py2c_decref(typename);
    py2c_decref(flist);
    py2c_decref(defaults);
    return py2c_obj_value(&tp->ob);
fail:
    if (t) {
        free(t->name);
        free(t->module);
        free(t);
    }
    py2c_decref(typename);
    py2c_decref(flist);
    py2c_decref(fields);
    py2c_decref(defaults);
    py2c_decref(dmap);
    return PY2C_NULL;
}
