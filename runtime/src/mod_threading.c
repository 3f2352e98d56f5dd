/* threading: threads (CPython 3.11's threading.Thread, _MainThread, Timer),
 * the registry of live threads (current_thread, enumerate, active_count),
 * the report of an exception escaping a thread, and program exit (atexit
 * callbacks, then the join of every non-daemon thread).
 *
 * Thread is a class made at module init with py2c_class_new, whose methods
 * are function objects with C bodies, so user classes derive from it with
 * the normal class machinery (super().__init__(), an overridden run()). A
 * Thread instance keeps its C state (ThrState: flags, ident, the OS thread)
 * in its __dict__ under THR_KEY.
 *
 * OS threads: a daemon thread is detached when started; a non-daemon one is
 * joinable and sits in `joinable` until someone waits for its OS thread
 * (Thread.join once it has finished, a later start() that reaps finished
 * ones, or program exit), so every OS thread is joined or detached once.
 *
 * Exit with daemon threads still running: they are abandoned, as in CPython,
 * and py2c__threading_shutdown reports how many there are; main.c then skips
 * releasing the program's objects and the runtime's state (which those
 * threads may still be using) and only flushes the streams. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "freelist.h"
#include "mod_threading_internal.h"
#include "modsupport.h"
#include "number_internal.h"
#include "platform.h"

/* CPython's traceback of an exception escaping a thread shows frames of
 * threading.py; they are printed with the path and lines of the reference
 * interpreter (the oracle of the golden tests). */
#ifndef PY2C_CPYTHON_STDLIB /* set by the Makefile: where python3 keeps its library */
#define PY2C_CPYTHON_STDLIB "/usr/lib/python3.11"
#endif
#define PY2C_THREADING_PY PY2C_CPYTHON_STDLIB "/threading.py"

static const Py2cCodeLoc boot_locs[] = {{1045, "self.run()", NULL}};
static const Py2cCode boot_code = {PY2C_THREADING_PY, "_bootstrap_inner", boot_locs, 1};
static const Py2cCodeLoc run_locs[] = {{982, "self._target(*self._args, **self._kwargs)", NULL}};
static const Py2cCode run_code = {PY2C_THREADING_PY, "run", run_locs, 1};
static const Py2cCodeLoc timer_locs[] = {{1401, "self.function(*self.args, **self.kwargs)", NULL}};
static const Py2cCode timer_code = {PY2C_THREADING_PY, "run", timer_locs, 1};


PY2C__STR_CONST(s_key, "_py2c_thread");
PY2C__STR_CONST(s_run, "run");
PY2C__STR_CONST(s_name, "name");
PY2C__STR_CONST(s_daemon, "daemon");
PY2C__STR_CONST(s___name__, "__name__");
PY2C__STR_CONST(s_interval, "interval");
PY2C__STR_CONST(s_function, "function");
PY2C__STR_CONST(s_args, "args");
PY2C__STR_CONST(s_kwargs, "kwargs");
PY2C__STR_CONST(s_finished, "finished");
PY2C__STR_CONST(s_wait, "wait");
PY2C__STR_CONST(s_is_set, "is_set");
PY2C__STR_CONST(s_set, "set");
PY2C__STR_CONST(s_MainThread, "MainThread");

/* ---- thread state ------------------------------------------------------------------------- */

typedef struct ThrState {
    Py2cObject ob;
    Py2cMutex mu;
    Py2cCond cv;             /* broadcast when running or finished becomes 1 */
    int started;             /* start() was called (guarded by mu) */
    int running;             /* the thread has begun (CPython's _started event; mu) */
    atomic_int finished;     /* run() has returned (CPython's _is_stopped; written under mu) */
    int daemon;              /* fixed once started */
    int ours;                /* an OS thread this module created (not main, not a dummy) */
    Py2cValue name;          /* str (mu) */
    Py2cValue target, args, kwargs; /* PY2C_NULL after run() */
    uint64_t ident, native_id;
    Py2cThread os;
    void (*cfn)(void *);     /* py2c__thread_spawn's function, instead of run() */
    void *carg;
    Py2cValue self;          /* the Thread, owned while it runs (and for the main thread) */
} ThrState;

static void state_dealloc(Py2cObject *o) {
    ThrState *st = (ThrState *)o;
    py2c_decref(st->name);
    py2c_decref(st->target);
    py2c_decref(st->args);
    py2c_decref(st->kwargs);
    py2c_decref(st->self);
    py2c_cond_destroy(&st->cv);
    py2c_mutex_destroy(&st->mu);
    free(o);
}

static const Py2cType state_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_py2c_thread_state",
    .module = "threading",
    .base = &py2c_object_type,
    .basicsize = sizeof(ThrState),
    .dealloc = state_dealloc,
    .hash = py2c_object_hash,
};

static ThrState *state_new(void) {
    ThrState *st = (ThrState *)py2c__object_new(&state_type, sizeof *st);
    if (!st) return NULL;
    Py2cObject hdr = st->ob;
    memset(st, 0, sizeof *st);
    st->ob = hdr;
    st->name = st->target = st->args = st->kwargs = st->self = PY2C_NULL;
    atomic_init(&st->finished, 0);
    if (py2c_mutex_init(&st->mu) < 0 || py2c_cond_init(&st->cv) < 0) {
        /* no destroy: init failures of these leave nothing to release */
        free(st);
        (void)py2c_error_nomemory();
        return NULL;
    }
    return st;
}

static void state_incref(ThrState *st) { py2c_incref(py2c_obj_value(&st->ob)); }
static void state_decref(ThrState *st) { py2c_decref(py2c_obj_value(&st->ob)); }

/* self's state (a new reference), or NULL (no exception) when Thread.__init__
 * has not run on it. */
static ThrState *state_get(Py2cValue self) {
    Py2cValue v = py2c_getattr_opt(self, PY2C__STR_VAL(s_key));
    if (PY2C_IS_NULL(v)) {
        py2c_error_clear();
        return NULL;
    }
    if (py2c_type_of(v) != &state_type) {
        py2c_decref(v);
        return NULL;
    }
    return (ThrState *)py2c_obj_ptr(v);
}

/* The same, with RuntimeError "thread.__init__() not called" when missing. */
static ThrState *state_req(Py2cValue self) {
    ThrState *st = state_get(self);
    if (!st) (void)py2c_error_format(&py2c_exc_RuntimeError, "thread.__init__() not called");
    return st;
}

/* ---- module state ------------------------------------------------------------------------- */

static Py2cOnce g_once = PY2C_ONCE_INIT;
static Py2cMutex reg_mu;    /* guards everything below up to `exiting` */
static Py2cMutex report_mu; /* one exception report at a time */
static Py2cTls cur_key;     /* the calling thread's ThrState (borrowed) */
static uint64_t main_ident, main_native_id;

typedef struct StVec {
    ThrState **v;
    size_t n, cap;
} StVec;
static StVec active;   /* live threads (CPython's _active + _limbo), strong refs */
static StVec joinable; /* non-daemon OS threads not yet joined, strong refs */
static ThrState *main_st;
static int64_t name_counter; /* CPython's _counter */
typedef struct AtExit {
    void (*fn)(void *);
    void *arg;
} AtExit;
static AtExit *atexits;
static size_t natexits, capatexits;
static int exiting;
static atomic_int daemon_tails; /* daemon threads whose OS thread is still in our code */

static Py2cValue thread_cls, mainthread_cls, dummy_cls, timer_cls; /* set once, at module init */
static int module_made;

static void g_init(void) {
    if (py2c_mutex_init(&reg_mu) < 0 || py2c_mutex_init(&report_mu) < 0 || py2c_tls_create(&cur_key) < 0) abort();
}

void py2c__threading_main_init(void) {
    py2c_once(&g_once, g_init);
    main_ident = py2c_thread_ident();
    main_native_id = py2c_thread_native_id();
}

/* Appends st (a new reference is taken); -1 with MemoryError. Caller holds reg_mu. */
static int vec_push(StVec *s, ThrState *st) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        ThrState **p = realloc(s->v, cap * sizeof *p);
        if (!p) return -1;
        s->v = p;
        s->cap = cap;
    }
    state_incref(st);
    s->v[s->n++] = st;
    return 0;
}

/* Removes st, handing its reference to the caller: 1, or 0 when absent. Caller holds reg_mu. */
static int vec_take(StVec *s, ThrState *st) {
    for (size_t i = s->n; i-- > 0;)
        if (s->v[i] == st) {
            memmove(s->v + i, s->v + i + 1, (s->n - i - 1) * sizeof *s->v);
            s->n--;
            return 1;
        }
    return 0;
}

uint64_t py2c__thr_ident(void) { return py2c_thread_ident(); }

/* The name of the live thread whose ident is `ident` (NULL when none), for
 * the WASI scheduler's deadlock report (runtime/src/wasi/fiber_sched.c
 * declares it weak). Called while no other thread runs: no locks taken. */
const char *py2c__thr_name_of(uint64_t ident);
const char *py2c__thr_name_of(uint64_t ident) {
    for (size_t i = 0; i < active.n; i++)
        if (active.v[i]->ident == ident && py2c_is_str(active.v[i]->name)) return py2c__as_str(active.v[i]->name)->data;
    return NULL;
}

int py2c__thr_seconds(Py2cValue v, double *out) {
    if (py2c_is_float(v)) {
        *out = py2c_float_value(v);
        return 0;
    }
    if (py2c_is_bool(v)) {
        *out = py2c_bool_value(v) ? 1.0 : 0.0;
        return 0;
    }
    if (py2c_is_int(v)) return py2c_int_as_double(v, out);
    (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer", py2c_type_name(v));
    return -1;
}

int py2c__thr_deadline(Py2cValue timeout, int64_t *deadline) {
    if (PY2C_IS_NULL(timeout) || py2c_is_none(timeout)) {
        *deadline = PY2C_DEADLINE_NEVER;
        return 0;
    }
    double s;
    if (py2c__thr_seconds(timeout, &s) < 0) return -1;
    if (!(s > 0)) {
        *deadline = PY2C_DEADLINE_NOW;
    } else if (s * 1e9 >= 9.2e18) {
        *deadline = PY2C_DEADLINE_NEVER;
    } else {
        *deadline = py2c_deadline_after((int64_t)(s * 1e9));
    }
    return 0;
}

/* ---- the current thread --------------------------------------------------------------------- */

static Py2cValue make_thread(Py2cValue cls, Py2cValue name, int daemon);

/* A thread this module did not start (CPython's _DummyThread): named
 * "Dummy-N", daemon, alive; registered for the rest of the program. */
static ThrState *make_dummy(void) {
    py2c_mutex_lock(&reg_mu);
    int64_t n = ++name_counter;
    py2c_mutex_unlock(&reg_mu);
    char buf[32];
    snprintf(buf, sizeof buf, "Dummy-%lld", (long long)n);
    Py2cValue name = py2c_str_from_cstr(buf);
    Py2cValue t = PY2C_IS_NULL(name) ? name : make_thread(dummy_cls, name, 1);
    py2c_decref(name);
    if (PY2C_IS_NULL(t)) return NULL;
    ThrState *st = state_get(t);
    if (!st) {
        py2c_decref(t);
        (void)py2c_error_format(&py2c_exc_RuntimeError, "thread.__init__() not called");
        return NULL;
    }
    st->started = st->running = 1;
    st->ident = py2c_thread_ident();
    st->native_id = py2c_thread_native_id();
    st->self = t;
    py2c_mutex_lock(&reg_mu);
    int rc = vec_push(&active, st);
    py2c_mutex_unlock(&reg_mu);
    if (rc < 0) {
        state_decref(st);
        (void)py2c_error_nomemory();
        return NULL;
    }
    py2c_tls_set(&cur_key, st);
    state_decref(st); /* the registry and the Thread keep it */
    return st;
}

/* The calling thread's state (borrowed), or NULL with an exception. */
static ThrState *current_state(void) {
    ThrState *st = py2c_tls_get(&cur_key);
    if (st) return st;
    if (main_st && (main_ident == 0 || py2c_thread_ident() == main_ident)) {
        py2c_tls_set(&cur_key, main_st);
        return main_st;
    }
    return make_dummy();
}

/* ---- Thread ------------------------------------------------------------------------------- */

/* Thread.__init__'s work (target, name, args, kwargs, daemon borrowed; PY2C_NULL
 * or None for the defaults). */
static int thread_init(Py2cValue self, Py2cValue target, Py2cValue name, Py2cValue args, Py2cValue kwargs,
                       Py2cValue daemon) {
    Py2cValue tname = PY2C_NULL;
    int truthy = PY2C_IS_NULL(name) ? 0 : py2c_is_true(name);
    if (truthy < 0) return -1;
    if (truthy) {
        tname = py2c_str(name);
    } else {
        py2c_mutex_lock(&reg_mu);
        int64_t n = ++name_counter;
        py2c_mutex_unlock(&reg_mu);
        char buf[32];
        snprintf(buf, sizeof buf, "Thread-%lld", (long long)n);
        tname = py2c_str_from_cstr(buf);
        if (!PY2C_IS_NULL(tname) && !PY2C_IS_NULL(target) && !py2c_is_none(target)) {
            Py2cValue tn = py2c_getattr_opt(target, PY2C__STR_VAL(s___name__));
            if (PY2C_IS_NULL(tn) && py2c_error_occurred()) {
                if (py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
                else PY2C_CLEAR(tname);
            }
            if (!PY2C_IS_NULL(tn)) {
                Py2cValue s = py2c_str(tn);
                py2c_decref(tn);
                Py2cValue parts[4] = {tname, PY2C_NULL, s, PY2C_NULL};
                Py2cValue open = py2c_str_from_cstr(" ("), close = py2c_str_from_cstr(")");
                parts[1] = open;
                parts[3] = close;
                Py2cValue joined = PY2C_IS_NULL(s) || PY2C_IS_NULL(open) || PY2C_IS_NULL(close)
                                       ? PY2C_NULL
                                       : py2c_str_join_array(4, parts);
                py2c_decref(s);
                py2c_decref(open);
                py2c_decref(close);
                py2c_decref(tname);
                tname = joined;
            }
        }
    }
    if (PY2C_IS_NULL(tname)) return -1;
    int is_daemon;
    if (PY2C_IS_NULL(daemon) || py2c_is_none(daemon)) {
        ThrState *cur = current_state();
        if (!cur) {
            py2c_decref(tname);
            return -1;
        }
        is_daemon = cur->daemon;
    } else {
        is_daemon = py2c_is_true(daemon);
        if (is_daemon < 0) {
            py2c_decref(tname);
            return -1;
        }
    }
    Py2cValue kw = PY2C_IS_NULL(kwargs) || py2c_is_none(kwargs) ? py2c_dict_new() : kwargs;
    if (kw.bits == kwargs.bits) py2c_incref(kw);
    ThrState *st = PY2C_IS_NULL(kw) ? NULL : state_new();
    if (!st) {
        py2c_decref(kw);
        py2c_decref(tname);
        return -1;
    }
    st->name = tname;
    st->daemon = is_daemon;
    if (!PY2C_IS_NULL(target) && !py2c_is_none(target)) {
        py2c_incref(target);
        st->target = target;
    }
    if (PY2C_IS_NULL(args)) args = py2c_tuple_new(0);
    else py2c_incref(args);
    st->args = args;
    st->kwargs = kw;
    int rc = PY2C_IS_NULL(args) ? -1 : py2c_setattr(self, PY2C__STR_VAL(s_key), py2c_obj_value(&st->ob));
    state_decref(st);
    return rc;
}

/* A new instance of cls (Thread or a subclass without its own __init__)
 * named name, daemon or not. */
static Py2cValue make_thread(Py2cValue cls, Py2cValue name, int daemon) {
    Py2cValue kwnames = py2c_tuple_pack(2, (Py2cValue[]){PY2C__STR_VAL(s_name), PY2C__STR_VAL(s_daemon)});
    if (PY2C_IS_NULL(kwnames)) return kwnames;
    Py2cValue t = py2c_call(cls, (Py2cValue[]){name, py2c_bool(daemon)}, 0, kwnames);
    py2c_decref(kwnames);
    return t;
}

static void release(Py2cValue *p, int n) {
    for (int i = 0; i < n; i++) py2c_decref(p[i]);
}

/* __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None) */
static Py2cValue init_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NONE;
    if (!py2c_is_none(p[1])) r = py2c_error_format(&py2c_exc_AssertionError, "group argument must be None for now");
    else if (thread_init(p[0], p[2], p[3], p[4], p[5], p[6]) < 0) r = PY2C_NULL;
    release(p, 7);
    return r;
}

/* The exception report of threading.excepthook (SystemExit is silent). */
static void report(ThrState *st) {
    Py2cValue exc = py2c_error_fetch();
    if (PY2C_IS_NULL(exc)) return;
    if (!py2c__is_subtype(py2c_obj_ptr(exc)->type, &py2c_exc_SystemExit)) {
        py2c_mutex_lock(&st->mu);
        Py2cValue name = st->name;
        py2c_incref(name);
        py2c_mutex_unlock(&st->mu);
        py2c_mutex_lock(&report_mu);
        fflush(stdout);
        fputs("Exception in thread ", stderr);
        fputs(py2c_is_str(name) ? py2c__as_str(name)->data : "?", stderr);
        fputs(":\n", stderr);
        py2c_exception_print(exc, stderr);
        fflush(stderr);
        py2c_mutex_unlock(&report_mu);
        py2c_decref(name);
    }
    py2c_decref(exc);
}

/* Joins the OS threads of finished non-daemon threads. */
static void reap(void) {
    for (;;) {
        ThrState *found = NULL;
        py2c_mutex_lock(&reg_mu);
        for (size_t i = 0; i < joinable.n; i++)
            if (atomic_load(&joinable.v[i]->finished)) {
                found = joinable.v[i];
                (void)vec_take(&joinable, found);
                break;
            }
        py2c_mutex_unlock(&reg_mu);
        if (!found) return;
        (void)py2c_thread_join(&found->os);
        state_decref(found);
    }
}

static void bootstrap(void *arg) {
    ThrState *st = arg; /* the reference start() took for this thread */
    py2c_tls_set(&cur_key, st);
    py2c_mutex_lock(&st->mu);
    st->ident = py2c_thread_ident();
    st->native_id = py2c_thread_native_id();
    st->running = 1;
    py2c_cond_broadcast(&st->cv);
    py2c_mutex_unlock(&st->mu);
    int daemon = st->daemon;

    Py2cValue r;
    if (st->cfn) {
        st->cfn(st->carg);
        r = py2c_error_occurred() ? PY2C_NULL : PY2C_NONE;
    } else {
        r = py2c_call_method(st->self, PY2C__STR_VAL(s_run), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(r)) py2c_traceback_add(&boot_code, 0);
    }
    if (PY2C_IS_NULL(r)) report(st);
    py2c_decref(r);

    py2c_mutex_lock(&reg_mu);
    int was_active = vec_take(&active, st);
    py2c_mutex_unlock(&reg_mu);
    py2c_mutex_lock(&st->mu);
    Py2cValue self = st->self;
    st->self = PY2C_NULL;
    atomic_store(&st->finished, 1);
    py2c_cond_broadcast(&st->cv);
    py2c_mutex_unlock(&st->mu);
    py2c_decref(self);
    if (was_active) state_decref(st);
    py2c_tls_set(&cur_key, NULL);
    py2c__error_shutdown();
    py2c__long_cache_release();
    py2c__freelist_release();
    state_decref(st);
    if (daemon) atomic_fetch_sub(&daemon_tails, 1);
}

/* Thread.start()'s work on self (state st, borrowed). */
static int start_impl(Py2cValue self, ThrState *st) {
    py2c_mutex_lock(&st->mu);
    int again = st->started;
    st->started = 1;
    py2c_mutex_unlock(&st->mu);
    if (again) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "threads can only be started once");
        return -1;
    }
    reap();
    py2c__threads_activate(); /* refcounts and containers become thread-safe */
    py2c_mutex_lock(&reg_mu);
    int rc = vec_push(&active, st);
    py2c_mutex_unlock(&reg_mu);
    if (rc < 0) goto undo_nomem;
    py2c_incref(self);
    st->self = self;
    st->ours = 1;
    state_incref(st); /* the thread's */
    if (st->daemon) atomic_fetch_add(&daemon_tails, 1);
    if (py2c_thread_create(&st->os, bootstrap, st, 0) < 0) {
        if (st->daemon) atomic_fetch_sub(&daemon_tails, 1);
        state_decref(st);
        PY2C_CLEAR(st->self);
        py2c_mutex_lock(&reg_mu);
        if (vec_take(&active, st)) state_decref(st);
        py2c_mutex_unlock(&reg_mu);
        py2c_mutex_lock(&st->mu);
        st->started = 0;
        py2c_mutex_unlock(&st->mu);
        (void)py2c_error_format(&py2c_exc_RuntimeError, "can't start new thread");
        return -1;
    }
    if (st->daemon) {
        (void)py2c_thread_detach(&st->os);
    } else {
        py2c_mutex_lock(&reg_mu);
        rc = vec_push(&joinable, st);
        py2c_mutex_unlock(&reg_mu);
        if (rc < 0) (void)py2c_thread_detach(&st->os); /* cannot track it: let it go */
    }
    /* as CPython, start() returns once the thread runs (ident is set) */
    py2c_mutex_lock(&st->mu);
    while (!st->running) py2c_cond_wait(&st->cv, &st->mu);
    py2c_mutex_unlock(&st->mu);
    return 0;
undo_nomem:
    py2c_mutex_lock(&st->mu);
    st->started = 0;
    py2c_mutex_unlock(&st->mu);
    (void)py2c_error_nomemory();
    return -1;
}

static Py2cValue start_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    ThrState *st = state_req(p[0]);
    Py2cValue r = st && start_impl(p[0], st) == 0 ? PY2C_NONE : PY2C_NULL;
    if (st) state_decref(st);
    py2c_decref(p[0]);
    return r;
}

static Py2cValue run_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    ThrState *st = state_get(p[0]);
    py2c_decref(p[0]);
    if (!st) return PY2C_NONE;
    Py2cValue target = st->target, args = st->args, kwargs = st->kwargs;
    st->target = st->args = st->kwargs = PY2C_NULL;
    Py2cValue r = PY2C_NONE;
    if (!PY2C_IS_NULL(target)) {
        Py2cValue tup = py2c_is_tuple(args) ? args : py2c_tuple_from_iterable(args);
        if (tup.bits == args.bits) py2c_incref(tup);
        r = PY2C_IS_NULL(tup) ? tup : py2c_call_ex(target, tup, kwargs);
        py2c_decref(tup);
        if (PY2C_IS_NULL(r)) py2c_traceback_add(&run_code, 0);
    }
    py2c_decref(target);
    py2c_decref(args);
    py2c_decref(kwargs);
    state_decref(st);
    return r;
}

/* Waits for st to finish until deadline; joins its OS thread once it has. */
static void wait_finished(ThrState *st, int64_t deadline) {
    py2c_mutex_lock(&st->mu);
    while (!atomic_load(&st->finished))
        if (py2c_cond_wait_until(&st->cv, &st->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    int fin = atomic_load(&st->finished);
    py2c_mutex_unlock(&st->mu);
    if (!fin) return;
    py2c_mutex_lock(&reg_mu);
    int mine = vec_take(&joinable, st);
    py2c_mutex_unlock(&reg_mu);
    if (mine) {
        (void)py2c_thread_join(&st->os);
        state_decref(st);
    }
}

static Py2cValue join_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    ThrState *st = state_req(p[0]);
    if (!st) goto out;
    py2c_mutex_lock(&st->mu);
    int running = st->running;
    py2c_mutex_unlock(&st->mu);
    int64_t deadline;
    ThrState *cur;
    if (!running) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot join thread before it is started");
    } else if (!(cur = current_state())) {
        /* exception set */
    } else if (cur == st) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot join current thread");
    } else if (py2c__thr_deadline(p[1], &deadline) == 0) {
        wait_finished(st, deadline);
        r = PY2C_NONE;
    }
    state_decref(st);
out:
    release(p, 2);
    return r;
}

static int alive(ThrState *st) {
    py2c_mutex_lock(&st->mu);
    int a = st->running && !atomic_load(&st->finished);
    py2c_mutex_unlock(&st->mu);
    return a;
}

static Py2cValue is_alive_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    ThrState *st = state_req(p[0]);
    py2c_decref(p[0]);
    if (!st) return PY2C_NULL;
    int a = alive(st);
    state_decref(st);
    return py2c_bool(a);
}

static Py2cValue repr_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue self = p[0];
    ThrState *st = state_req(self);
    if (!st) {
        py2c_decref(self);
        return PY2C_NULL;
    }
    py2c_mutex_lock(&st->mu);
    const char *status = !st->running ? "initial" : atomic_load(&st->finished) ? "stopped" : "started";
    Py2cValue name = st->name;
    py2c_incref(name);
    int daemon = st->daemon;
    uint64_t ident = st->ident;
    int has_ident = st->running;
    py2c_mutex_unlock(&st->mu);
    Py2cBuf b = {0};
    char num[32];
    int rc = py2c__buf_puts(&b, "<");
    if (rc == 0) rc = py2c__buf_puts(&b, py2c_obj_ptr(self)->type->name);
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    if (rc == 0) rc = py2c__buf_put(&b, py2c__as_str(name)->data, (size_t)py2c__as_str(name)->len);
    if (rc == 0) rc = py2c__buf_puts(&b, ", ");
    if (rc == 0) rc = py2c__buf_puts(&b, status);
    if (rc == 0 && daemon) rc = py2c__buf_puts(&b, " daemon");
    if (rc == 0 && has_ident) {
        snprintf(num, sizeof num, " %llu", (unsigned long long)ident);
        rc = py2c__buf_puts(&b, num);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")>");
    py2c_decref(name);
    state_decref(st);
    py2c_decref(self);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

/* properties */
static Py2cValue name_get_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    ThrState *st = state_req(p[0]);
    py2c_decref(p[0]);
    if (!st) return PY2C_NULL;
    py2c_mutex_lock(&st->mu);
    Py2cValue n = st->name;
    py2c_incref(n);
    py2c_mutex_unlock(&st->mu);
    state_decref(st);
    return n;
}

static Py2cValue name_set_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    ThrState *st = state_req(p[0]);
    Py2cValue s = st ? py2c_str(p[1]) : PY2C_NULL;
    if (!PY2C_IS_NULL(s)) {
        py2c_mutex_lock(&st->mu);
        Py2cValue old = st->name;
        st->name = s;
        py2c_mutex_unlock(&st->mu);
        py2c_decref(old);
        r = PY2C_NONE;
    }
    if (st) state_decref(st);
    release(p, 2);
    return r;
}

static Py2cValue daemon_get_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    ThrState *st = state_req(p[0]);
    py2c_decref(p[0]);
    if (!st) return PY2C_NULL;
    int d = st->daemon;
    state_decref(st);
    return py2c_bool(d);
}

static Py2cValue daemon_set_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    ThrState *st = state_get(p[0]);
    if (!st) {
        (void)py2c_error_format(&py2c_exc_RuntimeError, "Thread.__init__() not called");
    } else {
        py2c_mutex_lock(&st->mu);
        int running = st->running;
        py2c_mutex_unlock(&st->mu);
        int d;
        if (running) (void)py2c_error_format(&py2c_exc_RuntimeError, "cannot set daemon status of active thread");
        else if ((d = py2c_is_true(p[1])) >= 0) {
            st->daemon = d;
            r = PY2C_NONE;
        }
        state_decref(st);
    }
    release(p, 2);
    return r;
}

static Py2cValue ident_get(Py2cFunction *fn, Py2cValue *p, int native) {
    (void)fn;
    ThrState *st = state_req(p[0]);
    py2c_decref(p[0]);
    if (!st) return PY2C_NULL;
    py2c_mutex_lock(&st->mu);
    int has = st->running;
    uint64_t v = native ? st->native_id : st->ident;
    py2c_mutex_unlock(&st->mu);
    state_decref(st);
    return has ? py2c_int_from_uint64(v) : PY2C_NONE;
}
static Py2cValue ident_get_body(Py2cFunction *fn, Py2cValue *p) { return ident_get(fn, p, 0); }
static Py2cValue native_id_get_body(Py2cFunction *fn, Py2cValue *p) { return ident_get(fn, p, 1); }

/* ---- Timer -------------------------------------------------------------------------------- */

/* __init__(self, interval, function, args=None, kwargs=None) */
static Py2cValue timer_init_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue self = p[0], r = PY2C_NULL;
    Py2cValue args = py2c_is_none(p[3]) ? py2c_list_new(0) : p[3];
    Py2cValue kwargs = py2c_is_none(p[4]) ? py2c_dict_new() : p[4];
    if (args.bits == p[3].bits) py2c_incref(args);
    if (kwargs.bits == p[4].bits) py2c_incref(kwargs);
    Py2cValue ev = PY2C_NULL;
    if (!PY2C_IS_NULL(args) && !PY2C_IS_NULL(kwargs) && thread_init(self, PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL,
                                                                    PY2C_NULL) == 0 &&
        py2c_setattr(self, PY2C__STR_VAL(s_interval), p[1]) == 0 &&
        py2c_setattr(self, PY2C__STR_VAL(s_function), p[2]) == 0 &&
        py2c_setattr(self, PY2C__STR_VAL(s_args), args) == 0 &&
        py2c_setattr(self, PY2C__STR_VAL(s_kwargs), kwargs) == 0 && !PY2C_IS_NULL(ev = py2c__thr_event_new()) &&
        py2c_setattr(self, PY2C__STR_VAL(s_finished), ev) == 0)
        r = PY2C_NONE;
    py2c_decref(ev);
    py2c_decref(args);
    py2c_decref(kwargs);
    release(p, 5);
    return r;
}

static Py2cValue call_attr_method(Py2cValue self, Py2cValue attr, Py2cValue meth, const Py2cValue *args,
                                  size_t nargs) {
    Py2cValue o = py2c_getattr(self, attr);
    if (PY2C_IS_NULL(o)) return o;
    Py2cValue r = py2c_call_method(o, meth, args, nargs, PY2C_NULL);
    py2c_decref(o);
    return r;
}

/* run(self): self.finished.wait(self.interval); if not set: self.function(*self.args, **self.kwargs); set */
static Py2cValue timer_run_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue self = p[0], r = PY2C_NULL;
    Py2cValue interval = py2c_getattr(self, PY2C__STR_VAL(s_interval));
    if (PY2C_IS_NULL(interval)) goto out;
    Py2cValue w = call_attr_method(self, PY2C__STR_VAL(s_finished), PY2C__STR_VAL(s_wait), &interval, 1);
    py2c_decref(interval);
    if (PY2C_IS_NULL(w)) goto out;
    py2c_decref(w);
    Py2cValue is = call_attr_method(self, PY2C__STR_VAL(s_finished), PY2C__STR_VAL(s_is_set), NULL, 0);
    if (PY2C_IS_NULL(is)) goto out;
    int set = py2c_is_true(is);
    py2c_decref(is);
    if (set < 0) goto out;
    if (!set) {
        Py2cValue f = py2c_getattr(self, PY2C__STR_VAL(s_function));
        Py2cValue a = PY2C_IS_NULL(f) ? f : py2c_getattr(self, PY2C__STR_VAL(s_args));
        Py2cValue k = PY2C_IS_NULL(a) ? a : py2c_getattr(self, PY2C__STR_VAL(s_kwargs));
        Py2cValue tup = PY2C_IS_NULL(k) ? k : py2c_tuple_from_iterable(a);
        Py2cValue res = PY2C_IS_NULL(tup) ? tup : py2c_call_ex(f, tup, k);
        if (PY2C_IS_NULL(res) && !PY2C_IS_NULL(tup)) py2c_traceback_add(&timer_code, 0);
        py2c_decref(tup);
        py2c_decref(k);
        py2c_decref(a);
        py2c_decref(f);
        if (PY2C_IS_NULL(res)) goto out;
        py2c_decref(res);
    }
    Py2cValue s = call_attr_method(self, PY2C__STR_VAL(s_finished), PY2C__STR_VAL(s_set), NULL, 0);
    if (PY2C_IS_NULL(s)) goto out;
    py2c_decref(s);
    r = PY2C_NONE;
out:
    py2c_decref(self);
    return r;
}

static Py2cValue timer_cancel_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = call_attr_method(p[0], PY2C__STR_VAL(s_finished), PY2C__STR_VAL(s_set), NULL, 0);
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(r)) return r;
    py2c_decref(r);
    return PY2C_NONE;
}

/* ---- the classes -------------------------------------------------------------------------- */

static const char *const self_params[] = {"self"};
static const char *const value_params[] = {"self", "value"};
static const char *const join_params[] = {"self", "timeout"};
static const char *const init_params[] = {"self", "group", "target", "name", "args", "kwargs", "daemon"};
static const char *const timer_init_params[] = {"self", "interval", "function", "args", "kwargs"};

#define INFO(var, pyname, qual, params, nposonly, npos, nkwonly, body) \
    static const Py2cFuncInfo var = {pyname, qual, params, nposonly, npos, nkwonly, 0, body, NULL, NULL, "threading"}
INFO(init_info, "__init__", "Thread.__init__", init_params, 0, 6, 1, init_body);
INFO(start_info, "start", "Thread.start", self_params, 0, 1, 0, start_body);
INFO(run_info, "run", "Thread.run", self_params, 0, 1, 0, run_body);
INFO(join_info, "join", "Thread.join", join_params, 0, 2, 0, join_body);
INFO(is_alive_info, "is_alive", "Thread.is_alive", self_params, 0, 1, 0, is_alive_body);
INFO(repr_info, "__repr__", "Thread.__repr__", self_params, 0, 1, 0, repr_body);
INFO(name_get_info, "name", "Thread.name", self_params, 0, 1, 0, name_get_body);
INFO(name_set_info, "name", "Thread.name", value_params, 0, 2, 0, name_set_body);
INFO(daemon_get_info, "daemon", "Thread.daemon", self_params, 0, 1, 0, daemon_get_body);
INFO(daemon_set_info, "daemon", "Thread.daemon", value_params, 0, 2, 0, daemon_set_body);
INFO(ident_info, "ident", "Thread.ident", self_params, 0, 1, 0, ident_get_body);
INFO(native_id_info, "native_id", "Thread.native_id", self_params, 0, 1, 0, native_id_get_body);
INFO(timer_init_info, "__init__", "Timer.__init__", timer_init_params, 0, 5, 0, timer_init_body);
INFO(timer_run_info, "run", "Timer.run", self_params, 0, 1, 0, timer_run_body);
INFO(timer_cancel_info, "cancel", "Timer.cancel", self_params, 0, 1, 0, timer_cancel_body);

static int make_classes(void) {
    Py2cValue ns = py2c_dict_new();
    if (PY2C_IS_NULL(ns)) return -1;
    Py2cValue defaults = py2c_tuple_new(0);
    Py2cValue defs = PY2C_IS_NULL(defaults)
                         ? defaults
                         : py2c_tuple_pack(5, (Py2cValue[]){PY2C_NONE, PY2C_NONE, PY2C_NONE, defaults, PY2C_NONE});
    py2c_decref(defaults);
    int rc = PY2C_IS_NULL(defs) ? -1 : py2c__ns_put_function(ns, &init_info, defs, (const Py2cValue[]){PY2C_NONE});
    py2c_decref(defs);
    Py2cValue none1 = py2c_tuple_pack(1, (Py2cValue[]){PY2C_NONE});
    if (rc == 0) rc = PY2C_IS_NULL(none1) ? -1 : py2c__ns_put_function(ns, &join_info, none1, NULL);
    const Py2cFuncInfo *plain[] = {&start_info, &run_info, &is_alive_info, &repr_info};
    for (size_t i = 0; rc == 0 && i < sizeof plain / sizeof plain[0]; i++)
        rc = py2c__ns_put_function(ns, plain[i], PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__ns_put_property(ns, &name_get_info, &name_set_info);
    if (rc == 0) rc = py2c__ns_put_property(ns, &daemon_get_info, &daemon_set_info);
    if (rc == 0) rc = py2c__ns_put_property(ns, &ident_info, NULL);
    if (rc == 0) rc = py2c__ns_put_property(ns, &native_id_info, NULL);
    if (rc < 0) {
        py2c_decref(none1);
        py2c_decref(ns);
        return -1;
    }
    thread_cls = py2c__class_make(NULL, "Thread", "threading", PY2C_NULL, ns);
    if (PY2C_IS_NULL(thread_cls)) goto fail;
    mainthread_cls = py2c__class_make(NULL, "_MainThread", "threading", thread_cls, py2c_dict_new());
    if (PY2C_IS_NULL(mainthread_cls)) goto fail;
    dummy_cls = py2c__class_make(NULL, "_DummyThread", "threading", thread_cls, py2c_dict_new());
    if (PY2C_IS_NULL(dummy_cls)) goto fail;
    ns = py2c_dict_new();
    if (PY2C_IS_NULL(ns)) goto fail;
    Py2cValue none2 = py2c_tuple_pack(2, (Py2cValue[]){PY2C_NONE, PY2C_NONE});
    rc = PY2C_IS_NULL(none2) ? -1 : py2c__ns_put_function(ns, &timer_init_info, none2, NULL);
    py2c_decref(none2);
    if (rc == 0) rc = py2c__ns_put_function(ns, &timer_run_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__ns_put_function(ns, &timer_cancel_info, PY2C_NULL, NULL);
    if (rc < 0) {
        py2c_decref(ns);
        goto fail;
    }
    timer_cls = py2c__class_make(NULL, "Timer", "threading", thread_cls, ns);
    if (PY2C_IS_NULL(timer_cls)) goto fail;
    py2c_decref(none1);
    return 0;
fail:
    py2c_decref(none1);
    return -1;
}

/* The _MainThread object (registered, running) for the thread main.c ran on. */
static int make_main(void) {
    Py2cValue t = make_thread(mainthread_cls, PY2C__STR_VAL(s_MainThread), 0);
    if (PY2C_IS_NULL(t)) return -1;
    ThrState *st = state_get(t);
    if (!st) {
        py2c_decref(t);
        return -1;
    }
    st->started = st->running = 1;
    st->ident = main_ident ? main_ident : py2c_thread_ident();
    st->native_id = main_ident ? main_native_id : py2c_thread_native_id();
    st->self = t;
    py2c_mutex_lock(&reg_mu);
    int rc = vec_push(&active, st);
    main_st = st; /* keeps the reference state_get gave */
    py2c_mutex_unlock(&reg_mu);
    if (rc < 0) (void)py2c_error_nomemory();
    return rc;
}

/* ---- module functions --------------------------------------------------------------------- */

static Py2cValue current_thread_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "current_thread() takes 0 positional arguments but %zu were given",
                                 nargs + py2c__kw_count(kwnames));
    ThrState *st = current_state();
    if (!st) return PY2C_NULL;
    py2c_mutex_lock(&st->mu);
    Py2cValue t = st->self;
    py2c_incref(t);
    py2c_mutex_unlock(&st->mu);
    return PY2C_IS_NULL(t) ? PY2C_NONE : t;
}

static Py2cValue main_thread_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "main_thread() takes 0 positional arguments but %zu were given",
                                 nargs + py2c__kw_count(kwnames));
    Py2cValue t = main_st ? main_st->self : PY2C_NONE;
    py2c_incref(t);
    return t;
}

static int no_args(const char *name, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw(name, kwnames) < 0) return -1;
    if (nargs) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static Py2cValue get_ident_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (no_args("get_ident", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_int_from_uint64(py2c_thread_ident());
}

static Py2cValue get_native_id_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (no_args("get_native_id", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_int_from_uint64(py2c_thread_native_id());
}

static Py2cValue active_count_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "active_count() takes 0 positional arguments but %zu were given",
                                 nargs + py2c__kw_count(kwnames));
    if (!current_state()) return PY2C_NULL; /* a foreign caller registers itself first, as CPython */
    py2c_mutex_lock(&reg_mu);
    size_t n = active.n;
    py2c_mutex_unlock(&reg_mu);
    return py2c_int((int64_t)n);
}

static Py2cValue enumerate_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "enumerate() takes 0 positional arguments but %zu were given",
                                 nargs + py2c__kw_count(kwnames));
    if (!current_state()) return PY2C_NULL;
    py2c_mutex_lock(&reg_mu);
    Py2cValue l = py2c_list_new(active.n);
    for (size_t i = 0; !PY2C_IS_NULL(l) && i < active.n; i++) {
        ThrState *st = active.v[i];
        py2c_mutex_lock(&st->mu);
        Py2cValue t = st->self;
        py2c_incref(t);
        py2c_mutex_unlock(&st->mu);
        if (PY2C_IS_NULL(t)) continue;
        int rc = py2c_list_append(l, t);
        py2c_decref(t);
        if (rc < 0) PY2C_CLEAR(l);
    }
    py2c_mutex_unlock(&reg_mu);
    return l;
}

static Py2cValue stack_size_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    (void)args;
    if (py2c__args_no_kw("stack_size", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError, "stack_size expected at most 1 argument, got %zu", nargs);
    return py2c_int(0);
}

static PY2C_BUILTIN_FUNCTION(current_thread_obj, "current_thread", current_thread_fn);
static PY2C_BUILTIN_FUNCTION(main_thread_obj, "main_thread", main_thread_fn);
static PY2C_BUILTIN_FUNCTION(get_ident_obj, "get_ident", get_ident_fn);
static PY2C_BUILTIN_FUNCTION(get_native_id_obj, "get_native_id", get_native_id_fn);
static PY2C_BUILTIN_FUNCTION(active_count_obj, "active_count", active_count_fn);
static PY2C_BUILTIN_FUNCTION(enumerate_obj, "enumerate", enumerate_fn);
static PY2C_BUILTIN_FUNCTION(stack_size_obj, "stack_size", stack_size_fn);

/* ---- spawn, atexit, shutdown -------------------------------------------------------------- */

Py2cValue py2c__thread_spawn(const char *name, void (*fn)(void *), void *arg, int daemon) {
    Py2cValue mod = py2c_import("threading"); /* the classes */
    if (PY2C_IS_NULL(mod)) return mod;
    py2c_decref(mod);
    Py2cValue n = name ? py2c_str_from_cstr(name) : PY2C_NONE;
    Py2cValue t = PY2C_IS_NULL(n) ? n : make_thread(thread_cls, n, daemon);
    py2c_decref(n);
    if (PY2C_IS_NULL(t)) return t;
    ThrState *st = state_req(t);
    if (!st) {
        py2c_decref(t);
        return PY2C_NULL;
    }
    st->cfn = fn;
    st->carg = arg;
    int rc = start_impl(t, st);
    state_decref(st);
    if (rc < 0) PY2C_CLEAR(t);
    return t;
}

int py2c__threading_atexit(void (*fn)(void *), void *arg) {
    py2c_once(&g_once, g_init);
    py2c_mutex_lock(&reg_mu);
    int rc = 0;
    if (exiting) {
        rc = -1;
    } else if (natexits == capatexits) {
        size_t cap = capatexits ? capatexits * 2 : 8;
        AtExit *p = realloc(atexits, cap * sizeof *p);
        if (p) {
            atexits = p;
            capatexits = cap;
        } else {
            rc = -2;
        }
    }
    if (rc == 0) atexits[natexits++] = (AtExit){fn, arg};
    py2c_mutex_unlock(&reg_mu);
    if (rc == -1) (void)py2c_error_format(&py2c_exc_RuntimeError, "can't register atexit after shutdown");
    if (rc == -2) (void)py2c_error_nomemory();
    return rc < 0 ? -1 : 0;
}

int py2c__threading_shutdown(void) {
    py2c_once(&g_once, g_init);
    py2c_mutex_lock(&reg_mu);
    exiting = 1;
    py2c_mutex_unlock(&reg_mu);
    /* CPython's threading._shutdown: the atexit calls, newest first ... */
    for (;;) {
        py2c_mutex_lock(&reg_mu);
        AtExit a = natexits ? atexits[--natexits] : (AtExit){NULL, NULL};
        py2c_mutex_unlock(&reg_mu);
        if (!a.fn) break;
        a.fn(a.arg);
        if (py2c_error_occurred()) py2c_error_print(stderr);
    }
    free(atexits);
    atexits = NULL;
    capatexits = 0;
    /* ... the main thread stops ... */
    if (main_st) {
        py2c_mutex_lock(&main_st->mu);
        atomic_store(&main_st->finished, 1);
        py2c_mutex_unlock(&main_st->mu);
    }
    /* ... then every non-daemon thread is joined (threads they start too) */
    for (;;) {
        py2c_mutex_lock(&reg_mu);
        ThrState *st = joinable.n ? joinable.v[--joinable.n] : NULL;
        py2c_mutex_unlock(&reg_mu);
        if (!st) break;
        (void)py2c_thread_join(&st->os);
        state_decref(st);
    }
    free(joinable.v);
    joinable = (StVec){0};
    int alive_daemons = 0;
    py2c_mutex_lock(&reg_mu);
    for (size_t i = 0; i < active.n; i++)
        if (active.v[i]->ours && !atomic_load(&active.v[i]->finished)) alive_daemons++;
    py2c_mutex_unlock(&reg_mu);
    if (alive_daemons == 0)
        while (atomic_load(&daemon_tails) > 0) py2c_thread_yield(); /* finished daemons leaving bootstrap */
    return alive_daemons;
}

/* Runtime exit hook (only when no daemon thread was left running). */
static void threading_free(void) {
    py2c_mutex_lock(&reg_mu);
    StVec a = active;
    active = (StVec){0};
    ThrState *m = main_st;
    main_st = NULL;
    py2c_mutex_unlock(&reg_mu);
    if (m) {
        PY2C_CLEAR(m->self); /* the cycle state -> Thread -> __dict__ -> state */
        state_decref(m);
    }
    for (size_t i = 0; i < a.n; i++) {
        if (a.v[i]->ours == 0) PY2C_CLEAR(a.v[i]->self);
        state_decref(a.v[i]);
    }
    free(a.v);
    PY2C_CLEAR(thread_cls);
    PY2C_CLEAR(mainthread_cls);
    PY2C_CLEAR(dummy_cls);
    PY2C_CLEAR(timer_cls);
    module_made = 0;
}

PY2C_STDLIB_MODULE("threading", py2c__module_init_threading);

Py2cValue py2c__module_init_threading(void) {
    py2c_once(&g_once, g_init);
    Py2cValue m = py2c_module_new("threading");
    if (PY2C_IS_NULL(m)) return m;
    if (!module_made) {
        thread_cls = mainthread_cls = dummy_cls = timer_cls = PY2C_NULL;
        module_made = 1;
        if (py2c_atexit_runtime(threading_free) < 0) {
            (void)py2c_error_nomemory();
            goto fail;
        }
        if (make_classes() < 0 || make_main() < 0) goto fail;
    }
    static const struct {
        const char *name;
        Py2cBuiltinFunction *fn;
    } fns[] = {
        {"current_thread", &current_thread_obj}, {"currentThread", &current_thread_obj},
        {"main_thread", &main_thread_obj},       {"get_ident", &get_ident_obj},
        {"get_native_id", &get_native_id_obj},   {"active_count", &active_count_obj},
        {"activeCount", &active_count_obj},      {"enumerate", &enumerate_obj},
        {"stack_size", &stack_size_obj},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (py2c_module_add(m, fns[i].name, py2c_obj_value(&fns[i].fn->ob)) < 0) goto fail;
    if (py2c_module_add(m, "Thread", thread_cls) < 0 || py2c_module_add(m, "_MainThread", mainthread_cls) < 0 ||
        py2c_module_add(m, "_DummyThread", dummy_cls) < 0 || py2c_module_add(m, "Timer", timer_cls) < 0 ||
        py2c_module_add(m, "TIMEOUT_MAX", py2c_float(9223372036.0)) < 0 || py2c__thr_sync_init(m) < 0 ||
        py2c__thr_local_init(m) < 0)
        goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
