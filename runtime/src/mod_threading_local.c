/* threading.local (_thread._local): attributes whose values are separate in
 * every thread. A local object maps a per-thread serial number (never reused,
 * unlike idents) to that thread's attribute dict, under its own mutex. The
 * dict of a thread that has ended stays until the local object goes (CPython
 * drops it when the thread ends). Not subclassable here. */
#include <stdlib.h>

#include "bltin_internal.h"
#include "mod_threading_internal.h"
#include "platform.h"

typedef struct Local {
    Py2cObject ob;
    Py2cMutex mu;
    Py2cValue dicts; /* dict: serial (int) -> attribute dict */
} Local;

static atomic_llong next_serial;

/* The calling thread's serial (py2c__ts, so that each WASI fiber has its own). */
static int64_t thread_serial(void) {
    if (!py2c__ts.local_serial) py2c__ts.local_serial = atomic_fetch_add(&next_serial, 1) + 1;
    return py2c__ts.local_serial;
}

static Local *local_of(Py2cValue v) { return (Local *)py2c_obj_ptr(v); }

static void local_dealloc(Py2cObject *o) {
    Local *l = (Local *)o;
    py2c_decref(l->dicts);
    py2c_mutex_destroy(&l->mu);
    free(o);
}

/* The calling thread's attribute dict (new reference), created when create. */
static Py2cValue thread_dict(Local *l, int create) {
    Py2cValue key = py2c_int(thread_serial());
    py2c_mutex_lock(&l->mu);
    Py2cValue d = py2c_dict_get_opt(l->dicts, key);
    if (PY2C_IS_NULL(d) && !py2c_error_occurred() && create) {
        d = py2c_dict_new();
        if (!PY2C_IS_NULL(d) && py2c_dict_setitem(l->dicts, key, d) < 0) PY2C_CLEAR(d);
    }
    py2c_mutex_unlock(&l->mu);
    return d;
}

static Py2cValue local_getattr(Py2cValue self, Py2cValue name) {
    Py2cValue d = thread_dict(local_of(self), 0);
    Py2cValue v = PY2C_IS_NULL(d) ? d : py2c_dict_get_opt(d, name);
    py2c_decref(d);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    return py2c_error_format(&py2c_exc_AttributeError, "'_thread._local' object has no attribute '%s'",
                             py2c_is_str(name) ? py2c__as_str(name)->data : "?");
}

static int local_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    if (py2c__str_eq_cstr(name, "__dict__")) {
        (void)py2c_error_format(&py2c_exc_AttributeError, "'_thread._local' object attribute '__dict__' is read-only");
        return -1;
    }
    Py2cValue d = thread_dict(local_of(self), 1);
    if (PY2C_IS_NULL(d)) return -1;
    int rc;
    if (PY2C_IS_NULL(value)) {
        rc = py2c_dict_delitem(d, name);
        if (rc < 0 && py2c_error_matches(&py2c_exc_KeyError)) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_AttributeError, "'_thread._local' object has no attribute '%s'",
                                    py2c_is_str(name) ? py2c__as_str(name)->data : "?");
        }
    } else {
        rc = py2c_dict_setitem(d, name, value);
    }
    py2c_decref(d);
    return rc;
}

static Py2cValue local_dict(Py2cValue self) { return thread_dict(local_of(self), 1); }

static Py2cValue local_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames);

static const Py2cGetSetDef local_getset[] = {{"__dict__", local_dict, NULL}, {NULL, NULL, NULL}};

static const Py2cType local_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_local",
    .module = "_thread",
    .base = &py2c_object_type,
    .basicsize = sizeof(Local),
    .dealloc = local_dealloc,
    .new_ = local_new,
    .hash = py2c_object_hash,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .getset = local_getset,
};

static Py2cValue local_new(Py2cValue type, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)type;
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "Initialization arguments are not supported");
    Local *l = (Local *)py2c__object_new(&local_type, sizeof *l);
    if (!l) return PY2C_NULL;
    l->dicts = py2c_dict_new();
    int had_dict = !PY2C_IS_NULL(l->dicts);
    if (!had_dict || py2c_mutex_init(&l->mu) < 0) {
        py2c_decref(l->dicts);
        free(l);
        return had_dict ? py2c_error_nomemory() : PY2C_NULL;
    }
    return py2c_obj_value(&l->ob);
}

int py2c__thr_local_init(Py2cValue m) { return py2c_module_add(m, "local", py2c_type_value(&local_type)); }
