/* The sys module: a static module object whose attributes are made at its
 * first use (print needs sys.stdout before any import). */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "module_internal.h"
#include "py2c/main.h"

static int sys_init(Py2cModule *m);
static Py2cModule sys_mod = {
    .ob = PY2C_STATIC_HEADER(&py2c_module_type), .name = "sys", .dict = {(uint64_t)PY2C__TAG_NULL << 48}, .lazy_init = sys_init};
Py2cObject *const py2c_sys_module = &sys_mod.ob;

PY2C_STDLIB_MODULE("sys", py2c__module_init_sys);
Py2cValue py2c__module_init_sys(void) {
    Py2cValue m = py2c_obj_value(&sys_mod.ob);
    return PY2C_IS_NULL(py2c__module_dict_ready(&sys_mod)) ? PY2C_NULL : m; /* immortal: no incref needed */
}

static int sys_set(const char *name, Py2cValue value) { return py2c_module_add(py2c_obj_value(&sys_mod.ob), name, value); }

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
    PY2C_CLEAR(sys_mod.dict);
    py2c__io_shutdown();
}

/* d[name] = value (sys_init fills its dict before publishing it). */
static int put(Py2cValue d, const char *name, Py2cValue value) {
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) return -1;
    int rc = py2c_dict_setitem(d, key, value);
    py2c_decref(key);
    return rc;
}

/* Builds sys's dict, then publishes it (py2c__module_dict_ready calls this
 * under its lock; other threads see either no dict or the filled one). */
static int sys_fill(Py2cValue d);
static int sys_init(Py2cModule *m) {
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return -1;
    if (sys_fill(d) < 0) {
        py2c_decref(d);
        return -1;
    }
    py2c__module_publish_dict(m, d);
    return 0;
}

static int sys_fill(Py2cValue d) {
    py2c__io_init();
    if (py2c_atexit_runtime(sys_shutdown) < 0) return py2c_error_nomemory(), -1;
    Py2cValue maxsize = py2c_int_from_decimal("9223372036854775807");
    if (PY2C_IS_NULL(maxsize)) return -1;
    int rc = put(d, "maxsize", maxsize);
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
        if (put(d, attrs[i].name, py2c_obj_value(o)) < 0) return -1;
    }
    static Py2cStr sys_name = PY2C_STR_STATIC("sys", 3, 3);
    if (put(d, "__name__", py2c_obj_value(&sys_name.ob)) < 0) return -1;
    Py2cValue modules = py2c_modules_dict();
    if (PY2C_IS_NULL(modules) || put(d, "modules", modules) < 0) return -1;
    {
        Py2cValue argv = py2c_list_new(1);
        if (PY2C_IS_NULL(argv)) return -1;
        static Py2cStr empty = PY2C_STR_STATIC("", 0, 0);
        rc = py2c_list_append(argv, py2c_obj_value(&empty.ob));
        if (rc == 0) rc = put(d, "argv", argv);
        py2c_decref(argv);
        if (rc < 0) return -1;
    }
    return 0;
}

int py2c_sys_set_argv(int argc, char **argv) {
    if (PY2C_IS_NULL(py2c__module_dict_ready(&sys_mod))) return -1;
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
    int rc = sys_set("argv", l);
    py2c_decref(l);
    return rc;
}

Py2cValue py2c_sys_getattr(const char *name) {
    Py2cValue v = py2c__sys_get(name);
    if (PY2C_IS_NULL(v)) {
        if (py2c_error_occurred()) return v;
        return py2c_error_format(&py2c_exc_AttributeError, "module 'sys' has no attribute '%s'", name);
    }
    py2c_incref(v);
    return v;
}

/* sys.<name> borrowed, or PY2C_NULL (no exception) when unbound. */
Py2cValue py2c__sys_get(const char *name) {
    Py2cValue d = py2c__module_dict_ready(&sys_mod);
    if (PY2C_IS_NULL(d)) {
        py2c_error_clear();
        return PY2C_NULL;
    }
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) {
        py2c_error_clear();
        return PY2C_NULL;
    }
    Py2cValue v = py2c__dict_get(d, key);
    py2c_decref(key);
    py2c_decref(v); /* borrowed: the dict keeps it */
    if (PY2C_IS_NULL(v)) py2c_error_clear();
    return v;
}
