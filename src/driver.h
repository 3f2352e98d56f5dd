/* What the command line needs from the system: finding a program's module
 * files, compiling emitted C into programs (`py2c build` and `py2c run`),
 * the cache. Used only by main.c. */
#ifndef PY2C_DRIVER_H
#define PY2C_DRIVER_H

#include <stdbool.h>

typedef enum BuildTarget { TARGET_NATIVE, TARGET_WASI } BuildTarget;

/* Where py2c's runtime headers and library are, found from the py2c executable
 * (a source checkout: <top>/runtime/include, <top>/build/lib, the WASI
 * runtime in <top>/build/wasi/lib and the Node runner tools/run_wasm.cjs; an
 * install: <prefix>/include, <prefix>/lib, <prefix>/lib/wasm32-wasi and
 * <prefix>/share/py2c/run_wasm.cjs). argv0 is main's argv[0]. */
typedef struct RuntimePaths {
    char include_dir[4096];
    char lib_dir[4096];      /* the native libpy2c-runtime.a */
    char wasi_lib_dir[4096]; /* the WASI libpy2c-runtime.a and py2c-wasi-start.o */
    char wasm_runner[4096];  /* run_wasm.cjs */
} RuntimePaths;

/* 0 on success; otherwise prints why to stderr and returns 2. The library of
 * target must exist (for WASI: also the runner). */
int drv_runtime_paths(const char *argv0, BuildTarget target, RuntimePaths *out);

/* The runtime library of target (for a cache's staleness check). */
void drv_runtime_lib(const RuntimePaths *rt, BuildTarget target, char *out, unsigned size);

/* Compiles and links the C file c_path into the executable out_path (WASI:
 * a .wasm module, instrumented by wasm-opt --asyncify: in full when
 * uses_threads, else the cheap mode of runtime/wasi.mk). Compiler messages
 * go to stderr. Returns 0 on success, 2 on failure. */
int drv_compile(const RuntimePaths *rt, const char *c_path, const char *out_path, BuildTarget target,
                bool uses_threads);

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
/* The same for a WASI module: runs node (or $NODE) on the runner. */
int drv_exec_wasm(const RuntimePaths *rt, const char *prog, const char *script, int argc, char **argv);

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
