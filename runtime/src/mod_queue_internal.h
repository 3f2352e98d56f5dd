/* Internals shared by the queue module (mod_queue.c) and concurrent.futures
 * (mod_concurrent*.c): timeouts as Python spells them, and queue types for
 * the direct operations of py2c/concurrency.h. */
#ifndef PY2C_MOD_QUEUE_INTERNAL_H
#define PY2C_MOD_QUEUE_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "mod_queue_internal.h is private to the py2c runtime"
#endif

#include "channel.h"
#include "internal.h"

/* Queue, LifoQueue, PriorityQueue (module "queue") and SimpleQueue
 * ("_queue"): one layout, a channel. */
typedef struct Py2cQueue {
    Py2cObject ob;
    Py2cChannel *ch;
} Py2cQueue;

extern const Py2cType py2c__queue_type;
extern const Py2cType py2c__lifoqueue_type;
extern const Py2cType py2c__priorityqueue_type;
extern const Py2cType py2c__simplequeue_type;

/* Whether v is exactly one of the four queue types. */
int py2c__is_queue_exact(Py2cValue v);

/* A timeout argument as Python code computes with it: None -> *deadline =
 * PY2C_DEADLINE_NEVER; a number -> now + timeout (a negative one gives a past
 * deadline: callers that reject it check *negative first). Anything else
 * raises what `timeout < 0` raises in CPython (TypeError "'<' not supported
 * between instances of 'str' and 'int'"). 0 or -1. */
PY2C_WARN_UNUSED int py2c__timeout_deadline(Py2cValue timeout, int64_t *deadline, int *negative);

/* Python's `time.monotonic()` seconds -> deadline conversion for a float. */
int64_t py2c__deadline_from_seconds(double seconds);

#endif
