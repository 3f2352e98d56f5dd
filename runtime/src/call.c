/* Calls: the call slot, * / ** unpacking into the vectorcall convention. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

Py2cValue py2c_call(Py2cValue callable, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const Py2cType *t = py2c_type_of(callable);
    if (t->call) return t->call(callable, args, nargs, kwnames);
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not callable", py2c__type_tpname(t));
}

int py2c_callable(Py2cValue v) { return py2c_type_of(v)->call != NULL; }

Py2cValue py2c_call_ex(Py2cValue callable, Py2cValue args_tuple, Py2cValue kwargs) {
    int64_t npos = py2c__tuple_size(args_tuple);
    int64_t nkw = 0;
    if (!PY2C_IS_NULL(kwargs)) {
        nkw = py2c_len(kwargs);
        if (nkw < 0) return PY2C_NULL;
    }
    size_t total = (size_t)(npos + nkw);
    Py2cValue small[16];
    Py2cValue names_small[8];
    Py2cValue *buf = total <= 16 ? small : malloc(sizeof *buf * (total ? total : 1));
    Py2cValue *names = nkw <= 8 ? names_small : malloc(sizeof *names * (size_t)nkw);
    Py2cValue result = PY2C_NULL, kwnames = PY2C_NULL, it = PY2C_NULL;
    int64_t nvals = 0, nnames = 0; /* owned references in buf[npos..], names[] */
    if (!buf || !names) {
        (void)py2c_error_nomemory();
        goto done;
    }
    for (int64_t i = 0; i < npos; i++) buf[i] = py2c__tuple_item(args_tuple, i);
    if (nkw > 0) {
        it = py2c_iter(kwargs);
        if (PY2C_IS_NULL(it)) goto done;
        for (;;) {
            Py2cValue k = py2c_iter_next(it);
            if (PY2C_IS_NULL(k)) {
                if (py2c_error_occurred()) goto done;
                break;
            }
            if (nnames == nkw) { /* changed size during iteration */
                py2c_decref(k);
                (void)py2c_error_format(&py2c_exc_RuntimeError, "dictionary changed size during iteration");
                goto done;
            }
            names[nnames++] = k;
            if (!py2c_is_str(k)) {
                (void)py2c_error_format(&py2c_exc_TypeError, "keywords must be strings");
                goto done;
            }
            Py2cValue v = py2c_getitem(kwargs, k);
            if (PY2C_IS_NULL(v)) goto done;
            buf[npos + nvals++] = v;
        }
        kwnames = py2c_tuple_pack((size_t)nnames, names);
        if (PY2C_IS_NULL(kwnames)) goto done;
    }
    result = py2c_call(callable, buf, (size_t)npos, kwnames);
done:
    py2c_decref(it);
    py2c_decref(kwnames);
    for (int64_t i = 0; i < nvals; i++) py2c_decref(buf[npos + i]);
    for (int64_t i = 0; i < nnames; i++) py2c_decref(names[i]);
    if (buf != small) free(buf);
    if (names != names_small) free(names);
    return result;
}

/* ---- * unpacking at call sites and in displays ---------------------------------- */

/* How CPython's _PyObject_FunctionStr names a callable in call errors. */
static int function_str(Py2cValue func, char *buf, size_t size) {
    const Py2cType *t = py2c_type_of(func);
    if (t == &py2c_function_type) {
        const Py2cFunction *f = (const Py2cFunction *)py2c_obj_ptr(func);
        return snprintf(buf, size, "__main__.%s()", f->info->qualname);
    }
    if (t == &py2c_builtin_function_type)
        return snprintf(buf, size, "%s()", ((const Py2cBuiltinFunction *)py2c_obj_ptr(func))->name);
    if (py2c__is_subtype(t, &py2c_type_type)) {
        const Py2cType *ty = (const Py2cType *)py2c_obj_ptr(func);
        if (ty->module && strcmp(ty->module, "builtins") != 0)
            return snprintf(buf, size, "%s.%s()", ty->module, py2c__type_qualname(ty));
        return snprintf(buf, size, "%s()", ty->name);
    }
    return snprintf(buf, size, "%s object", py2c__type_tpname(t));
}

int py2c_star_extend(Py2cValue list, Py2cValue iterable, Py2cValue func) {
    const Py2cType *t = py2c_type_of(iterable);
    if (!t->iter && !t->getitem) {
        if (PY2C_IS_NULL(func)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Value after * must be an iterable, not %s", py2c_type_name(iterable));
            return -1;
        }
        char name[300];
        (void)function_str(func, name, sizeof name);
        (void)py2c_error_format(&py2c_exc_TypeError, "%s argument after * must be an iterable, not %s", name,
                                py2c_type_name(iterable));
        return -1;
    }
    return py2c_list_extend(list, iterable);
}
