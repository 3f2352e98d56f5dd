/* Channels: the multi-producer multi-consumer queue of Python values under
 * queue.Queue, LifoQueue, PriorityQueue, SimpleQueue and the work queue of
 * ThreadPoolExecutor (each a thin layer that maps the results below to
 * queue.Empty / queue.Full / RuntimeError).
 *
 * A channel is FIFO, LIFO or a priority heap; bounded (maxsize > 0: put
 * waits for room) or unbounded (maxsize <= 0, as queue.Queue(0)). It counts
 * unfinished tasks as queue.Queue does (every successful put adds one,
 * task_done removes one, join waits for zero); SimpleQueue simply never calls
 * task_done/join. It can be closed, for executor shutdown.
 *
 * Reference counts: put borrows its item and the channel keeps its own
 * reference while it holds it; get hands that reference to the caller (a new
 * reference for the caller); delete releases what is left.
 *
 * Timeouts are deadlines on the platform's monotonic clock (platform.h):
 * PY2C_DEADLINE_NEVER blocks without limit, PY2C_DEADLINE_NOW never blocks
 * (put_nowait/get_nowait, and block=True with timeout=0 as in CPython), and
 * py2c_deadline_after(ns) is Python's timeout. Spurious wakeups are absorbed.
 *
 * FIFO channels (Queue, SimpleQueue) are lock-free rings with one sequence
 * number per slot (channel.c has the details): put and get each claim a
 * position with one CAS and publish with one store, so a streaming producer
 * and consumer exchange only the slots; unbounded channels link rings of
 * growing size. A put or get that must wait spins briefly (never with a
 * single processor, e.g. WASI fibers), then sleeps under `mu` on a waiter of
 * its own; the other side takes `mu` only when someone sleeps. qsize() is
 * exact when nothing is in flight (as CPython's, racy otherwise).
 *
 * LIFO and priority channels, and the priority comparison (which calls
 * Python's `<`): one mutex `mu` guards the counts, the closed flag and the
 * LIFO buffer, with condition variables (not_empty, not_full) as in
 * CPython's queue.Queue; join waits on all_done for every kind. LIFO
 * operations run entirely under mu and never call out of the channel. A
 * priority channel also has `heap_mu`, which
 * guards the heap array alone and is the only lock held while the comparison
 * runs: a put first reserves room under mu, releases mu, pushes under heap_mu,
 * then commits under mu; a get takes one committed item under mu, releases
 * it, then pops under heap_mu. The two locks are never held together. So
 * user `__lt__` code may call qsize/empty/full/task_done/join, or block on
 * anything, without holding up waiters, sizes or other queues; the deadlocks
 * left are the ones CPython has too (it runs `__lt__` under its queue mutex):
 * `__lt__` waiting for a thread that is itself pushing/popping this queue.
 * A put or get from inside `__lt__` on the same queue, which deadlocks
 * CPython, raises RuntimeError here instead.
 * Items are never released (decref, which can run `__del__`) under any lock.
 *
 * Failing comparisons behave as CPython's heapq under PriorityQueue: the
 * comparisons are exactly heapq's (same operands, same order), a failed push
 * leaves the item in the queue (it counts in qsize but not as an unfinished
 * task; unlike CPython, a waiting getter is woken for it), a failed pop loses
 * the item it was about to return; the error is raised by that put/get. */
#ifndef PY2C_CHANNEL_H
#define PY2C_CHANNEL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "channel.h is private to the py2c runtime"
#endif

#include <stdint.h>

#include "platform.h"
#include "py2c.h"

typedef enum Py2cChannelKind {
    PY2C_CHANNEL_FIFO,     /* Queue, SimpleQueue, executor work queue */
    PY2C_CHANNEL_LIFO,     /* LifoQueue */
    PY2C_CHANNEL_PRIORITY, /* PriorityQueue: smallest first by `less` (a heapq heap) */
} Py2cChannelKind;

/* Results of put/get/join. */
enum {
    PY2C_CHANNEL_ERROR = -1, /* an exception is set (comparison failed, MemoryError, re-entry) */
    PY2C_CHANNEL_OK = 0,
    PY2C_CHANNEL_EMPTY = 1,  /* get: nothing before the deadline (queue.Empty) */
    PY2C_CHANNEL_FULL = 2,   /* put: no room before the deadline (queue.Full) */
    PY2C_CHANNEL_CLOSED = 3, /* put on a closed channel; get on a closed, empty one */
    PY2C_CHANNEL_TIMEOUT = 4 /* join: tasks still unfinished at the deadline */
};

/* a < b for a priority channel: 1, 0, or -1 with an exception set. Called on
 * the thread doing the put/get, with no channel lock but heap_mu held. */
typedef int (*Py2cChannelLess)(Py2cValue a, Py2cValue b, void *ctx);

typedef struct Py2cChannel Py2cChannel;

/* A new channel (less/ctx only for PY2C_CHANNEL_PRIORITY, else NULL), or NULL
 * with MemoryError set. */
PY2C_WARN_UNUSED Py2cChannel *py2c_channel_new(Py2cChannelKind kind, int64_t maxsize, Py2cChannelLess less,
                                               void *ctx);
/* Releases the items left and the channel. No other thread may be using it. */
void py2c_channel_delete(Py2cChannel *ch);

/* Adds item (borrowed): OK, FULL (deadline passed with the channel full),
 * CLOSED, or ERROR. */
PY2C_WARN_UNUSED int py2c_channel_put(Py2cChannel *ch, Py2cValue item, int64_t deadline);
/* Takes the next item into *out (a new reference; PY2C_NULL unless OK): OK,
 * EMPTY, CLOSED (closed and drained), or ERROR (priority comparison failed). */
PY2C_WARN_UNUSED int py2c_channel_get(Py2cChannel *ch, Py2cValue *out, int64_t deadline);

static inline int py2c_channel_put_nowait(Py2cChannel *ch, Py2cValue item) {
    return py2c_channel_put(ch, item, PY2C_DEADLINE_NOW);
}
static inline int py2c_channel_get_nowait(Py2cChannel *ch, Py2cValue *out) {
    return py2c_channel_get(ch, out, PY2C_DEADLINE_NOW);
}

/* qsize(), empty(), full() (CPython: 0 < maxsize <= qsize()); maxsize as
 * given to py2c_channel_new. */
int64_t py2c_channel_size(Py2cChannel *ch);
int py2c_channel_empty(Py2cChannel *ch);
int py2c_channel_full(Py2cChannel *ch);
int64_t py2c_channel_maxsize(const Py2cChannel *ch);

/* Queue.task_done(): 0, or -1 with ValueError "task_done() called too many
 * times". */
PY2C_WARN_UNUSED int py2c_channel_task_done(Py2cChannel *ch);
/* Queue.join(): waits until every put item has been task_done: OK or TIMEOUT. */
int py2c_channel_join(Py2cChannel *ch, int64_t deadline);
int64_t py2c_channel_unfinished(Py2cChannel *ch);

/* Refuses further puts and wakes every waiter; gets drain what is left and
 * then return CLOSED. Idempotent. */
void py2c_channel_close(Py2cChannel *ch);
int py2c_channel_is_closed(Py2cChannel *ch);

#endif
