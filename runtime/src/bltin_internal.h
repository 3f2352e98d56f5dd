/* Internals shared by the builtins area (builtins*.c, bltin_*.c, io*.c,
 * file*.c, sys*.c). */
#ifndef PY2C_BLTIN_INTERNAL_H
#define PY2C_BLTIN_INTERNAL_H

#include <stdio.h>

#include "internal.h"

/* Argument parsing with Argument Clinic's messages (CPython's
 * _PyArg_UnpackKeywords). names has maxargs entries; the first nposonly are
 * positional-only (their names are used in "missing" messages only); the
 * first maxpos may be given by position; the first minpos are required.
 * out[i] receives the borrowed argument or PY2C_NULL when absent. */
typedef struct Py2cArgSpec {
    const char *fname; /* "round" */
    const char *const *names;
    int nposonly, minpos, maxpos, maxargs;
} Py2cArgSpec;

PY2C_WARN_UNUSED int py2c__args_parse(const Py2cArgSpec *spec, const Py2cValue *args, size_t nargs,
                                      Py2cValue kwnames, Py2cValue *out);
/* Number of keyword arguments of a call (kwnames may be PY2C_NULL). */
size_t py2c__kw_count(Py2cValue kwnames);
/* The i-th keyword name (borrowed str). */
Py2cValue py2c__kw_name(Py2cValue kwnames, size_t i);
/* "f() takes no keyword arguments" when kwnames has any. */
PY2C_WARN_UNUSED int py2c__args_no_kw(const char *fname, Py2cValue kwnames);
/* (py2c__str_eq_cstr, comparing a str with a C string, is core's: internal.h.) */

/* An int of any int64 value (small, or a big int through the numbers area). */
PY2C_WARN_UNUSED Py2cValue py2c__bltin_int64(int64_t v);
/* operator.index(v) reduced to int64 (OverflowError beyond); "'float' object
 * cannot be interpreted as an integer" for non-ints. */
PY2C_WARN_UNUSED int py2c__bltin_as_int64(Py2cValue v, int64_t *out);

/* Files (io.c). */
/* Whether v is one of our text files. */
int py2c__is_textio(Py2cValue v);
/* Writes the UTF-8 bytes of str s to text file f (with its newline
 * translation): 0 or -1. */
PY2C_WARN_UNUSED int py2c__textio_write_str(Py2cValue f, Py2cValue s);
PY2C_WARN_UNUSED int py2c__textio_flush(Py2cValue f);
/* readline() with a size limit (-1: none): a new str ("" at EOF). */
PY2C_WARN_UNUSED Py2cValue py2c__textio_readline(Py2cValue f, int64_t limit);
/* The standard streams (immortal file objects). */
extern Py2cObject *py2c__stdin_obj, *py2c__stdout_obj, *py2c__stderr_obj;
/* Sets the standard streams' names (once, before first use: sys.c). */
void py2c__io_init(void);
/* Frees the standard streams' buffers (at exit: sys.c's shutdown hook). */
void py2c__io_shutdown(void);

/* sys (sys.c): current sys.stdout/stderr/stdin (borrowed; may be None). */
Py2cValue py2c__sys_get(const char *name);

/* Contract functions and types of other areas not yet declared in their
 * headers (compatible redeclarations; removed once the headers have them). */
PY2C_WARN_UNUSED Py2cValue py2c_int_from_decimal(const char *digits);
extern const Py2cType py2c_bool_type;
extern const Py2cType py2c_int_type;

/* Immortal str constants for attribute and method names. */
#define PY2C__STR_CONST(var, text) static Py2cStr var = PY2C_STR_STATIC(text, sizeof(text) - 1, sizeof(text) - 1)
#define PY2C__STR_VAL(var) py2c_obj_value(&(var).ob)

#endif
