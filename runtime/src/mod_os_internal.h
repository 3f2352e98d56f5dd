/* Shared by the os module (mod_os.c) and os.path (mod_os_path.c): path
 * arguments and the few path operations os itself needs. Paths are str
 * (UTF-8, NUL-free); bytes paths are not supported yet. */
#ifndef PY2C_MOD_OS_INTERNAL_H
#define PY2C_MOD_OS_INTERNAL_H

#include "bltin_internal.h"

/* os.fspath(v) for str and os.PathLike objects: a new str, or PY2C_NULL
 * with TypeError "expected str, bytes or os.PathLike object, not int". */
PY2C_WARN_UNUSED Py2cValue py2c__os_fspath(Py2cValue v);

/* What a path argument of a posix function (Argument Clinic's path_t) may
 * also be, besides str and os.PathLike. */
enum { PY2C__OS_PATH_FD = 1, PY2C__OS_PATH_NONE = 2 };

/* Converts path argument v of function fn (argument name arg) as path_t:
 * a new str in *out, or (PY2C__OS_PATH_FD) an int in *fd with *out =
 * PY2C_NULL, or (PY2C__OS_PATH_NONE) None as PY2C_NULL and *fd = -1.
 * TypeError "mkdir: path should be string, bytes or os.PathLike, not
 * float"; ValueError "embedded null byte". 0 or -1. */
PY2C_WARN_UNUSED int py2c__os_path_arg(Py2cValue v, const char *fn, const char *arg, unsigned allow, Py2cValue *out,
                                       int *fd);

/* posixpath.split on len bytes of p: the head is p[0:*head_len] (trailing
 * slashes stripped unless it is all slashes), the tail p[*tail_start:]. */
void py2c__os_path_split(const char *p, size_t len, size_t *head_len, size_t *tail_start);

/* os.path.exists / isdir of a C path (no exception). */
int py2c__os_path_exists(const char *path);
int py2c__os_path_isdir(const char *path);

/* The os.path module's init (its registry entry), which os calls itself. */
PY2C_WARN_UNUSED Py2cValue py2c__module_init_os_path(void);

#endif
