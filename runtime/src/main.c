/* Program start and exit: runs the module body, reports an uncaught
 * exception as CPython does (SystemExit: its code; anything else: the
 * traceback and status 1), releases the module and the runtime's state
 * (shutdown hooks), flushes the standard streams. */
#include <errno.h>
#ifndef __wasi__
#include <signal.h> /* (wasi-libc has no signals) */
#endif
#include <stdatomic.h>
#include <stdio.h>

#include "bltin_internal.h"
#include "freelist.h"
#include "internal.h"
#include "mod_threading_internal.h"
#include "number_internal.h"

/* CPython's handle_system_exit: None -> 0, an int -> that status (as a C int), anything
 * else is printed to stderr and gives 1. */
static int system_exit_status(Py2cValue exc) {
    Py2cValue key = py2c_str_from_utf8("code", 4);
    Py2cValue code = PY2C_IS_NULL(key) ? PY2C_NULL : py2c_getattr(exc, key);
    py2c_decref(key);
    int status = 1;
    if (PY2C_IS_NULL(code)) {
        py2c_error_clear();
    } else if (py2c_is_none(code)) {
        status = 0;
    } else if (py2c_is_int(code)) {
        /* (int)PyLong_AsLong(code): truncated to C int; -1 (status 255,
         * nothing printed) when it does not fit in a C long */
        int64_t v;
        if (py2c_int_as_int64(code, &v) < 0) {
            py2c_error_clear();
            v = -1;
        }
        status = (int)(uint32_t)(uint64_t)v;
    } else {
        fflush(stdout);
        Py2cValue s = py2c_str(code);
        if (PY2C_IS_NULL(s)) {
            py2c_error_clear();
        } else {
            Py2cStr *p = py2c__as_str(s);
            fwrite(p->data, 1, (size_t)p->len, stderr);
            fputc('\n', stderr);
            py2c_decref(s);
        }
    }
    py2c_decref(code);
    return status;
}

enum { MAX_HOOKS = 64 };
static void (*hooks[MAX_HOOKS])(void);
static int nhooks;
/* Modules register hooks while they are first imported, and two threads can
 * import two modules at once (one lock per module). Registration is rare and
 * short: a spin lock that needs no initialisation does. */
static atomic_flag hooks_busy = ATOMIC_FLAG_INIT;

static void hooks_lock(void) {
    while (atomic_flag_test_and_set_explicit(&hooks_busy, memory_order_acquire)) {
    }
}

static void hooks_unlock(void) { atomic_flag_clear_explicit(&hooks_busy, memory_order_release); }

int py2c_atexit_runtime(void (*fn)(void)) {
    int rc = 0;
    hooks_lock();
    int known = 0;
    for (int i = 0; i < nhooks && !known; i++) known = hooks[i] == fn;
    if (!known && nhooks == MAX_HOOKS) rc = -1;
    else if (!known) hooks[nhooks++] = fn;
    hooks_unlock();
    return rc;
}

/* The newest hook, taken off the list, or NULL. */
static void (*pop_hook(void))(void) {
    hooks_lock();
    void (*fn)(void) = nhooks > 0 ? hooks[--nhooks] : NULL;
    hooks_unlock();
    return fn;
}

/* Module globals first (their finalizers, e.g. a suspended generator's
 * finally body, may still use the runtime), then the hooks, newest first;
 * a hook may register another (it runs too). */
static void shutdown(Py2cModuleClear clear) {
    if (clear) {
        clear();
        py2c_error_clear();
    }
    for (void (*fn)(void) = pop_hook(); fn; fn = pop_hook()) {
        fn();
        py2c_error_clear();
    }
}

int py2c_main(int argc, char **argv, Py2cModuleBody body) { return py2c_main_module(argc, argv, body, NULL); }

/* sys.modules["__main__"] = the main module's object (its globals are read
 * through main's def). */
static int register_main(const Py2cModuleDef *main_def) {
    Py2cValue cache = py2c_modules_dict();
    if (PY2C_IS_NULL(cache)) return -1;
    Py2cValue m = py2c_module_from_def(main_def);
    if (PY2C_IS_NULL(m)) return -1;
    Py2cValue key = py2c_str_from_cstr("__main__");
    int rc = PY2C_IS_NULL(key) ? -1 : py2c_dict_setitem(cache, key, m);
    py2c_decref(key);
    py2c_decref(m);
    return rc;
}

static int run(int argc, char **argv, Py2cModuleBody body, const Py2cModuleDef *main_def, Py2cModuleClear clear);

/* The final flush of stdout, as CPython's flush_std_files: when it fails
 * (e.g. EPIPE: the reader of a pipe is gone), "Exception ignored in: <stdout>"
 * and the error on stderr, and exit status 120. */
static int flush_stdout_at_exit(int status) {
    if (fflush(stdout) == 0) return status;
    int err = errno;
    clearerr(stdout);
    (void)py2c_error_from_errno(err, PY2C_NULL);
    Py2cValue exc = py2c_error_fetch();
    Py2cValue r = py2c_repr(py2c_obj_value(py2c__stdout_obj));
    fputs("Exception ignored in: ", stderr);
    if (PY2C_IS_NULL(r)) {
        py2c_error_clear();
        fputs("<stdout>", stderr);
    } else {
        fwrite(py2c__as_str(r)->data, 1, (size_t)py2c__as_str(r)->len, stderr);
    }
    fputc('\n', stderr);
    py2c_decref(r);
    if (!PY2C_IS_NULL(exc)) py2c_exception_print(exc, stderr);
    py2c_decref(exc);
    return 120;
}

int py2c_main_module(int argc, char **argv, Py2cModuleBody body, Py2cModuleClear clear) {
    return run(argc, argv, body, NULL, clear);
}

int py2c_main_program(int argc, char **argv, const Py2cModuleDef *main_def, Py2cModuleClear clear) {
    return run(argc, argv, main_def->body, main_def, clear);
}

static int run(int argc, char **argv, Py2cModuleBody body, const Py2cModuleDef *main_def, Py2cModuleClear clear) {
    py2c__recursion_reset();
#if !defined(__wasi__) && defined(SIGPIPE)
    /* As CPython: a write to a pipe whose reader is gone fails with EPIPE
     * (BrokenPipeError) instead of killing the program. */
    signal(SIGPIPE, SIG_IGN);
#endif
    py2c__threading_main_init();
    int status = 0;
    Py2cValue r = PY2C_NULL;
    if (argc > 0 && py2c_sys_set_argv(argc, argv) < 0) goto report;
    if (main_def && register_main(main_def) < 0) goto report;
    r = body();
report:
    if (PY2C_IS_NULL(r)) {
        Py2cValue exc = py2c_error_fetch();
        if (!PY2C_IS_NULL(exc) && py2c__is_subtype(py2c_obj_ptr(exc)->type, &py2c_exc_SystemExit)) {
            status = system_exit_status(exc);
        } else if (!PY2C_IS_NULL(exc)) {
            py2c_exception_print(exc, stderr); /* flushes stdout first */
            status = py2c__is_subtype(py2c_obj_ptr(exc)->type, &py2c_exc_KeyboardInterrupt) ? 130 : 1;
        } else {
            fflush(stdout);
            fputs("SystemError: error return without exception set\n", stderr);
            status = 1;
        }
        py2c_decref(exc);
    }
    py2c_decref(r);
    /* As CPython's Py_FinalizeEx: after the traceback, threading's atexit
     * calls run and the non-daemon threads are joined. Daemon threads still
     * running are abandoned; they may be using any object, so nothing is
     * released then (only the streams are flushed). */
    int abandoned = py2c__threading_shutdown();
    if (!abandoned) shutdown(clear);
    status = flush_stdout_at_exit(status);
    fflush(stderr);
    if (!abandoned) {
        py2c__error_shutdown();
        py2c__long_cache_release(); /* the main thread's spare int blocks: valgrind then sees nothing held */
        py2c__freelist_release();   /* and its spare instance and tuple blocks */
    }
    return status;
}
