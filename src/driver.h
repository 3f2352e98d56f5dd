/* What the command line needs from the system: finding a program's module
 * files, compiling emitted C into programs (`py2c build` and `py2c run`),
 * the cache. Used only by main.c. */
#ifndef PY2C_DRIVER_H
#define PY2C_DRIVER_H

#include <stdbool.h>

typedef enum BuildTarget { TARGET_NATIVE, TARGET_WASI } BuildTarget;

/* Where py2c's runtime headers and library are, found from the py2c executable
 * (a source checkout: <top>/runtime/include and <top>/build/lib; an install:
 * <prefix>/include and <prefix>/lib). argv0 is main's argv[0]. */
typedef struct RuntimePaths {
    char include_dir[4096];
    char lib_dir[4096];
} RuntimePaths;

/* 0 on success; otherwise prints why to stderr and returns 2. */
int drv_runtime_paths(const char *argv0, RuntimePaths *out);

/* Compiles and links the C file c_path into the executable out_path.
 * Compiler messages go to stderr. Returns 0 on success, 2 on failure. */
int drv_compile(const RuntimePaths *rt, const char *c_path, const char *out_path, BuildTarget target);

/* `py2c --cflags` / `--libs`: prints the flags a user's Makefile needs. */
void drv_print_cflags(const RuntimePaths *rt, BuildTarget target);
void drv_print_libs(const RuntimePaths *rt, BuildTarget target);

/* The cache directory for `py2c run` (created if missing): $PY2C_CACHE_DIR,
 * else $XDG_CACHE_HOME/py2c, else ~/.cache/py2c. Returns 0 or 2. */
int drv_cache_dir(char *out, unsigned size);

/* Replaces the process with the program (execv) with argv[0] = script (so that
 * the program's sys.argv[0] is the .py path, as under CPython) followed by argv.
 * Returns 2 on failure. */
int drv_exec(const char *prog, const char *script, int argc, char **argv);

/* Looks for module `name` (one component) in dirs, in order, as CPython's
 * path finder: dir/name/__init__.py (a package, *is_package = true), else
 * dir/name.py. A dir "" is the current directory (paths then have no "./").
 * Returns the file's path (malloc'd), or NULL. */
char *drv_find_module(const char *const *dirs, int ndirs, const char *name, bool *is_package);

/* The directory part of path: "" for "main.py", "a/b" for "a/b/c.py"
 * (malloc'd). */
char *drv_dir_name(const char *path);

/* Whether a is newer than b (or either is missing). */
bool drv_file_newer(const char *a, const char *b);

#endif
