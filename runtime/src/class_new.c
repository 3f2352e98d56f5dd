/* Class creation (`class C(A, B): ...`, type(name, bases, ns)): the
 * metatype, the solid base that fixes the instance layout, the C3 MRO, the
 * namespace conventions (__module__, __doc__, __hash__ = None next to
 * __eq__, implicit staticmethod/classmethod), then __set_name__,
 * __init_subclass__ and the metatype's class_init (CPython's type_new). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static char *dup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static const Py2cType *as_type(Py2cValue v) { return (const Py2cType *)py2c_obj_ptr(v); }

static int is_type(Py2cValue v) { return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type); }

/* ---- C3 linearisation ------------------------------------------------------------------ */

typedef struct Seq {
    const Py2cType **items;
    int64_t len, pos; /* items[pos..len) remain */
} Seq;

static int in_tail(const Seq *seqs, int n, const Py2cType *t) {
    for (int i = 0; i < n; i++)
        for (int64_t j = seqs[i].pos + 1; j < seqs[i].len; j++)
            if (seqs[i].items[j] == t) return 1;
    return 0;
}

/* "Cannot create a consistent method resolution order (MRO) for bases A, B":
 * the heads left, each once. */
static void mro_error(const Seq *seqs, int n) {
    char buf[512] = "";
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        if (seqs[i].pos >= seqs[i].len) continue;
        const Py2cType *h = seqs[i].items[seqs[i].pos];
        int seen = 0;
        for (int j = 0; j < i; j++) seen |= seqs[j].pos < seqs[j].len && seqs[j].items[seqs[j].pos] == h;
        if (seen) continue;
        int w = snprintf(buf + len, sizeof buf - len, "%s%s", len ? ", " : "", h->name);
        if (w < 0 || (size_t)w >= sizeof buf - len) break;
        len += (size_t)w;
    }
    (void)py2c_error_format(&py2c_exc_TypeError,
                            "Cannot create a consistent method resolution\norder (MRO) for bases %s", buf);
}

/* The MRO of t with bases (a tuple) without t itself (a class does not
 * own a reference to itself): the merge of the bases' MROs and the bases
 * list. A new tuple, or PY2C_NULL with TypeError. */
static Py2cValue c3_mro(const Py2cType *t, Py2cValue bases) {
    int n = (int)py2c__tuple_size(bases);
    Seq *seqs = calloc((size_t)n + 1, sizeof *seqs);
    int64_t total = 1;
    Py2cValue result = PY2C_NULL;
    const Py2cType **out = NULL;
    if (!seqs) return py2c_error_nomemory();
    for (int i = 0; i <= n; i++) {
        int64_t len = 0;
        if (i < n)
            while (py2c__mro_item(as_type(py2c__tuple_item(bases, i)), len)) len++;
        else
            len = n;
        seqs[i].items = malloc(sizeof *seqs[i].items * (size_t)(len ? len : 1));
        if (!seqs[i].items) goto nomem;
        seqs[i].len = len;
        for (int64_t j = 0; j < len; j++)
            seqs[i].items[j] = i < n ? py2c__mro_item(as_type(py2c__tuple_item(bases, i)), j)
                                     : as_type(py2c__tuple_item(bases, j));
        total += len;
    }
    out = malloc(sizeof *out * (size_t)total);
    if (!out) goto nomem;
    int64_t nout = 0;
    out[nout++] = t;
    for (;;) {
        const Py2cType *next = NULL;
        int left = 0;
        for (int i = 0; i <= n && !next; i++) {
            if (seqs[i].pos >= seqs[i].len) continue;
            left = 1;
            const Py2cType *h = seqs[i].items[seqs[i].pos];
            if (!in_tail(seqs, n + 1, h)) next = h;
        }
        if (!next) {
            if (left) {
                mro_error(seqs, n + 1);
                goto done;
            }
            break;
        }
        out[nout++] = next;
        for (int i = 0; i <= n; i++)
            if (seqs[i].pos < seqs[i].len && seqs[i].items[seqs[i].pos] == next) seqs[i].pos++;
    }
    Py2cValue *vals = malloc(sizeof *vals * (size_t)nout);
    if (!vals) goto nomem;
    for (int64_t i = 1; i < nout; i++) vals[i - 1] = py2c_type_value(out[i]);
    result = py2c_tuple_pack((size_t)nout - 1, vals);
    free(vals);
    goto done;
nomem:
    (void)py2c_error_nomemory();
done:
    for (int i = 0; i <= n; i++) free(seqs[i].items);
    free(seqs);
    free(out);
    return result;
}

/* ---- bases, metatype, layout ---------------------------------------------------------- */

/* The base whose solid base is the most derived (CPython's best_base);
 * exception types all share one layout. NULL with TypeError on conflict. */
static const Py2cType *best_base(Py2cValue bases) {
    const Py2cType *winner = NULL, *wsolid = NULL;
    int64_t n = py2c__tuple_size(bases);
    for (int64_t i = 0; i < n; i++) {
        const Py2cType *b = as_type(py2c__tuple_item(bases, i));
        const Py2cType *s = py2c__solid_base(b);
        if (!winner || (s != wsolid && py2c__is_subtype(s, wsolid))) {
            winner = b;
            wsolid = s;
        } else if (!py2c__is_subtype(wsolid, s) &&
                   !((s->flags & wsolid->flags & PY2C_TPFLAG_EXCEPTION) && s->basicsize == wsolid->basicsize)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return winner;
}

/* Whether t is a class CPython lets programs subclass but py2c's runtime
 * cannot yet: namedtuple classes, and the classes of threading, queue,
 * concurrent.futures and random made native here (Python classes in CPython,
 * or C types that allow it, as _queue.SimpleQueue). */
static bool cpython_can_subclass(const Py2cType *t) {
    static const char *const modules[] = {"threading", "queue", "_queue", "concurrent.futures", "random"};
    if (py2c__is_subtype(t, &py2c_tuple_type)) return true;
    for (size_t i = 0; t->module && i < sizeof modules / sizeof *modules; i++)
        if (strncmp(t->module, modules[i], strlen(modules[i])) == 0) return true;
    return false;
}

static int check_bases(Py2cValue bases) {
    int64_t n = py2c__tuple_size(bases);
    for (int64_t i = 0; i < n; i++) {
        Py2cValue b = py2c__tuple_item(bases, i);
        if (!is_type(b)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "bases must be types");
            return -1;
        }
        if (!(as_type(b)->flags & PY2C_TPFLAG_BASETYPE) && cpython_can_subclass(as_type(b))) {
            (void)py2c_error_format(&py2c_exc_NotImplementedError, "py2c: subclassing '%s' is not supported yet",
                                    as_type(b)->name);
            return -1;
        }
        if (!(as_type(b)->flags & PY2C_TPFLAG_BASETYPE)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "type '%s' is not an acceptable base type", as_type(b)->name);
            return -1;
        }
        for (int64_t j = 0; j < i; j++)
            if (py2c_is(b, py2c__tuple_item(bases, j))) {
                (void)py2c_error_format(&py2c_exc_TypeError, "duplicate base class %s", as_type(b)->name);
                return -1;
            }
    }
    return 0;
}

static Py2cValue class_new(const Py2cType *meta, const char *name, const char *qualname, const char *module,
                           Py2cValue bases_tuple, Py2cValue ns_dict, const Py2cValue *names, int nnames);

/* The most derived metatype of the bases' (NULL with CPython's TypeError). */
static const Py2cType *metatype_of(Py2cValue bases_tuple) {
    const Py2cType *meta = &py2c_type_type;
    int64_t n = PY2C_IS_NULL(bases_tuple) ? 0 : py2c__tuple_size(bases_tuple);
    for (int64_t i = 0; i < n; i++) {
        const Py2cType *mt = py2c_type_of(py2c__tuple_item(bases_tuple, i));
        if (py2c__is_subtype(mt, meta)) meta = mt;
        else if (!py2c__is_subtype(meta, mt)) {
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                    "subclass of the metaclasses of all its bases");
            return NULL;
        }
    }
    return meta;
}

Py2cValue py2c_class_new(const char *name, const char *qualname, const char *module, Py2cValue bases_tuple,
                         Py2cValue ns_dict) {
    const Py2cType *meta = metatype_of(bases_tuple);
    return meta ? class_new(meta, name, qualname, module, bases_tuple, ns_dict, NULL, -1) : PY2C_NULL;
}

Py2cValue py2c_class_new_layout(const char *name, const char *qualname, const char *module, Py2cValue bases,
                                Py2cValue ns, const Py2cValue *names, int n) {
    const Py2cType *meta = metatype_of(bases);
    return meta ? class_new(meta, name, qualname, module, bases, ns, names, n) : PY2C_NULL;
}

/* ---- the namespace ------------------------------------------------------------------------ */

static Py2cValue ns_get(Py2cValue ns, const char *name) { /* borrowed or PY2C_NULL */
    Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(key)) return key;
    Py2cValue v = py2c__dict_get(ns, key);
    py2c_decref(key);
    py2c_decref(v); /* the namespace keeps it */
    return v;
}

static int ns_set(Py2cValue ns, const char *name, Py2cValue value) {
    Py2cValue key = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(key)) return -1;
    int r = py2c_dict_setitem(ns, key, value);
    py2c_decref(key);
    return r;
}

static int is_function(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_function_type; }

/* A plain function under name becomes wrap(function) (__new__ is a
 * staticmethod, __init_subclass__ a classmethod, as CPython). */
static int wrap_function(Py2cValue ns, const char *name, const Py2cType *wrap) {
    Py2cValue f = ns_get(ns, name);
    if (PY2C_IS_NULL(f)) return py2c_error_occurred() ? -1 : 0;
    if (!is_function(f)) return 0;
    Py2cValue w = wrap->new_(py2c_type_value(wrap), &f, 1, PY2C_NULL);
    if (PY2C_IS_NULL(w)) return -1;
    int r = ns_set(ns, name, w);
    py2c_decref(w);
    return r;
}

static int fix_namespace(Py2cHeapType *h) {
    Py2cValue ns = h->ns;
    /* the class body binds __module__; type() adds __doc__ = None (instances
     * find both through the class) */
    if (PY2C_IS_NULL(ns_get(ns, "__module__"))) {
        Py2cValue m = py2c_str_from_utf8(h->type.module, (int64_t)strlen(h->type.module));
        int r = PY2C_IS_NULL(m) ? -1 : ns_set(ns, "__module__", m);
        py2c_decref(m);
        if (r < 0) return -1;
    }
    if (PY2C_IS_NULL(ns_get(ns, "__doc__")) && ns_set(ns, "__doc__", PY2C_NONE) < 0) return -1;
    /* __eq__ without __hash__: instances are unhashable */
    if (!PY2C_IS_NULL(ns_get(ns, "__eq__")) && PY2C_IS_NULL(ns_get(ns, "__hash__")) &&
        ns_set(ns, "__hash__", PY2C_NONE) < 0)
        return -1;
    if (wrap_function(ns, "__new__", &py2c_staticmethod_type) < 0 ||
        wrap_function(ns, "__init_subclass__", &py2c_classmethod_type) < 0 ||
        wrap_function(ns, "__class_getitem__", &py2c_classmethod_type) < 0)
        return -1;
    Py2cValue q = ns_get(ns, "__qualname__");
    if (py2c_is_str(q)) {
        char *d = dup(py2c__as_str(q)->data);
        if (!d) return (void)py2c_error_nomemory(), -1;
        free(h->qualname);
        h->qualname = d;
        Py2cValue key = py2c_str_from_utf8("__qualname__", 12);
        int r = PY2C_IS_NULL(key) ? -1 : py2c_delitem(ns, key);
        py2c_decref(key);
        if (r < 0) return -1;
    }
    return 0;
}

/* value.__set_name__(cls, name) for each namespace value that has one. */
static int set_names(Py2cValue cls, Py2cValue ns) {
    Py2cValue items = py2c_list_from_iterable(ns); /* the keys: __set_name__ may change ns */
    if (PY2C_IS_NULL(items)) return -1;
    Py2cValue meth = py2c_str_from_utf8("__set_name__", 12);
    int rc = PY2C_IS_NULL(meth) ? -1 : 0;
    int64_t n = py2c_list_size(items);
    for (int64_t i = 0; i < n && rc == 0; i++) {
        Py2cValue key = py2c_list_item(items, i);
        Py2cValue v = py2c__dict_get(ns, key);
        py2c_decref(v); /* ns keeps it */
        if (!py2c_is_obj(v) || is_type(v)) continue;
        Py2cValue f = PY2C_NULL, self = PY2C_NULL;
        const Py2cType *vt = py2c_type_of(v);
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        if (!py2c__type_lookup(vt, meth, &found, &m, &g, NULL) || g) continue;
        if (py2c_method_lookup(v, meth, &f, &self) < 0) {
            rc = -1;
            break;
        }
        Py2cValue args[2] = {cls, key};
        Py2cValue r = py2c_method_call(f, self, args, 2, PY2C_NULL);
        py2c_decref(f);
        py2c_decref(self);
        if (PY2C_IS_NULL(r)) rc = -1;
        py2c_decref(r);
    }
    py2c_decref(meth);
    py2c_decref(items);
    return rc;
}

/* super(cls, cls).__init_subclass__(): the nearest definition after cls. */
static int init_subclass(Py2cValue cls) {
    Py2cValue sup = py2c_super_new(cls, cls);
    if (PY2C_IS_NULL(sup)) return -1;
    Py2cValue name = py2c_str_from_utf8("__init_subclass__", 17);
    Py2cValue r = PY2C_IS_NULL(name) ? PY2C_NULL : py2c_call_method(sup, name, NULL, 0, PY2C_NULL);
    py2c_decref(name);
    py2c_decref(sup);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* A tuple's items are its only storage: CPython's TypeError for __slots__
 * naming any (`__slots__ = ()` is the usual idiom). */
static int check_tuple_slots(Py2cValue ns, const Py2cType *solid) {
    Py2cValue slots = ns_get(ns, "__slots__");
    if (PY2C_IS_NULL(slots)) return py2c_error_occurred() ? -1 : 0;
    int64_t n = 1; /* a str names one slot */
    if (!py2c_is_str(slots)) {
        n = py2c_len(slots);
        if (n < 0) return -1;
    }
    if (n == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            solid->name);
    return -1;
}

/* ---- creation -------------------------------------------------------------------------- */

/* Whether new class t (with namespace ns) may have a fixed instance layout
 * (py2c/layout.h): metatype type, solid base object, one base (object or a
 * class that may itself), no __slots__. */
static int layout_allowed(const Py2cType *meta, const Py2cType *solid, Py2cValue bases, Py2cValue ns) {
    if (meta != &py2c_type_type || solid != &py2c_object_type || py2c__tuple_size(bases) != 1) return 0;
    const Py2cType *base = as_type(py2c__tuple_item(bases, 0));
    if (base != &py2c_object_type && !(base->flags & PY2C__TPFLAG_LAYOUT)) return 0;
    if (!PY2C_IS_NULL(ns_get(ns, "__slots__"))) return 0;
    return py2c_error_occurred() ? -1 : 1;
}

Py2cValue py2c_class_new_meta(const Py2cType *meta, const char *name, const char *qualname, const char *module,
                              Py2cValue bases_tuple, Py2cValue ns_dict) {
    return class_new(meta, name, qualname, module, bases_tuple, ns_dict, NULL, -1);
}

/* Class creation; names[0..nnames): the layout hint (NULL: none). */
static Py2cValue class_new(const Py2cType *meta, const char *name, const char *qualname, const char *module,
                           Py2cValue bases_tuple, Py2cValue ns_dict, const Py2cValue *names, int nnames) {
    Py2cValue bases;
    if (PY2C_IS_NULL(bases_tuple) || py2c__tuple_size(bases_tuple) == 0) {
        Py2cValue ob = py2c_type_value(&py2c_object_type);
        bases = py2c_tuple_pack(1, &ob);
        if (PY2C_IS_NULL(bases)) return bases;
    } else {
        bases = bases_tuple;
        py2c_incref(bases);
    }
    const Py2cType *base = check_bases(bases) < 0 ? NULL : best_base(bases);
    if (!base) {
        py2c_decref(bases);
        return PY2C_NULL;
    }
    const Py2cType *solid = py2c__solid_base(base);
    int tuple_layout = py2c__is_subtype(solid, &py2c_tuple_type);
    if (solid != &py2c_object_type && solid != &py2c_type_type && !(solid->flags & PY2C_TPFLAG_EXCEPTION) &&
        !tuple_layout) {
        py2c_decref(bases);
        return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: subclassing '%s' is not supported yet",
                                 solid->name);
    }

    Py2cHeapType *h = calloc(1, sizeof *h);
    if (!h) {
        py2c_decref(bases);
        return py2c_error_nomemory();
    }
    Py2cType *t = &h->type;
    memcpy(t, solid, sizeof *t);
    t->ob.type = meta;
    t->ob.refcount = 1;
    py2c_incref(py2c_type_value(meta));
    h->bases = bases;
    h->mro = PY2C_NULL;
    h->ns = py2c_dict_new();
    t->name = dup(name);
    t->module = dup(module ? module : "__main__");
    h->qualname = dup(qualname ? qualname : name);
    t->base = base;
    if (py2c__is_heaptype(base)) py2c_incref(py2c_type_value(base));
    t->flags = solid->flags | PY2C_TPFLAG_HEAPTYPE | PY2C_TPFLAG_BASETYPE;
    t->methods = NULL;
    t->getset = NULL;
    t->classmethods = NULL;
    t->class_init = NULL;
    py2c__instance_layout(t, solid);
    Py2cValue cls = py2c_obj_value(&t->ob);
    if (!t->name || !t->module || !h->qualname || PY2C_IS_NULL(h->ns)) {
        (void)py2c_error_nomemory();
        goto fail;
    }
    if (!PY2C_IS_NULL(ns_dict) && py2c_dict_update(h->ns, ns_dict) < 0) goto fail;
    if (tuple_layout && check_tuple_slots(h->ns, solid) < 0) goto fail;
    if (fix_namespace(h) < 0) goto fail;
    int layout = layout_allowed(meta, solid, bases, h->ns);
    if (layout < 0 || (layout && py2c__layout_init(t, base, names, nnames) < 0)) goto fail;
    h->mro = c3_mro(t, bases);
    if (PY2C_IS_NULL(h->mro)) goto fail;
    py2c__heap_type_register(t);
    py2c__class_update_slots(t);
    if (set_names(cls, h->ns) < 0 || init_subclass(cls) < 0) goto fail;
    if (meta->class_init && meta->class_init(cls) < 0) goto fail;
    py2c__type_ready(t); /* from now on, lookups on the class may be cached */
    py2c__layout_refresh(t);
    return cls;
fail:
    py2c_decref(cls);
    return PY2C_NULL;
}
