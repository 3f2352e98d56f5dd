/* Argument parsing for builtin functions and methods, with the messages of
 * CPython's Argument Clinic (Python/getargs.c, _PyArg_UnpackKeywords). */
#include <inttypes.h>
#include <string.h>

#include "bltin_internal.h"

size_t py2c__kw_count(Py2cValue kwnames) {
    return PY2C_IS_NULL(kwnames) ? 0 : (size_t)py2c_tuple_size(kwnames);
}

Py2cValue py2c__kw_name(Py2cValue kwnames, size_t i) { return py2c_tuple_item(kwnames, (int64_t)i); }

int py2c__args_no_kw(const char *fname, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames) == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

static const char *str_text(Py2cValue s) { return py2c_is_str(s) ? py2c__as_str(s)->data : "?"; }

int py2c__args_parse(const Py2cArgSpec *spec, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                     Py2cValue *out) {
    size_t nkw = py2c__kw_count(kwnames);
    const char *f = spec->fname;
    if (nargs + nkw > (size_t)spec->maxargs) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", f,
                                spec->maxargs, nargs == 0 ? "keyword " : "", spec->maxargs == 1 ? "" : "s",
                                nargs + nkw);
        return -1;
    }
    if (nargs > (size_t)spec->maxpos) {
        if (spec->maxpos == 0)
            (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no positional arguments", f);
        else
            (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", f,
                                    spec->minpos < spec->maxpos ? "at most" : "exactly", spec->maxpos,
                                    spec->maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < (size_t)spec->nposonly && (size_t)spec->minpos > nargs && spec->nposonly > 0) {
        int need = spec->minpos < spec->nposonly ? spec->minpos : spec->nposonly;
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", f,
                                need < spec->maxpos ? "at least" : "exactly", need, need == 1 ? "" : "s", nargs);
        return -1;
    }
    size_t used = 0;
    for (int i = 0; i < spec->maxargs; i++) {
        out[i] = PY2C_NULL;
        if ((size_t)i < nargs) out[i] = args[i];
        if (i >= spec->nposonly) {
            for (size_t k = 0; k < nkw; k++) {
                if (!py2c__str_eq_cstr(py2c__kw_name(kwnames, k), spec->names[i])) continue;
                if ((size_t)i < nargs) {
                    (void)py2c_error_format(&py2c_exc_TypeError,
                                            "argument for %s() given by name ('%s') and position (%d)", f,
                                            spec->names[i], i + 1);
                    return -1;
                }
                out[i] = args[nargs + k];
                used++;
                break;
            }
        }
        if (PY2C_IS_NULL(out[i]) && i < spec->minpos) {
            (void)py2c_error_format(&py2c_exc_TypeError, "%s() missing required argument '%s' (pos %d)", f,
                                    spec->names[i], i + 1);
            return -1;
        }
    }
    if (used < nkw) {
        for (size_t k = 0; k < nkw; k++) {
            Py2cValue name = py2c__kw_name(kwnames, k);
            int known = 0;
            for (int i = spec->nposonly; i < spec->maxargs && !known; i++)
                known = py2c__str_eq_cstr(name, spec->names[i]);
            if (!known) {
                (void)py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                        str_text(name), f);
                return -1;
            }
        }
    }
    return 0;
}

Py2cValue py2c__bltin_int64(int64_t v) {
    if (v >= PY2C_SMALL_INT_MIN && v <= PY2C_SMALL_INT_MAX) return py2c_int(v);
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, v);
    return py2c_int_from_decimal(buf);
}

int py2c__bltin_as_int64(Py2cValue v, int64_t *out) {
    if (py2c_is_small_int(v)) {
        *out = py2c_small_int_value(v);
        return 0;
    }
    if (py2c_is_bool(v)) {
        *out = py2c_bool_value(v);
        return 0;
    }
    const Py2cType *t = py2c_type_of(v);
    if (!t->number || !t->number->index) {
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                py2c_type_name(v));
        return -1;
    }
    Py2cValue i = t->number->index(v);
    if (PY2C_IS_NULL(i)) return -1;
    if (py2c_is_small_int(i)) {
        *out = py2c_small_int_value(i);
        return 0;
    }
    /* A big int: compare against the int64 range through the abstract layer. */
    py2c_decref(i);
    return py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C ssize_t"), -1;
}
