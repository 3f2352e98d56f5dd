/* The queue module (CPython 3.11's Lib/queue.py and Modules/_queuemodule.c):
 * Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty and Full, each queue a
 * thin layer over a channel (channel.h), which does the locking, waiting,
 * deadlines and task counting. The direct operations of py2c/concurrency.h
 * for queues are here too. */
#include <math.h>
#include <stdlib.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "number_internal.h"
#include "mod_queue_internal.h"
#include "py2c/concurrency.h"

PY2C_STDLIB_MODULE("queue", py2c__module_init_queue);

/* ---- queue.Empty (_queue.Empty) and queue.Full ----------------------------------- */

/* Exception subclasses with Exception's slots (whose functions are private
 * to exc.c), copied in once. */
static Py2cType empty_type, full_type;
static Py2cOnce exc_once = PY2C_ONCE_INIT;

static void exc_types_init(void) {
    empty_type = py2c_exc_Exception;
    empty_type.name = "Empty";
    empty_type.module = "_queue";
    empty_type.base = &py2c_exc_Exception;
    full_type = py2c_exc_Exception;
    full_type.name = "Full";
    full_type.module = "queue";
    full_type.base = &py2c_exc_Exception;
}

static Py2cValue raise_empty(void) {
    py2c_once(&exc_once, exc_types_init);
    return py2c_error_format(&empty_type, NULL);
}

static Py2cValue raise_full(void) {
    py2c_once(&exc_once, exc_types_init);
    return py2c_error_format(&full_type, NULL);
}

/* ---- timeouts ---------------------------------------------------------------------- */

int64_t py2c__deadline_from_seconds(double seconds) {
    if (!(seconds > 0)) return py2c_monotonic_ns(); /* now: a deadline that has passed at the first check */
    double ns = ceil(seconds * 1e9);
    if (ns >= 9.0e18) return PY2C_DEADLINE_NEVER;
    return py2c_deadline_after((int64_t)ns);
}

int py2c__timeout_deadline(Py2cValue timeout, int64_t *deadline, int *negative) {
    *negative = 0;
    if (py2c_is_none(timeout) || PY2C_IS_NULL(timeout)) {
        *deadline = PY2C_DEADLINE_NEVER;
        return 0;
    }
    double secs;
    int r = py2c__num_as_double(timeout, &secs);
    if (r < 0) return -1;
    if (r == 0) {
        /* CPython evaluates `timeout < 0` first: its TypeError is the answer. */
        int lt = py2c_compare_bool(timeout, py2c_int(0), PY2C_LT);
        if (lt < 0) return -1;
        return (void)py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for +: 'float' and '%s'",
                                       py2c_type_name(timeout)),
               -1;
    }
    if (secs < 0) *negative = 1;
    *deadline = py2c__deadline_from_seconds(secs);
    return 0;
}

/* ---- the queue objects -------------------------------------------------------------- */

int py2c__is_queue_exact(Py2cValue v) {
    if (!py2c_is_obj(v)) return 0;
    const Py2cType *t = py2c_obj_ptr(v)->type;
    return t == &py2c__queue_type || t == &py2c__lifoqueue_type || t == &py2c__priorityqueue_type ||
           t == &py2c__simplequeue_type;
}

static Py2cChannel *chan(Py2cValue v) { return ((Py2cQueue *)py2c_obj_ptr(v))->ch; }

/* PriorityQueue's heap compares with Python's `<`, as heapq does. */
static int priority_less(Py2cValue a, Py2cValue b, void *ctx) {
    (void)ctx;
    return py2c_compare_bool(a, b, PY2C_LT);
}

static void queue_dealloc(Py2cObject *o) {
    py2c_channel_delete(((Py2cQueue *)o)->ch);
    free(o);
}

static Py2cValue queue_alloc(const Py2cType *t, Py2cChannelKind kind, int64_t maxsize) {
    Py2cQueue *q = (Py2cQueue *)py2c__object_new(t, sizeof *q);
    if (!q) return PY2C_NULL;
    q->ch = py2c_channel_new(kind, maxsize, kind == PY2C_CHANNEL_PRIORITY ? priority_less : NULL, NULL);
    if (!q->ch) {
        free(q);
        return PY2C_NULL;
    }
    return py2c_obj_value(&q->ob);
}

/* Queue(maxsize=0), LifoQueue(maxsize=0), PriorityQueue(maxsize=0) */
static Py2cValue queue_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"maxsize"};
    static const Py2cArgSpec spec = {"Queue", names, 0, 0, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t maxsize = 0;
    if (!PY2C_IS_NULL(a[0]) && py2c__bltin_as_int64(a[0], &maxsize) < 0) return PY2C_NULL;
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(self);
    Py2cChannelKind kind = t == &py2c__lifoqueue_type       ? PY2C_CHANNEL_LIFO
                           : t == &py2c__priorityqueue_type ? PY2C_CHANNEL_PRIORITY
                                                            : PY2C_CHANNEL_FIFO;
    return queue_alloc(t, kind, maxsize);
}

/* SimpleQueue() */
static Py2cValue simplequeue_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (nargs || py2c__kw_count(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "SimpleQueue() takes no arguments");
    return queue_alloc((const Py2cType *)py2c_obj_ptr(self), PY2C_CHANNEL_FIFO, 0);
}

/* Maps a channel result to the method's: None, or the exception. */
static Py2cValue put_result(int r) {
    switch (r) {
    case PY2C_CHANNEL_OK: return PY2C_NONE;
    case PY2C_CHANNEL_FULL: return raise_full();
    case PY2C_CHANNEL_ERROR: return PY2C_NULL;
    default: return py2c_error_format(&py2c_exc_RuntimeError, "queue is closed");
    }
}

static Py2cValue get_result(int r, Py2cValue item) {
    switch (r) {
    case PY2C_CHANNEL_OK: return item;
    case PY2C_CHANNEL_ERROR: return PY2C_NULL;
    default: return raise_empty();
    }
}

/* The deadline of put/get(block, timeout) as Lib/queue.py computes it: not
 * block -> now; timeout None -> never; timeout < 0 -> ValueError (when
 * check_negative: put checks only for a bounded queue). 0 or -1. */
static int block_deadline(Py2cValue block, Py2cValue timeout, int check_negative, int64_t *deadline) {
    if (!PY2C_IS_NULL(block)) {
        int b = py2c_is_true(block);
        if (b < 0) return -1;
        if (!b) {
            *deadline = PY2C_DEADLINE_NOW;
            return 0;
        }
    }
    int negative;
    if (py2c__timeout_deadline(timeout, deadline, &negative) < 0) return -1;
    if (negative && check_negative) {
        (void)py2c_error_format(&py2c_exc_ValueError, "'timeout' must be a non-negative number");
        return -1;
    }
    return 0;
}

/* put(item, block=True, timeout=None) */
static Py2cValue m_put(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"item", "block", "timeout"};
    static const Py2cArgSpec spec = {"put", names, 0, 1, 3, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cChannel *ch = chan(self);
    int64_t deadline = PY2C_DEADLINE_NEVER;
    if (py2c_channel_maxsize(ch) > 0 && block_deadline(a[1], a[2], 1, &deadline) < 0) return PY2C_NULL;
    return put_result(py2c_channel_put(ch, a[0], deadline));
}

/* put_nowait(item) */
static Py2cValue m_put_nowait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"item"};
    static const Py2cArgSpec spec = {"put_nowait", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return put_result(py2c_channel_put_nowait(chan(self), a[0]));
}

/* get(block=True, timeout=None) */
static Py2cValue m_get(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"block", "timeout"};
    static const Py2cArgSpec spec = {"get", names, 0, 0, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    int64_t deadline;
    if (block_deadline(a[0], a[1], 1, &deadline) < 0) return PY2C_NULL;
    Py2cValue item = PY2C_NULL;
    int r = py2c_channel_get(chan(self), &item, deadline);
    return get_result(r, item);
}

/* get_nowait() */
static Py2cValue m_get_nowait(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("get_nowait", "get_nowait", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    Py2cValue item = PY2C_NULL;
    int r = py2c_channel_get_nowait(chan(self), &item);
    return get_result(r, item);
}

/* SimpleQueue.put(item, block=True, timeout=None): never blocks; block and
 * timeout are accepted for compatibility and ignored, as CPython. */
static Py2cValue m_simple_put(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"item", "block", "timeout"};
    static const Py2cArgSpec spec = {"put", names, 0, 1, 3, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return put_result(py2c_channel_put(chan(self), a[0], PY2C_DEADLINE_NEVER));
}

static Py2cValue m_qsize(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("qsize", "qsize", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    return py2c__bltin_int64(py2c_channel_size(chan(self)));
}

static Py2cValue m_empty(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("empty", "empty", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    return py2c_bool(py2c_channel_empty(chan(self)));
}

static Py2cValue m_full(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("full", "full", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    return py2c_bool(py2c_channel_full(chan(self)));
}

static Py2cValue m_task_done(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("task_done", "task_done", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    return py2c_channel_task_done(chan(self)) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue m_join(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_nargs("join", "join", nargs, kwnames, 0, 0) < 0) return PY2C_NULL;
    (void)py2c_channel_join(chan(self), PY2C_DEADLINE_NEVER);
    return PY2C_NONE;
}

static Py2cValue get_maxsize(Py2cValue self) { return py2c__bltin_int64(py2c_channel_maxsize(chan(self))); }
static Py2cValue get_unfinished(Py2cValue self) { return py2c__bltin_int64(py2c_channel_unfinished(chan(self))); }

static const Py2cMethodDef queue_methods[] = {
    {"put", m_put},         {"put_nowait", m_put_nowait}, {"get", m_get},
    {"get_nowait", m_get_nowait}, {"qsize", m_qsize},     {"empty", m_empty},
    {"full", m_full},       {"task_done", m_task_done},   {"join", m_join},
    {NULL, NULL},
};

static const Py2cGetSetDef queue_getset[] = {
    {"maxsize", get_maxsize, NULL},
    {"unfinished_tasks", get_unfinished, NULL},
    {NULL, NULL, NULL},
};

static const Py2cMethodDef simplequeue_methods[] = {
    {"put", m_simple_put}, {"put_nowait", m_put_nowait}, {"get", m_get}, {"get_nowait", m_get_nowait},
    {"qsize", m_qsize},    {"empty", m_empty},           {NULL, NULL},
};

#define QUEUE_TYPE(var, pyname, modname, basetype, newfn, meths, gs) \
    const Py2cType var = {                                          \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type),                  \
        .name = pyname,                                             \
        .module = modname,                                          \
        .base = basetype,                                           \
        .basicsize = sizeof(Py2cQueue),                             \
        .dealloc = queue_dealloc,                                   \
        .new_ = newfn,                                              \
        .hash = py2c_object_hash,                                   \
        .methods = meths,                                           \
        .getset = gs,                                               \
    }

QUEUE_TYPE(py2c__queue_type, "Queue", "queue", &py2c_object_type, queue_new, queue_methods, queue_getset);
QUEUE_TYPE(py2c__lifoqueue_type, "LifoQueue", "queue", &py2c__queue_type, queue_new, NULL, NULL);
QUEUE_TYPE(py2c__priorityqueue_type, "PriorityQueue", "queue", &py2c__queue_type, queue_new, NULL, NULL);
QUEUE_TYPE(py2c__simplequeue_type, "SimpleQueue", "_queue", &py2c_object_type, simplequeue_new,
           simplequeue_methods, NULL);

/* ---- direct operations (py2c/concurrency.h) ------------------------------------------ */

PY2C__STR_CONST(s_put, "put");
PY2C__STR_CONST(s_get, "get");
PY2C__STR_CONST(s_task_done, "task_done");

Py2cValue py2c_queue_put(Py2cValue q, Py2cValue item) {
    if (!py2c__is_queue_exact(q)) return py2c_call_method(q, PY2C__STR_VAL(s_put), &item, 1, PY2C_NULL);
    return put_result(py2c_channel_put(chan(q), item, PY2C_DEADLINE_NEVER));
}

Py2cValue py2c_queue_get(Py2cValue q) {
    if (!py2c__is_queue_exact(q)) return py2c_call_method(q, PY2C__STR_VAL(s_get), NULL, 0, PY2C_NULL);
    Py2cValue item = PY2C_NULL;
    int r = py2c_channel_get(chan(q), &item, PY2C_DEADLINE_NEVER);
    return get_result(r, item);
}

Py2cValue py2c_queue_task_done(Py2cValue q) {
    if (!py2c__is_queue_exact(q) || py2c_obj_ptr(q)->type == &py2c__simplequeue_type)
        return py2c_call_method(q, PY2C__STR_VAL(s_task_done), NULL, 0, PY2C_NULL);
    return py2c_channel_task_done(chan(q)) < 0 ? PY2C_NULL : PY2C_NONE;
}

/* ---- the module ------------------------------------------------------------------ */

Py2cValue py2c__module_init_queue(void) {
    py2c_once(&exc_once, exc_types_init);
    Py2cValue m = py2c_module_new("queue");
    if (PY2C_IS_NULL(m)) return m;
    static const struct {
        const char *name;
        const Py2cType *type;
    } names[] = {
        {"Empty", &empty_type},
        {"Full", &full_type},
        {"Queue", &py2c__queue_type},
        {"LifoQueue", &py2c__lifoqueue_type},
        {"PriorityQueue", &py2c__priorityqueue_type},
        {"SimpleQueue", &py2c__simplequeue_type},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (py2c_module_add(m, names[i].name, py2c_type_value(names[i].type)) < 0) {
            py2c_decref(m);
            return PY2C_NULL;
        }
    }
    return m;
}
