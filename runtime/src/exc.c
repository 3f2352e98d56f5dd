/* Exception objects: the built-in exception types in CPython 3.11's
 * hierarchy, args, str/repr as CPython (KeyError's str is the key's repr,
 * OSError's "[Errno 2] ...: 'file'"), __cause__, __context__,
 * __suppress_context__, StopIteration.value, SystemExit.code. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
/* errno values as Python shows them: Linux's numbers (wasi-libc numbers
 * errno its own way; runtime/src/wasi/errno_linux.c), the same natively. */
#ifdef __wasi__
#include "wasi/wasi_internal.h"
#else
static inline int py2c__errno_to_python(int err) { return err; }
static inline int py2c__errno_from_python(int num) { return num; }
#endif

static void exc_dealloc(Py2cObject *o) {
    Py2cException *e = (Py2cException *)o;
    py2c_decref(e->args);
    py2c_decref(e->msg);
    py2c_decref(e->dict);
    py2c_decref(e->cause);
    py2c_decref(e->context);
    free(e->tb);
    const Py2cType *t = o->type;
    free(e);
    if (py2c__is_heaptype(t)) py2c_decref(py2c_type_value(t));
}

/* d[key] = v: 0 or -1. */
static int dict_set_cstr(Py2cValue d, const char *key, Py2cValue v) {
    Py2cValue k = py2c_str_from_utf8(key, (int64_t)strlen(key));
    int r = PY2C_IS_NULL(k) ? -1 : py2c_dict_setitem(d, k, v);
    py2c_decref(k);
    return r;
}

/* e.__dict__[key] (an OSError's filename, filename2) as a new reference;
 * None when missing, PY2C_NULL on error. */
static Py2cValue exc_dict_get(Py2cException *e, const char *key) {
    if (PY2C_IS_NULL(e->dict)) return PY2C_NONE;
    Py2cValue k = py2c_str_from_utf8(key, (int64_t)strlen(key));
    if (PY2C_IS_NULL(k)) return k;
    Py2cValue v = py2c__dict_get(e->dict, k);
    py2c_decref(k);
    if (PY2C_IS_NULL(v) && !py2c_error_occurred()) return PY2C_NONE;
    return v;
}

Py2cValue py2c__exc_alloc(const Py2cType *t, const Py2cValue *args, size_t nargs) {
    size_t size = t->basicsize > sizeof(Py2cException) ? t->basicsize : sizeof(Py2cException);
    Py2cException *e = (Py2cException *)py2c__object_new(t, size);
    if (!e) return PY2C_NULL;
    e->args = e->msg = e->dict = e->cause = e->context = PY2C_NULL;
    e->suppress_context = 0;
    e->tb = NULL;
    e->tb_len = e->tb_cap = 0;
    if (py2c__is_heaptype(t)) py2c_incref(py2c_type_value(t));
    Py2cValue self = py2c_obj_value(&e->ob);
    if (nargs == 1 && py2c_is_str(args[0])) {
        py2c_incref(args[0]);
        e->msg = args[0];
    } else if (nargs > 0) {
        size_t keep = nargs;
        /* OSError(errno, strerror, filename[, winerror[, filename2]]): args
         * keeps the first two; winerror means nothing outside Windows */
        if (py2c__is_subtype(t, &py2c_exc_OSError) && nargs >= 3 && nargs <= 5) {
            keep = 2;
            e->dict = py2c_dict_new();
            if (PY2C_IS_NULL(e->dict) || dict_set_cstr(e->dict, "filename", args[2]) < 0 ||
                (nargs == 5 && !py2c_is_none(args[2]) && dict_set_cstr(e->dict, "filename2", args[4]) < 0)) {
                py2c_decref(self);
                return PY2C_NULL;
            }
        }
        e->args = py2c_tuple_pack(keep, args);
        if (PY2C_IS_NULL(e->args)) {
            py2c_decref(self);
            return PY2C_NULL;
        }
    }
    return self;
}

Py2cValue py2c__exc_args(Py2cException *e) {
    if (PY2C_IS_NULL(e->args)) {
        e->args = py2c_tuple_pack(PY2C_IS_NULL(e->msg) ? 0 : 1, &e->msg);
        if (PY2C_IS_NULL(e->args)) return PY2C_NULL;
        PY2C_CLEAR(e->msg);
    }
    py2c_incref(e->args);
    return e->args;
}

/* Number of args and the first one (borrowed, PY2C_NULL if none), without
 * materialising the tuple. */
static int64_t exc_nargs(Py2cException *e, Py2cValue *first) {
    if (PY2C_IS_NULL(e->args)) {
        *first = e->msg;
        return PY2C_IS_NULL(e->msg) ? 0 : 1;
    }
    int64_t n = py2c__tuple_size(e->args);
    *first = n > 0 ? py2c__tuple_item(e->args, 0) : PY2C_NULL;
    return n;
}

static Py2cValue empty_str(void) { return py2c_str_from_utf8("", 0); }

static Py2cValue exc_str(Py2cValue self) {
    Py2cException *e = py2c__as_exc(self);
    Py2cValue first;
    int64_t n = exc_nargs(e, &first);
    if (n == 0) return empty_str();
    if (n == 1) return py2c_str(first);
    return py2c_str(e->args);
}

static Py2cValue keyerror_str(Py2cValue self) {
    Py2cException *e = py2c__as_exc(self);
    Py2cValue first;
    if (exc_nargs(e, &first) == 1) return py2c_repr(first);
    return exc_str(self);
}

static Py2cValue oserror_str(Py2cValue self) {
    Py2cException *e = py2c__as_exc(self);
    Py2cValue first;
    int64_t n = exc_nargs(e, &first);
    if (n != 2) return exc_str(self);
    Py2cValue err = py2c_str(first), msg = py2c_str(py2c__tuple_item(e->args, 1)), fn = PY2C_NULL, fn2 = PY2C_NULL;
    Py2cValue r = PY2C_NULL;
    if (PY2C_IS_NULL(err) || PY2C_IS_NULL(msg)) goto done;
    Py2cValue filename = exc_dict_get(e, "filename");
    if (PY2C_IS_NULL(filename)) goto done;
    if (!py2c_is_none(filename)) {
        fn = py2c_repr(filename);
        py2c_decref(filename);
        if (PY2C_IS_NULL(fn)) goto done;
        /* "[Errno 2] No such file or directory: 'a' -> 'b'" (os.rename) */
        Py2cValue filename2 = exc_dict_get(e, "filename2");
        if (PY2C_IS_NULL(filename2)) goto done;
        if (!py2c_is_none(filename2)) {
            fn2 = py2c_repr(filename2);
            py2c_decref(filename2);
            if (PY2C_IS_NULL(fn2)) goto done;
        }
    }
    {
        size_t cap = (size_t)(py2c__as_str(err)->len + py2c__as_str(msg)->len) + 32 +
                     (PY2C_IS_NULL(fn) ? 0 : (size_t)py2c__as_str(fn)->len) +
                     (PY2C_IS_NULL(fn2) ? 0 : (size_t)py2c__as_str(fn2)->len);
        char *buf = py2c__alloc(cap);
        if (!buf) {
            r = py2c_error_nomemory();
            goto done;
        }
        int len;
        if (PY2C_IS_NULL(fn))
            len = snprintf(buf, cap, "[Errno %s] %s", py2c__as_str(err)->data, py2c__as_str(msg)->data);
        else if (PY2C_IS_NULL(fn2))
            len = snprintf(buf, cap, "[Errno %s] %s: %s", py2c__as_str(err)->data, py2c__as_str(msg)->data,
                           py2c__as_str(fn)->data);
        else
            len = snprintf(buf, cap, "[Errno %s] %s: %s -> %s", py2c__as_str(err)->data, py2c__as_str(msg)->data,
                           py2c__as_str(fn)->data, py2c__as_str(fn2)->data);
        r = py2c_str_from_utf8(buf, len);
        free(buf);
    }
done:
    py2c_decref(err);
    py2c_decref(msg);
    py2c_decref(fn);
    py2c_decref(fn2);
    return r;
}

static Py2cValue exc_repr(Py2cValue self) {
    Py2cException *e = py2c__as_exc(self);
    const char *name = py2c_obj_ptr(self)->type->name;
    Py2cValue first;
    int64_t n = exc_nargs(e, &first);
    Py2cValue inner;
    if (n == 1) inner = py2c_repr(first);
    else if (n == 0) inner = py2c_str_from_utf8("()", 2);
    else inner = py2c_repr(e->args);
    if (PY2C_IS_NULL(inner)) return inner;
    Py2cStr *s = py2c__as_str(inner);
    size_t cap = strlen(name) + (size_t)s->len + 4;
    char *buf = py2c__alloc(cap);
    Py2cValue r;
    if (!buf) r = py2c_error_nomemory();
    else {
        int len = n == 1 ? snprintf(buf, cap, "%s(%s)", name, s->data) : snprintf(buf, cap, "%s%s", name, s->data);
        r = py2c_str_from_utf8(buf, len);
        free(buf);
    }
    py2c_decref(inner);
    return r;
}

/* ---- construction ----------------------------------------------------------------- */

static int no_keywords(const Py2cType *t, Py2cValue kwnames) {
    if (PY2C_IS_NULL(kwnames) || py2c__tuple_size(kwnames) == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", t->name);
    return -1;
}

static Py2cValue exc_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(self);
    if (no_keywords(t, kwnames) < 0) return PY2C_NULL;
    return py2c__exc_alloc(t, args, nargs);
}

/* The OSError subclass for an errno value, as CPython's errnomap. */
static const Py2cType *oserror_subclass(int64_t err) {
    switch (err) {
    case EAGAIN: return &py2c_exc_BlockingIOError;
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &py2c_exc_BlockingIOError;
#endif
    case EALREADY:
    case EINPROGRESS: return &py2c_exc_BlockingIOError;
    case ECHILD: return &py2c_exc_ChildProcessError;
    case EPIPE: return &py2c_exc_BrokenPipeError;
#ifdef ESHUTDOWN
    case ESHUTDOWN: return &py2c_exc_BrokenPipeError;
#endif
    case ECONNABORTED: return &py2c_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &py2c_exc_ConnectionRefusedError;
    case ECONNRESET: return &py2c_exc_ConnectionResetError;
    case EEXIST: return &py2c_exc_FileExistsError;
    case ENOENT: return &py2c_exc_FileNotFoundError;
    case EISDIR: return &py2c_exc_IsADirectoryError;
    case ENOTDIR: return &py2c_exc_NotADirectoryError;
    case EINTR: return &py2c_exc_InterruptedError;
    case EACCES:
    case EPERM: return &py2c_exc_PermissionError;
    case ESRCH: return &py2c_exc_ProcessLookupError;
    case ETIMEDOUT: return &py2c_exc_TimeoutError;
    default: return &py2c_exc_OSError;
    }
}

static Py2cValue oserror_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(self);
    if (no_keywords(t, kwnames) < 0) return PY2C_NULL;
    if (t == &py2c_exc_OSError && nargs >= 2 && nargs <= 5 && py2c_is_small_int(args[0]))
        t = oserror_subclass(py2c_small_int_value(args[0]) == (int)py2c_small_int_value(args[0])
                                 ? py2c__errno_from_python((int)py2c_small_int_value(args[0]))
                                 : -1);
    return py2c__exc_alloc(t, args, nargs);
}

Py2cValue py2c_error_from_errno(int err, Py2cValue filename) {
    return py2c_error_from_errno2(err, filename, PY2C_NULL);
}

Py2cValue py2c_error_from_errno2(int err, Py2cValue filename, Py2cValue filename2) {
    const char *text = strerror(err);
    Py2cValue msg = py2c_str_from_utf8(text, (int64_t)strlen(text));
    if (PY2C_IS_NULL(msg)) return msg;
    Py2cValue args[5] = {py2c_int(py2c__errno_to_python(err)), msg, filename, PY2C_NONE, filename2};
    size_t nargs = PY2C_IS_NULL(filename2) ? (PY2C_IS_NULL(filename) ? 2 : 3) : 5;
    if (nargs == 5 && PY2C_IS_NULL(filename)) args[2] = PY2C_NONE;
    Py2cValue e = py2c__exc_alloc(oserror_subclass(err), args, nargs);
    py2c_decref(msg);
    if (PY2C_IS_NULL(e)) return e;
    py2c__error_set(e);
    return PY2C_NULL;
}

/* ---- methods and attributes ------------------------------------------------------------- */

static Py2cValue exc_m_init(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!py2c__is_exception(self))
        return py2c_error_format(&py2c_exc_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    Py2cException *e = py2c__as_exc(self);
    if (no_keywords(py2c_obj_ptr(self)->type, kwnames) < 0) return PY2C_NULL;
    Py2cValue t = py2c_tuple_pack(nargs, args);
    if (PY2C_IS_NULL(t)) return t;
    py2c_decref(e->args);
    PY2C_CLEAR(e->msg);
    e->args = t;
    return PY2C_NONE;
}

/* The nearest built-in type of t (user classes copy its slots). */
static const Py2cType *static_base(const Py2cType *t) {
    while (py2c__is_heaptype(t)) t = t->base;
    return t;
}

static Py2cValue exc_m_str(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (!py2c__is_exception(self)) return py2c_str(self);
    return static_base(py2c_obj_ptr(self)->type)->str(self);
}

static Py2cValue exc_m_repr(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (!py2c__is_exception(self)) return py2c_repr(self);
    return exc_repr(self);
}

static Py2cValue exc_m_with_traceback(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args, (void)kwnames;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "BaseException.with_traceback() takes exactly one argument (%zu given)",
                                 nargs);
    py2c_incref(self);
    return self;
}

static Py2cValue exc_get_args(Py2cValue self) { return py2c__exc_args(py2c__as_exc(self)); }

static int exc_set_args(Py2cValue self, Py2cValue value) {
    if (PY2C_IS_NULL(value)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "args may not be deleted");
        return -1;
    }
    Py2cValue t = py2c_call(py2c_type_value(&py2c_tuple_type), &value, 1, PY2C_NULL);
    if (PY2C_IS_NULL(t)) return -1;
    Py2cException *e = py2c__as_exc(self);
    py2c_decref(e->args);
    PY2C_CLEAR(e->msg);
    e->args = t;
    return 0;
}

static Py2cValue or_none(Py2cValue v) {
    if (PY2C_IS_NULL(v)) return PY2C_NONE;
    py2c_incref(v);
    return v;
}

static Py2cValue exc_get_cause(Py2cValue self) { return or_none(py2c__as_exc(self)->cause); }
static Py2cValue exc_get_context(Py2cValue self) { return or_none(py2c__as_exc(self)->context); }

static int set_link(Py2cValue *slot, Py2cValue value, const char *what) {
    if (PY2C_IS_NULL(value)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (py2c_is_none(value)) {
        PY2C_CLEAR(*slot);
        return 0;
    }
    if (!py2c__is_exception(value)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "exception %s must be None or derive from BaseException",
                                strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    py2c_incref(value);
    py2c_decref(*slot);
    *slot = value;
    return 0;
}

static int exc_set_cause(Py2cValue self, Py2cValue value) {
    Py2cException *e = py2c__as_exc(self);
    if (set_link(&e->cause, value, "__cause__") < 0) return -1;
    e->suppress_context = 1;
    return 0;
}

static int exc_set_context(Py2cValue self, Py2cValue value) {
    return set_link(&py2c__as_exc(self)->context, value, "__context__");
}

static Py2cValue exc_get_suppress(Py2cValue self) { return py2c_bool(py2c__as_exc(self)->suppress_context); }

static int exc_set_suppress(Py2cValue self, Py2cValue value) {
    if (PY2C_IS_NULL(value)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = py2c_is_true(value);
    if (t < 0) return -1;
    py2c__as_exc(self)->suppress_context = t;
    return 0;
}

static Py2cValue exc_get_traceback(Py2cValue self) {
    (void)self;
    return PY2C_NONE; /* no traceback objects (yet) */
}

static int exc_set_traceback(Py2cValue self, Py2cValue value) {
    (void)self, (void)value;
    return 0;
}

#define BASE_GETSET                                                    \
    {"args", exc_get_args, exc_set_args},                              \
    {"__cause__", exc_get_cause, exc_set_cause},                       \
    {"__context__", exc_get_context, exc_set_context},                 \
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},      \
    {"__traceback__", exc_get_traceback, exc_set_traceback}

static const Py2cGetSetDef exc_getset[] = {BASE_GETSET, {NULL, NULL, NULL}};

static Py2cValue first_arg_or_none(Py2cValue self) {
    Py2cValue first;
    if (exc_nargs(py2c__as_exc(self), &first) == 0) return PY2C_NONE;
    py2c_incref(first);
    return first;
}

static Py2cValue systemexit_get_code(Py2cValue self) {
    Py2cException *e = py2c__as_exc(self);
    Py2cValue first;
    int64_t n = exc_nargs(e, &first);
    if (n == 0) return PY2C_NONE;
    if (n == 1) {
        py2c_incref(first);
        return first;
    }
    py2c_incref(e->args);
    return e->args;
}

static Py2cValue arg_at(Py2cValue self, int64_t i) {
    Py2cException *e = py2c__as_exc(self);
    Py2cValue first;
    int64_t n = exc_nargs(e, &first);
    if (n != 2) return PY2C_NONE;
    Py2cValue v = py2c__tuple_item(e->args, i);
    py2c_incref(v);
    return v;
}

static Py2cValue oserror_get_errno(Py2cValue self) { return arg_at(self, 0); }
static Py2cValue oserror_get_strerror(Py2cValue self) { return arg_at(self, 1); }
static Py2cValue oserror_get_filename(Py2cValue self) { return exc_dict_get(py2c__as_exc(self), "filename"); }
static Py2cValue oserror_get_filename2(Py2cValue self) { return exc_dict_get(py2c__as_exc(self), "filename2"); }

static const Py2cGetSetDef stopiteration_getset[] = {{"value", first_arg_or_none, NULL}, BASE_GETSET, {NULL, NULL, NULL}};
static const Py2cGetSetDef systemexit_getset[] = {{"code", systemexit_get_code, NULL}, BASE_GETSET, {NULL, NULL, NULL}};
static const Py2cGetSetDef oserror_getset[] = {
    {"errno", oserror_get_errno, NULL},
    {"strerror", oserror_get_strerror, NULL},
    {"filename", oserror_get_filename, NULL},
    {"filename2", oserror_get_filename2, NULL},
    BASE_GETSET,
    {NULL, NULL, NULL},
};

static const Py2cMethodDef exc_methods[] = {
    {"__init__", exc_m_init},
    {"__str__", exc_m_str},
    {"__repr__", exc_m_repr},
    {"with_traceback", exc_m_with_traceback},
    {NULL, NULL},
};

/* ---- the types ------------------------------------------------------------------ */

#define EXC_TYPE_FULL(NAME, BASE, NEW, STR, GETSET, METHODS)                                                         \
    const Py2cType py2c_exc_##NAME = {                                                                              \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type),                                                                  \
        .name = #NAME,                                                                                              \
        .base = BASE,                                                                                               \
        .flags = PY2C_TPFLAG_BASETYPE | PY2C_TPFLAG_EXCEPTION,                                                      \
        .basicsize = sizeof(Py2cException),                                                                         \
        .dealloc = exc_dealloc,                                                                                     \
        .new_ = NEW,                                                                                                \
        .repr = exc_repr,                                                                                           \
        .str = STR,                                                                                                 \
        .hash = py2c_object_hash,                                                                                   \
        .getset = GETSET,                                                                                           \
        .methods = METHODS,                                                                                         \
        .dictoffset = offsetof(Py2cException, dict),                                                                \
    };
#define EXC_TYPE(NAME, BASE) EXC_TYPE_FULL(NAME, &py2c_exc_##BASE, exc_new, exc_str, NULL, NULL)
#define OS_TYPE(NAME, BASE) EXC_TYPE_FULL(NAME, &py2c_exc_##BASE, oserror_new, oserror_str, NULL, NULL)

EXC_TYPE_FULL(BaseException, &py2c_object_type, exc_new, exc_str, exc_getset, exc_methods)
EXC_TYPE(Exception, BaseException)
EXC_TYPE(GeneratorExit, BaseException)
EXC_TYPE(KeyboardInterrupt, BaseException)
EXC_TYPE_FULL(SystemExit, &py2c_exc_BaseException, exc_new, exc_str, systemexit_getset, NULL)
EXC_TYPE(ArithmeticError, Exception)
EXC_TYPE(FloatingPointError, ArithmeticError)
EXC_TYPE(OverflowError, ArithmeticError)
EXC_TYPE(ZeroDivisionError, ArithmeticError)
EXC_TYPE(AssertionError, Exception)
EXC_TYPE(AttributeError, Exception)
EXC_TYPE(BufferError, Exception)
EXC_TYPE(EOFError, Exception)
EXC_TYPE(ImportError, Exception)
EXC_TYPE(ModuleNotFoundError, ImportError)
EXC_TYPE(LookupError, Exception)
EXC_TYPE(IndexError, LookupError)
EXC_TYPE_FULL(KeyError, &py2c_exc_LookupError, exc_new, keyerror_str, NULL, NULL)
EXC_TYPE(MemoryError, Exception)
EXC_TYPE(NameError, Exception)
EXC_TYPE(UnboundLocalError, NameError)
EXC_TYPE_FULL(OSError, &py2c_exc_Exception, oserror_new, oserror_str, oserror_getset, NULL)
OS_TYPE(BlockingIOError, OSError)
OS_TYPE(ChildProcessError, OSError)
OS_TYPE(ConnectionError, OSError)
OS_TYPE(BrokenPipeError, ConnectionError)
OS_TYPE(ConnectionAbortedError, ConnectionError)
OS_TYPE(ConnectionRefusedError, ConnectionError)
OS_TYPE(ConnectionResetError, ConnectionError)
OS_TYPE(FileExistsError, OSError)
OS_TYPE(FileNotFoundError, OSError)
OS_TYPE(InterruptedError, OSError)
OS_TYPE(IsADirectoryError, OSError)
OS_TYPE(NotADirectoryError, OSError)
OS_TYPE(PermissionError, OSError)
OS_TYPE(ProcessLookupError, OSError)
OS_TYPE(TimeoutError, OSError)
EXC_TYPE(ReferenceError, Exception)
EXC_TYPE(RuntimeError, Exception)
EXC_TYPE(NotImplementedError, RuntimeError)
EXC_TYPE(RecursionError, RuntimeError)
EXC_TYPE(StopAsyncIteration, Exception)
EXC_TYPE_FULL(StopIteration, &py2c_exc_Exception, exc_new, exc_str, stopiteration_getset, NULL)
EXC_TYPE(SyntaxError, Exception)
EXC_TYPE(IndentationError, SyntaxError)
EXC_TYPE(TabError, IndentationError)
EXC_TYPE(SystemError, Exception)
EXC_TYPE(TypeError, Exception)
EXC_TYPE(ValueError, Exception)
EXC_TYPE(UnicodeError, ValueError)
EXC_TYPE(UnicodeDecodeError, UnicodeError)
EXC_TYPE(UnicodeEncodeError, UnicodeError)
EXC_TYPE(UnicodeTranslateError, UnicodeError)
EXC_TYPE(Warning, Exception)
EXC_TYPE(BytesWarning, Warning)
EXC_TYPE(DeprecationWarning, Warning)
EXC_TYPE(EncodingWarning, Warning)
EXC_TYPE(FutureWarning, Warning)
EXC_TYPE(ImportWarning, Warning)
EXC_TYPE(PendingDeprecationWarning, Warning)
EXC_TYPE(ResourceWarning, Warning)
EXC_TYPE(RuntimeWarning, Warning)
EXC_TYPE(SyntaxWarning, Warning)
EXC_TYPE(UnicodeWarning, Warning)
EXC_TYPE(UserWarning, Warning)

/* io.UnsupportedOperation: printed as "io.UnsupportedOperation: ...". */
const Py2cType py2c_exc_UnsupportedOperation = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "UnsupportedOperation",
    .module = "io",
    .base = &py2c_exc_OSError,
    .flags = PY2C_TPFLAG_BASETYPE | PY2C_TPFLAG_EXCEPTION,
    .basicsize = sizeof(Py2cException),
    .dealloc = exc_dealloc,
    .new_ = exc_new,
    .repr = exc_repr,
    .str = exc_str,
    .hash = py2c_object_hash,
    .dictoffset = offsetof(Py2cException, dict),
};
