/* Module objects and the sys module. A module keeps its attributes in two
 * parallel arrays (names are str, compared by text): modules have few
 * attributes and generated code caches nothing by name. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "py2c/main.h"

typedef struct Module {
    Py2cObject ob;
    const char *name;
    int initialized;
    int64_t n, cap;
    Py2cValue *names, *values; /* owned */
} Module;

static int same_text(Py2cValue a, const char *t, size_t n) {
    Py2cStr *s = py2c__as_str(a);
    return (size_t)s->len == n && memcmp(s->data, t, n) == 0;
}

static int64_t module_find(Module *m, const char *t, size_t n) {
    for (int64_t i = 0; i < m->n; i++)
        if (same_text(m->names[i], t, n)) return i;
    return -1;
}

/* Binds name (C string) to value (borrowed). */
static int module_set_cstr(Module *m, const char *name, Py2cValue value) {
    int64_t i = module_find(m, name, strlen(name));
    if (i >= 0) {
        py2c_incref(value);
        Py2cValue old = m->values[i];
        m->values[i] = value;
        py2c_decref(old);
        return 0;
    }
    if (m->n == m->cap) {
        int64_t cap = m->cap ? m->cap * 2 : 16;
        Py2cValue *nn = realloc(m->names, (size_t)cap * sizeof *nn);
        if (!nn) return py2c_error_nomemory(), -1;
        m->names = nn;
        Py2cValue *vv = realloc(m->values, (size_t)cap * sizeof *vv);
        if (!vv) return py2c_error_nomemory(), -1;
        m->values = vv;
        m->cap = cap;
    }
    Py2cValue s = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(s)) return -1;
    py2c_incref(value);
    m->names[m->n] = s;
    m->values[m->n] = value;
    m->n++;
    return 0;
}

static Module sys_mod;
static int sys_init(void);

static Module *module_of(Py2cValue v) {
    Module *m = (Module *)py2c_obj_ptr(v);
    if (m == &sys_mod && !m->initialized && sys_init() < 0) return NULL;
    return m;
}

static Py2cValue module_getattr(Py2cValue self, Py2cValue name) {
    Module *m = module_of(self);
    if (!m) return PY2C_NULL;
    if (py2c_is_str(name)) {
        Py2cStr *s = py2c__as_str(name);
        int64_t i = module_find(m, s->data, (size_t)s->len);
        if (i >= 0) {
            py2c_incref(m->values[i]);
            return m->values[i];
        }
        if (same_text(name, "__name__", 8)) return py2c_str_from_cstr(m->name);
    }
    return py2c_error_format(&py2c_exc_AttributeError, "module '%s' has no attribute '%s'", m->name,
                             py2c_is_str(name) ? py2c__as_str(name)->data : "?");
}

static int module_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    Module *m = module_of(self);
    if (!m) return -1;
    if (!py2c_is_str(name)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
        return -1;
    }
    Py2cStr *s = py2c__as_str(name);
    int64_t i = module_find(m, s->data, (size_t)s->len);
    if (PY2C_IS_NULL(value)) { /* del m.name */
        if (i < 0) {
            (void)py2c_error_format(&py2c_exc_AttributeError, "module '%s' has no attribute '%s'", m->name, s->data);
            return -1;
        }
        py2c_decref(m->names[i]);
        py2c_decref(m->values[i]);
        memmove(m->names + i, m->names + i + 1, (size_t)(m->n - i - 1) * sizeof(Py2cValue));
        memmove(m->values + i, m->values + i + 1, (size_t)(m->n - i - 1) * sizeof(Py2cValue));
        m->n--;
        return 0;
    }
    return module_set_cstr(m, s->data, value);
}

static Py2cValue module_repr(Py2cValue self) {
    Module *m = (Module *)py2c_obj_ptr(self);
    char buf[200];
    int n = snprintf(buf, sizeof buf, "<module '%s' (built-in)>", m->name);
    return py2c_str_from_utf8(buf, n);
}

const Py2cType py2c_module_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "module",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Module),
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

static Module sys_mod = {.ob = PY2C_STATIC_HEADER(&py2c_module_type), .name = "sys"};
Py2cObject *const py2c_sys_module = &sys_mod.ob;

/* --- sys functions ------------------------------------------------------------------ */

static Py2cValue sys_exit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__args_no_kw("sys.exit", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "exit expected at most 1 argument, got %zu", nargs);
    Py2cValue cls = py2c_type_value(&py2c_exc_SystemExit);
    if (nargs == 0) return py2c_raise(cls, PY2C_NULL);
    /* PyErr_SetObject(SystemExit, status): a tuple status is the argument
     * list (sys.exit((4,)) exits with 4), anything else the one argument. */
    Py2cValue exc = py2c_is_tuple(args[0])
                        ? py2c_call(cls, py2c_tuple_ptr(args[0])->items, (size_t)py2c_tuple_size(args[0]), PY2C_NULL)
                        : py2c_call(cls, args, 1, PY2C_NULL);
    if (PY2C_IS_NULL(exc)) return PY2C_NULL;
    (void)py2c_raise(exc, PY2C_NULL);
    py2c_decref(exc);
    return PY2C_NULL;
}
static PY2C_BUILTIN_FUNCTION(sys_exit_fn, "exit", sys_exit);

static Py2cValue sys_getrecursionlimit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (py2c__args_no_kw("sys.getrecursionlimit", kwnames) < 0) return PY2C_NULL;
    if (nargs != 0)
        return py2c_error_format(&py2c_exc_TypeError, "sys.getrecursionlimit() takes no arguments (%zu given)", nargs);
    return py2c__bltin_int64(py2c_recursion_get_limit());
}
static PY2C_BUILTIN_FUNCTION(sys_getrecursionlimit_fn, "getrecursionlimit", sys_getrecursionlimit);

static Py2cValue sys_setrecursionlimit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__args_no_kw("sys.setrecursionlimit", kwnames) < 0) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "sys.setrecursionlimit() takes exactly one argument (%zu given)",
                                 nargs);
    if (py2c_is_float(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t limit;
    int rc = py2c__bltin_as_int64(args[0], &limit);
    if (rc < 0 && !py2c_error_matches(&py2c_exc_OverflowError)) return PY2C_NULL;
    if (rc < 0 || limit < INT32_MIN || limit > INT32_MAX) { /* a C int, as CPython */
        py2c_error_clear();
        return py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (py2c_recursion_set_limit(limit) < 0) return PY2C_NULL;
    return PY2C_NONE;
}
static PY2C_BUILTIN_FUNCTION(sys_setrecursionlimit_fn, "setrecursionlimit", sys_setrecursionlimit);

/* At exit (a py2c_atexit_runtime hook, after the module's globals are
 * released): drops every attribute of sys (argv, maxsize, rebound streams,
 * ...) and the standard streams' buffers. A finalizer that uses sys during
 * this initialises it afresh (registering this hook again). */
static void sys_shutdown(void) {
    Module *m = &sys_mod;
    int64_t n = m->n;
    Py2cValue *names = m->names, *values = m->values;
    m->n = m->cap = 0;
    m->names = m->values = NULL;
    m->initialized = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        py2c_decref(values[i]);
        py2c_decref(names[i]);
    }
    free(names);
    free(values);
    py2c__io_shutdown();
}

static int sys_init(void) {
    Module *m = &sys_mod;
    m->initialized = 1;
    py2c__io_init();
    if (py2c_atexit_runtime(sys_shutdown) < 0) return py2c_error_nomemory(), -1;
    Py2cValue maxsize = py2c_int_from_decimal("9223372036854775807");
    if (PY2C_IS_NULL(maxsize)) return -1;
    int rc = module_set_cstr(m, "maxsize", maxsize);
    py2c_decref(maxsize);
    if (rc < 0) return -1;
    static Py2cStr platform = PY2C_STR_STATIC("linux", 5, 5), byteorder = PY2C_STR_STATIC("little", 6, 6);
    static const struct { const char *name; Py2cObject *obj; } attrs[] = {
        {"stdin", NULL},  {"stdout", NULL}, {"stderr", NULL}, {"__stdin__", NULL}, {"__stdout__", NULL},
        {"__stderr__", NULL}, {"exit", &sys_exit_fn.ob}, {"getrecursionlimit", &sys_getrecursionlimit_fn.ob},
        {"setrecursionlimit", &sys_setrecursionlimit_fn.ob}, {"platform", &platform.ob}, {"byteorder", &byteorder.ob},
    };
    Py2cObject *streams[3] = {py2c__stdin_obj, py2c__stdout_obj, py2c__stderr_obj};
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        Py2cObject *o = i < 6 ? streams[i % 3] : attrs[i].obj;
        if (module_set_cstr(m, attrs[i].name, py2c_obj_value(o)) < 0) return -1;
    }
    if (module_find(m, "argv", 4) < 0) {
        Py2cValue argv = py2c_list_new(1);
        if (PY2C_IS_NULL(argv)) return -1;
        static Py2cStr empty = PY2C_STR_STATIC("", 0, 0);
        rc = py2c_list_append(argv, py2c_obj_value(&empty.ob));
        if (rc == 0) rc = module_set_cstr(m, "argv", argv);
        py2c_decref(argv);
        if (rc < 0) return -1;
    }
    return 0;
}

int py2c_sys_set_argv(int argc, char **argv) {
    if (!sys_mod.initialized && sys_init() < 0) return -1;
    Py2cValue l = py2c_list_new((size_t)(argc > 0 ? argc : 0));
    if (PY2C_IS_NULL(l)) return -1;
    for (int i = 0; i < argc; i++) {
        Py2cValue s = py2c_str_from_cstr(argv[i]);
        if (PY2C_IS_NULL(s) || py2c_list_append(l, s) < 0) {
            py2c_decref(s);
            py2c_decref(l);
            return -1;
        }
        py2c_decref(s);
    }
    int rc = module_set_cstr(&sys_mod, "argv", l);
    py2c_decref(l);
    return rc;
}

Py2cValue py2c_sys_getattr(const char *name) {
    if (!sys_mod.initialized && sys_init() < 0) return PY2C_NULL;
    int64_t i = module_find(&sys_mod, name, strlen(name));
    if (i < 0) return py2c_error_format(&py2c_exc_AttributeError, "module 'sys' has no attribute '%s'", name);
    py2c_incref(sys_mod.values[i]);
    return sys_mod.values[i];
}

Py2cValue py2c__sys_get(const char *name) {
    if (!sys_mod.initialized && sys_init() < 0) {
        py2c_error_clear();
        return PY2C_NULL;
    }
    int64_t i = module_find(&sys_mod, name, strlen(name));
    return i < 0 ? PY2C_NULL : sys_mod.values[i];
}
