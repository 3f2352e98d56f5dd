/* The time module (CPython's Modules/timemodule.c): the clocks and sleep.
 * Each clock is read by one small function below (the platform layer will
 * take them over); the Python-visible functions only convert. Calendar
 * functions (localtime, strftime, ...) are not provided. */
#include <errno.h>
#include <time.h>

#include "bltin_internal.h"
#include "platform.h"

#define NS_PER_SEC INT64_C(1000000000)

/* ---- clocks: nanoseconds since the clock's epoch ---------------------------------------- */

static int64_t clock_read_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0; /* these clocks exist on every supported system */
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* time.time(): the wall clock (seconds since the Unix epoch). */
static int64_t clock_wall_ns(void) { return clock_read_ns(CLOCK_REALTIME); }
/* time.monotonic() and time.perf_counter() (the same clock, as CPython on Linux). */
static int64_t clock_monotonic_ns(void) { return clock_read_ns(CLOCK_MONOTONIC); }
/* time.process_time(): CPU time of the process (user + system). */
static int64_t clock_process_ns(void) { return clock_read_ns(CLOCK_PROCESS_CPUTIME_ID); }

/* Sleeps ns nanoseconds (>= 0): the platform's sleep, which resumes after
 * signals (PEP 475) and, on WASI, lets the other threads (fibers) run
 * meanwhile instead of stopping them all. */
static void clock_sleep_ns(int64_t ns) { py2c_sleep_ns(ns); }

/* ---- conversions ------------------------------------------------------------------------ */

/* Nanoseconds as float seconds, rounded as CPython's _PyTime_AsSecondsDouble. */
static Py2cValue ns_to_float(int64_t ns) {
    if (ns % NS_PER_SEC == 0) return py2c_float((double)(ns / NS_PER_SEC));
    return py2c_float((double)ns / 1e9);
}

/* The argument of sleep as nanoseconds, rounded away from zero
 * (_PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT): 0 or -1. */
static int seconds_to_ns(Py2cValue v, int64_t *out) {
    if (py2c_is_float(v)) {
        double d = py2c_float_value(v);
        if (d != d) {
            (void)py2c_error_format(&py2c_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double ns = d * 1e9;
        ns = ns >= 0 ? ceil(ns) : floor(ns);
        if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) {
            (void)py2c_error_format(&py2c_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)ns;
        return 0;
    }
    int64_t secs;
    if (py2c__as_index(v, PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &secs) < 0) return -1;
    if (secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = secs * NS_PER_SEC;
    return 0;
}

/* ---- functions -------------------------------------------------------------------------- */

/* The checks of a METH_NOARGS function: "time.time() takes no arguments (1 given)". */
static int no_args(const char *qualname, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw(qualname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
}

#define CLOCK_FUNCTIONS(name, clock)                                                                           \
    static Py2cValue time_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {     \
        (void)self, (void)args;                                                                                \
        if (no_args("time." #name, nargs, kwnames) < 0) return PY2C_NULL;                                      \
        return ns_to_float(clock());                                                                           \
    }                                                                                                          \
    static Py2cValue time_##name##_ns(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)self, (void)args;                                                                                \
        if (no_args("time." #name "_ns", nargs, kwnames) < 0) return PY2C_NULL;                                \
        return py2c__bltin_int64(clock());                                                                     \
    }                                                                                                          \
    static PY2C_BUILTIN_FUNCTION(time_##name##_obj, #name, time_##name);                                       \
    static PY2C_BUILTIN_FUNCTION(time_##name##_ns_obj, #name "_ns", time_##name##_ns);

CLOCK_FUNCTIONS(time, clock_wall_ns)
CLOCK_FUNCTIONS(monotonic, clock_monotonic_ns)
CLOCK_FUNCTIONS(perf_counter, clock_monotonic_ns)
CLOCK_FUNCTIONS(process_time, clock_process_ns)

/* sleep(secs) */
static Py2cValue time_sleep(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__args_no_kw("time.sleep", kwnames) < 0) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
    int64_t ns;
    if (seconds_to_ns(args[0], &ns) < 0) return PY2C_NULL;
    if (ns < 0) return py2c_error_format(&py2c_exc_ValueError, "sleep length must be non-negative");
    clock_sleep_ns(ns);
    return PY2C_NONE;
}
static PY2C_BUILTIN_FUNCTION(time_sleep_obj, "sleep", time_sleep);

PY2C_STDLIB_MODULE("time", py2c__module_init_time);
Py2cValue py2c__module_init_time(void) {
    static Py2cBuiltinFunction *const fns[] = {
        &time_time_obj,         &time_time_ns_obj,         &time_monotonic_obj,    &time_monotonic_ns_obj,
        &time_perf_counter_obj, &time_perf_counter_ns_obj, &time_process_time_obj, &time_process_time_ns_obj,
        &time_sleep_obj,
    };
    Py2cValue m = py2c_module_new("time");
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        if (py2c_module_add(m, fns[i]->name, py2c_obj_value(&fns[i]->ob)) < 0) {
            py2c_decref(m);
            return PY2C_NULL;
        }
    }
    return m;
}
