/* The first emitter's print: a plain C function (see py2c/builtins.h). Kept
 * in its own file, free of newer dependencies, until the emitter calls the
 * py2c_builtin_print object instead. */
#include <stdio.h>

#include "internal.h"

static int check_text_arg(const char *name, Py2cValue v) {
    if (PY2C_IS_NULL(v) || py2c_is_none(v) || py2c_is_str(v)) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s must be None or a string, not %s", name, py2c_type_name(v));
    return -1;
}

static void write_str(Py2cValue s, FILE *out) {
    Py2cStr *p = py2c__as_str(s);
    fwrite(p->data, 1, (size_t)p->len, out);
}

Py2cValue py2c__builtin_print_legacy(int64_t nargs, const Py2cValue *args, Py2cValue sep, Py2cValue end) {
    if (check_text_arg("sep", sep) < 0 || check_text_arg("end", end) < 0) return PY2C_NULL;
    FILE *out = stdout;
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (py2c_is_str(sep)) write_str(sep, out);
            else fputc(' ', out);
        }
        if (py2c_is_str(args[i])) {
            write_str(args[i], out);
            continue;
        }
        Py2cValue s = py2c_object_str(args[i]);
        if (PY2C_IS_NULL(s)) return PY2C_NULL;
        write_str(s, out);
        py2c_decref(s);
    }
    if (py2c_is_str(end)) write_str(end, out);
    else fputc('\n', out);
    return PY2C_NONE;
}
