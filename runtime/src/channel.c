/* Channels (channel.h): the MPMC queue under queue.* and the executor.
 * The locking scheme, and why the priority comparison runs under heap_mu
 * only, is described in channel.h. */
#include <stdlib.h>

#include "channel.h"
#include "internal.h"

struct Py2cChannel {
    Py2cMutex mu;
    Py2cCond not_empty, not_full, all_done;
    Py2cChannelKind kind;
    int64_t maxsize;    /* <= 0: unbounded */
    /* guarded by mu */
    int64_t size;       /* committed items: qsize() */
    int64_t reserved;   /* priority puts between reserving room and committing */
    int64_t unfinished; /* Queue.unfinished_tasks */
    int closed;
    Py2cValue *buf;     /* FIFO: ring of cap slots from head; LIFO: stack */
    int64_t cap, head;
    /* priority only: the heap array, guarded by heap_mu */
    Py2cMutex heap_mu;
    Py2cValue *heap;
    int64_t heap_len, heap_cap;
    _Atomic uint64_t heap_owner; /* py2c_thread_ident of the thread holding heap_mu, or 0 */
    Py2cChannelLess less;
    void *ctx;
};

/* ---- life cycle ---- */

Py2cChannel *py2c_channel_new(Py2cChannelKind kind, int64_t maxsize, Py2cChannelLess less, void *ctx) {
    Py2cChannel *ch = calloc(1, sizeof *ch);
    if (!ch) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    ch->kind = kind;
    ch->maxsize = maxsize; /* as given: Queue(-1).maxsize is -1 */
    ch->less = less;
    ch->ctx = ctx;
    atomic_init(&ch->heap_owner, 0);
    int ok = 0; /* how many primitives were initialised, to undo on failure */
    if (py2c_mutex_init(&ch->mu) == 0 && ++ok && py2c_cond_init(&ch->not_empty) == 0 && ++ok &&
        py2c_cond_init(&ch->not_full) == 0 && ++ok && py2c_cond_init(&ch->all_done) == 0 && ++ok &&
        py2c_mutex_init(&ch->heap_mu) == 0)
        return ch;
    if (ok > 3) py2c_cond_destroy(&ch->all_done);
    if (ok > 2) py2c_cond_destroy(&ch->not_full);
    if (ok > 1) py2c_cond_destroy(&ch->not_empty);
    if (ok > 0) py2c_mutex_destroy(&ch->mu);
    free(ch);
    (void)py2c_error_nomemory();
    return NULL;
}

void py2c_channel_delete(Py2cChannel *ch) {
    if (!ch) return;
    for (int64_t i = 0; i < ch->size && ch->kind != PY2C_CHANNEL_PRIORITY; i++)
        py2c_decref(ch->buf[ch->kind == PY2C_CHANNEL_FIFO ? (ch->head + i) % ch->cap : i]);
    for (int64_t i = 0; i < ch->heap_len; i++) py2c_decref(ch->heap[i]);
    free(ch->buf);
    free(ch->heap);
    py2c_mutex_destroy(&ch->heap_mu);
    py2c_cond_destroy(&ch->all_done);
    py2c_cond_destroy(&ch->not_full);
    py2c_cond_destroy(&ch->not_empty);
    py2c_mutex_destroy(&ch->mu);
    free(ch);
}

/* ---- FIFO ring and LIFO stack (under mu) ---- */

/* Room for one more item in buf: 0, or -1 (out of memory; nothing set yet,
 * since mu is held). */
static int buf_reserve(Py2cChannel *ch) {
    if (ch->size < ch->cap) return 0;
    int64_t ncap = ch->cap ? ch->cap * 2 : 8;
    if (ch->maxsize > 0 && ncap > ch->maxsize) ncap = ch->maxsize;
    Py2cValue *nbuf = malloc((size_t)ncap * sizeof *nbuf);
    if (!nbuf) return -1;
    for (int64_t i = 0; i < ch->size; i++)
        nbuf[i] = ch->buf[ch->kind == PY2C_CHANNEL_FIFO ? (ch->head + i) % ch->cap : i];
    free(ch->buf);
    ch->buf = nbuf;
    ch->cap = ncap;
    ch->head = 0;
    return 0;
}

static void buf_push(Py2cChannel *ch, Py2cValue item) {
    int64_t at = ch->kind == PY2C_CHANNEL_FIFO ? (ch->head + ch->size) % ch->cap : ch->size;
    ch->buf[at] = item;
}

static Py2cValue buf_pop(Py2cChannel *ch) {
    if (ch->kind == PY2C_CHANNEL_LIFO) return ch->buf[ch->size - 1];
    Py2cValue item = ch->buf[ch->head];
    ch->head = (ch->head + 1) % ch->cap;
    return item;
}

/* ---- the heap (under heap_mu): CPython's _heapqmodule.c, comparison for comparison ---- */

static int heap_less(Py2cChannel *ch, Py2cValue a, Py2cValue b) { return ch->less(a, b, ch->ctx); }

/* heapq._siftdown: moves heap[pos] up towards startpos. Swaps at every step, so
 * that a failing comparison leaves a permutation of the items. */
static int heap_siftdown(Py2cChannel *ch, int64_t startpos, int64_t pos) {
    Py2cValue *arr = ch->heap;
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int lt = heap_less(ch, arr[pos], arr[parentpos]);
        if (lt < 0) return -1;
        if (lt == 0) break;
        Py2cValue t = arr[parentpos];
        arr[parentpos] = arr[pos];
        arr[pos] = t;
        pos = parentpos;
    }
    return 0;
}

/* heapq._siftup: moves the smaller child up until a leaf, then sifts down. */
static int heap_siftup(Py2cChannel *ch, int64_t pos) {
    Py2cValue *arr = ch->heap;
    int64_t endpos = ch->heap_len, startpos = pos, limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = heap_less(ch, arr[childpos], arr[childpos + 1]);
            if (lt < 0) return -1;
            if (lt == 0) childpos++;
        }
        Py2cValue t = arr[childpos];
        arr[childpos] = arr[pos];
        arr[pos] = t;
        pos = childpos;
    }
    return heap_siftdown(ch, startpos, pos);
}

/* heapq.heappush (the item's reference moves into the heap): 0, -1 when a
 * comparison failed (the item stays in the heap, as in CPython), -2 out of
 * memory (the item is not in the heap; nothing set). */
static int heap_push(Py2cChannel *ch, Py2cValue item) {
    if (ch->heap_len == ch->heap_cap) {
        int64_t ncap = ch->heap_cap ? ch->heap_cap * 2 : 8;
        Py2cValue *nheap = realloc(ch->heap, (size_t)ncap * sizeof *nheap);
        if (!nheap) return -2;
        ch->heap = nheap;
        ch->heap_cap = ncap;
    }
    ch->heap[ch->heap_len++] = item;
    return heap_siftdown(ch, 0, ch->heap_len - 1);
}

/* heapq.heappop on a non-empty heap: 0 with *out, or -1 when a comparison
 * failed, with *out the item that was to be returned (the caller drops it,
 * as CPython does). */
static int heap_pop(Py2cChannel *ch, Py2cValue *out) {
    Py2cValue last = ch->heap[--ch->heap_len];
    if (ch->heap_len == 0) {
        *out = last;
        return 0;
    }
    *out = ch->heap[0];
    ch->heap[0] = last;
    return heap_siftup(ch, 0);
}

/* A put or get from inside the comparison of this same channel would wait
 * for heap_mu forever (CPython: for its queue mutex); raise instead. */
static int heap_reentered(Py2cChannel *ch) {
    if (atomic_load_explicit(&ch->heap_owner, memory_order_relaxed) != py2c_thread_ident()) return 0;
    (void)py2c_error_format(&py2c_exc_RuntimeError, "PriorityQueue used from its own item comparison");
    return 1;
}

static void heap_lock(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->heap_mu);
    atomic_store_explicit(&ch->heap_owner, py2c_thread_ident(), memory_order_relaxed);
}

static void heap_unlock(Py2cChannel *ch) {
    atomic_store_explicit(&ch->heap_owner, 0, memory_order_relaxed);
    py2c_mutex_unlock(&ch->heap_mu);
}

/* ---- put / get ---- */

static int has_room(const Py2cChannel *ch) { return ch->maxsize <= 0 || ch->size + ch->reserved < ch->maxsize; }

/* Waits under mu until there is room or the channel is closed: OK, FULL or
 * CLOSED (mu still held). */
static int wait_room(Py2cChannel *ch, int64_t deadline) {
    while (!ch->closed && !has_room(ch))
        if (py2c_cond_wait_until(&ch->not_full, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    return ch->closed ? PY2C_CHANNEL_CLOSED : has_room(ch) ? PY2C_CHANNEL_OK : PY2C_CHANNEL_FULL;
}

/* Waits under mu until there is an item or the channel is closed: OK, EMPTY
 * or CLOSED (mu still held). */
static int wait_item(Py2cChannel *ch, int64_t deadline) {
    while (ch->size == 0 && !ch->closed)
        if (py2c_cond_wait_until(&ch->not_empty, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    return ch->size > 0 ? PY2C_CHANNEL_OK : ch->closed ? PY2C_CHANNEL_CLOSED : PY2C_CHANNEL_EMPTY;
}

static int priority_put(Py2cChannel *ch, Py2cValue item, int64_t deadline) {
    if (heap_reentered(ch)) return PY2C_CHANNEL_ERROR;
    py2c_mutex_lock(&ch->mu);
    int rc = wait_room(ch, deadline);
    if (rc == PY2C_CHANNEL_OK) ch->reserved++;
    py2c_mutex_unlock(&ch->mu);
    if (rc != PY2C_CHANNEL_OK) return rc;

    py2c_incref(item);
    heap_lock(ch);
    int pushed = heap_push(ch, item);
    heap_unlock(ch);

    py2c_mutex_lock(&ch->mu);
    ch->reserved--;
    if (pushed != -2) {
        ch->size++;
        if (pushed == 0) ch->unfinished++;
        py2c_cond_signal(&ch->not_empty);
    } else {
        py2c_cond_signal(&ch->not_full); /* the reserved room is free again */
    }
    py2c_mutex_unlock(&ch->mu);
    if (pushed == -2) {
        py2c_decref(item);
        (void)py2c_error_nomemory();
    }
    return pushed == 0 ? PY2C_CHANNEL_OK : PY2C_CHANNEL_ERROR;
}

int py2c_channel_put(Py2cChannel *ch, Py2cValue item, int64_t deadline) {
    if (ch->kind == PY2C_CHANNEL_PRIORITY) return priority_put(ch, item, deadline);
    py2c_mutex_lock(&ch->mu);
    int rc = wait_room(ch, deadline);
    if (rc == PY2C_CHANNEL_OK && buf_reserve(ch) < 0) rc = PY2C_CHANNEL_ERROR;
    if (rc == PY2C_CHANNEL_OK) {
        py2c_incref(item);
        buf_push(ch, item);
        ch->size++;
        ch->unfinished++;
        py2c_cond_signal(&ch->not_empty);
    }
    py2c_mutex_unlock(&ch->mu);
    if (rc == PY2C_CHANNEL_ERROR) (void)py2c_error_nomemory();
    return rc;
}

int py2c_channel_get(Py2cChannel *ch, Py2cValue *out, int64_t deadline) {
    *out = PY2C_NULL;
    int priority = ch->kind == PY2C_CHANNEL_PRIORITY;
    if (priority && heap_reentered(ch)) return PY2C_CHANNEL_ERROR;
    py2c_mutex_lock(&ch->mu);
    int rc = wait_item(ch, deadline);
    Py2cValue item = PY2C_NULL;
    if (rc == PY2C_CHANNEL_OK) {
        if (!priority) item = buf_pop(ch); /* a priority item is popped below, without mu */
        ch->size--;
        if (ch->maxsize > 0) py2c_cond_signal(&ch->not_full);
    }
    py2c_mutex_unlock(&ch->mu);
    if (rc != PY2C_CHANNEL_OK) return rc;
    if (priority) {
        /* size > 0 was committed, so the heap holds at least one item per
         * getter that has taken one and not popped yet. */
        heap_lock(ch);
        int popped = heap_pop(ch, &item);
        heap_unlock(ch);
        if (popped < 0) {
            py2c_decref(item);
            return PY2C_CHANNEL_ERROR;
        }
    }
    *out = item;
    return PY2C_CHANNEL_OK;
}

/* ---- sizes, tasks, closing ---- */

int64_t py2c_channel_size(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    int64_t n = ch->size;
    py2c_mutex_unlock(&ch->mu);
    return n;
}

int py2c_channel_empty(Py2cChannel *ch) { return py2c_channel_size(ch) == 0; }

int py2c_channel_full(Py2cChannel *ch) { return ch->maxsize > 0 && py2c_channel_size(ch) >= ch->maxsize; }

int64_t py2c_channel_maxsize(const Py2cChannel *ch) { return ch->maxsize; }

int py2c_channel_task_done(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    int64_t left = ch->unfinished - 1;
    if (left >= 0) {
        ch->unfinished = left;
        if (left == 0) py2c_cond_broadcast(&ch->all_done);
    }
    py2c_mutex_unlock(&ch->mu);
    if (left < 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "task_done() called too many times");
        return -1;
    }
    return 0;
}

int py2c_channel_join(Py2cChannel *ch, int64_t deadline) {
    py2c_mutex_lock(&ch->mu);
    while (ch->unfinished > 0)
        if (py2c_cond_wait_until(&ch->all_done, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    int rc = ch->unfinished > 0 ? PY2C_CHANNEL_TIMEOUT : PY2C_CHANNEL_OK;
    py2c_mutex_unlock(&ch->mu);
    return rc;
}

int64_t py2c_channel_unfinished(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    int64_t n = ch->unfinished;
    py2c_mutex_unlock(&ch->mu);
    return n;
}

void py2c_channel_close(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    ch->closed = 1;
    py2c_cond_broadcast(&ch->not_empty);
    py2c_cond_broadcast(&ch->not_full);
    py2c_mutex_unlock(&ch->mu);
}

int py2c_channel_is_closed(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    int c = ch->closed;
    py2c_mutex_unlock(&ch->mu);
    return c;
}
