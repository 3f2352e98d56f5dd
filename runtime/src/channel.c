/* Channels (channel.h): the MPMC queue under queue.* .
 * FIFO channels are lock-free rings (below); LIFO and priority channels run
 * under the mutex, and why the priority comparison runs under heap_mu only
 * is described in channel.h. */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "channel.h"
#include "internal.h"

/* ---- FIFO rings ----
 *
 * A ring is a bounded MPMC array queue with one sequence number per slot
 * (the scheme of D. Vyukov's bounded MPMC queue): positions only grow; the
 * slot of position p is p % cap; slot.seq == 2p means "free for the put of
 * p", 2p + 1 means "holds the item of p", and the get of p sets it to
 * 2(p + cap), which frees it for the put of p + cap (doubled so that a ring
 * of one slot works too). A put claims its position with a
 * CAS on tail, writes the item, then publishes it by storing seq; a get
 * claims with a CAS on head, reads the item, then frees the slot. So
 * producers share only `tail`, consumers only `head`, and a streaming pair
 * exchanges nothing but the slots themselves.
 *
 * The RING_SEALED bit of tail stops every later put (the CAS of a put
 * expects a tail without it). A ring is sealed for two reasons: an unbounded
 * channel's ring was full and a bigger one has been linked after it (`next`
 * is always set before the seal), or the channel was closed (the last ring is
 * sealed with no next). So a get that finds a ring sealed and drained either
 * moves on to next or, when there is none, reports CLOSED.
 *
 * A bounded channel (0 < maxsize <= RING_MAX_BOUNDED) is one ring of exactly
 * maxsize slots: "no free slot" is "full". An unbounded one starts with a
 * small ring and links rings of twice the size as it fills; a bounded one
 * with a larger maxsize does the same and counts its free places in `room`.
 * Rings that have been left behind are freed only with the channel (a
 * thread may still be looking at one); since each is twice the last, they
 * add up to less than twice the largest, i.e. O(the most items ever held).
 *
 * Closing: `closed` is set first, then every ring from put_ring to the last
 * is sealed, then waiters are woken. A put that moves to a next ring checks
 * `closed` after loading the link and, if set, seals that ring itself and
 * wakes everyone: a ring linked after close's walk is then never used, and
 * one linked before it is sealed by the walk (puts into it before that are
 * ordered before the close, and gets will drain them, since a get reports
 * CLOSED only from a sealed, drained ring with no next).
 *
 * Waiting without syscalls in the streaming case: a put or get that cannot
 * proceed first spins briefly (not at all on one processor, e.g. WASI's
 * fibers), then waits on the condition variable under mu, having counted
 * itself in `getters` / `putters`. The other side looks at that count after
 * each successful operation and only then takes mu to signal. The count is
 * raised (seq_cst) before the waiter's last check, and the item (or free
 * slot) is published (seq_cst) before the other side reads the count: one of
 * the two sees the other, so no wakeup is lost. task_done/join do the same
 * with `done` and `joiners`. */

#define RING_SEALED (UINT64_C(1) << 63)
#define RING_MAX_BOUNDED 16384 /* maxsize up to this: one ring allocated up front */
#define RING_FIRST_CAP 64      /* unbounded: the first ring */
#define RING_BIG_FIRST_CAP 1024

/* Pause instructions a put/get spends looking at the ring before it goes to
 * sleep: some 10 us where a pause takes ~50 ns (recent x86), ~1 us where it
 * takes a few cycles. A put that finds a ring full waits for SPIN_BATCH free
 * slots (at most half the ring) before it goes on. */
#define SPIN_PAUSES 200
#define SPIN_BATCH 64

typedef struct Slot {
    _Atomic uint64_t seq;
    Py2cValue item;
} Slot;

/* A FIFO put or get asleep under mu, on its own condition variable, in a
 * circular list: a wake takes the oldest out of the list and signals it, so
 * each published item (or freed slot) wakes one thread and only once. */
typedef struct Waiter {
    struct Waiter *next, *prev;
    Py2cCond cv;
    int woken; /* taken out of the list by a waker */
} Waiter;

typedef struct Ring {
    alignas(64) _Atomic uint64_t tail; /* next position to put; RING_SEALED: no more puts */
    alignas(64) _Atomic uint64_t head; /* next position to get */
    alignas(64) uint64_t cap;
    uint64_t mask;     /* cap - 1 when cap is a power of 2, else 0 */
    atomic_int sealed; /* set just before tail's RING_SEALED bit, for gets (not to read tail) */
    _Atomic(struct Ring *) next;
    Slot slots[];
} Ring;

struct Py2cChannel {
    /* read by every operation, written rarely */
    alignas(64) Py2cChannelKind kind;
    int64_t maxsize; /* <= 0: unbounded */
    int spin;        /* pauses before sleeping (0 with one processor) */
    int use_room;    /* FIFO with maxsize > RING_MAX_BOUNDED */
    _Atomic(Ring *) put_ring; /* FIFO: the ring puts go to (the last, or close to it) */
    _Atomic(Ring *) get_ring; /* FIFO: the ring gets come from */
    Ring *first;              /* FIFO: every ring, linked by next */
    atomic_int closed;
    atomic_int getters, putters; /* FIFO: lengths of get_waiters / put_waiters */
    atomic_int joiners;          /* threads in join (changed under mu) */
    Py2cMutex mu;
    Py2cCond not_empty, not_full, all_done; /* LIFO and priority; all_done for every kind */
    Waiter *get_waiters, *put_waiters;      /* FIFO: sleeping gets / puts, oldest first (under mu) */
    /* written by every put (and task_done) */
    /* Queue.unfinished_tasks is puts - done, where a FIFO channel's puts are
     * counted by its rings' tails (no shared counter on the put path) */
    alignas(64) _Atomic int64_t done;   /* task_done calls */
    _Atomic int64_t puts;               /* LIFO and priority: successful puts */
    /* FIFO with use_room: free places */
    alignas(64) _Atomic int64_t room;
    /* LIFO and priority, guarded by mu */
    alignas(64) int64_t size; /* committed items: qsize() */
    int64_t reserved;         /* priority puts between reserving room and committing */
    Py2cValue *buf;           /* LIFO: stack */
    int64_t cap;
    /* priority only: the heap array, guarded by heap_mu */
    Py2cMutex heap_mu;
    Py2cValue *heap;
    int64_t heap_len, heap_cap;
    _Atomic uint64_t heap_owner; /* py2c_thread_ident of the thread holding heap_mu, or 0 */
    Py2cChannelLess less;
    void *ctx;
};

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* How long to spin: 0 when only one thread runs at a time (WASI fibers, one
 * CPU), where a spinning waiter would only delay the thread it waits for. */
static int spin_pauses(void) {
    static atomic_int cached; /* 0 unknown, else pauses + 1 */
    int c = atomic_load_explicit(&cached, memory_order_relaxed);
    if (c == 0) {
        c = (py2c_available_parallelism() > 1 ? SPIN_PAUSES : 0) + 1;
        atomic_store_explicit(&cached, c, memory_order_relaxed);
    }
    return c - 1;
}

static Ring *ring_new(uint64_t cap) {
    size_t size = sizeof(Ring) + (size_t)cap * sizeof(Slot);
    size = (size + 63) & ~(size_t)63; /* aligned_alloc wants a multiple of the alignment */
    Ring *r = aligned_alloc(64, size);
    if (!r) return NULL;
    atomic_init(&r->tail, 0);
    atomic_init(&r->head, 0);
    r->cap = cap;
    r->mask = (cap & (cap - 1)) == 0 ? cap - 1 : 0;
    atomic_init(&r->next, NULL);
    atomic_init(&r->sealed, 0);
    for (uint64_t i = 0; i < cap; i++) {
        atomic_init(&r->slots[i].seq, 2 * i);
        r->slots[i].item = PY2C_NULL;
    }
    return r;
}

static inline Slot *ring_slot(Ring *r, uint64_t pos) {
    return &r->slots[r->mask ? pos & r->mask : pos % r->cap];
}

/* Results of the ring operations besides the channel's. */
enum {
    FIFO_CLOSED_WAKE = 10, /* CLOSED, and this put sealed a ring: wake every waiter */
    FIFO_NOMEM = 11,       /* a new ring could not be allocated (nothing set yet) */
};

/* Seals r (idempotent). The flag first: a put that sees the bit and moves
 * on to the next ring wakes getters, who must then see the flag. */
static void ring_seal(Ring *r) {
    atomic_store(&r->sealed, 1);
    atomic_fetch_or(&r->tail, RING_SEALED);
}

/* Moves a put from sealed ring r to the next one: *r updated and OK, or
 * CLOSED / FIFO_CLOSED_WAKE. */
static int put_follow(Py2cChannel *ch, Ring **r) {
    Ring *n = atomic_load(&(*r)->next);
    if (!n) return PY2C_CHANNEL_CLOSED;
    if (atomic_load(&ch->closed)) {
        ring_seal(n);
        return FIFO_CLOSED_WAKE;
    }
    Ring *expected = *r;
    atomic_compare_exchange_strong(&ch->put_ring, &expected, n);
    *r = n;
    return PY2C_CHANNEL_OK;
}

/* Links a ring twice r's size after r (or finds the one another put linked)
 * and seals r: OK, or FIFO_NOMEM. */
static int ring_grow(Ring *r) {
    if (!atomic_load(&r->next)) {
        uint64_t ncap = r->cap <= UINT64_C(1) << 40 ? r->cap * 2 : r->cap;
        Ring *n = ring_new(ncap);
        if (!n) return FIFO_NOMEM;
        Ring *expected = NULL;
        if (!atomic_compare_exchange_strong(&r->next, &expected, n)) free(n);
    }
    ring_seal(r);
    return PY2C_CHANNEL_OK;
}

/* One attempt to put item (borrowed; the ring takes a reference): OK, FULL,
 * CLOSED, FIFO_CLOSED_WAKE or FIFO_NOMEM. Never blocks, never decrefs. */
static int fifo_try_put(Py2cChannel *ch, Py2cValue item) {
    if (ch->use_room) {
        int64_t n = atomic_load_explicit(&ch->room, memory_order_relaxed);
        do {
            if (n <= 0) return atomic_load(&ch->closed) ? PY2C_CHANNEL_CLOSED : PY2C_CHANNEL_FULL;
        } while (!atomic_compare_exchange_weak(&ch->room, &n, n - 1));
    }
    Ring *r = atomic_load_explicit(&ch->put_ring, memory_order_acquire);
    int rc;
    for (;;) {
        uint64_t pos = atomic_load_explicit(&r->tail, memory_order_relaxed);
        if (pos & RING_SEALED) {
            if ((rc = put_follow(ch, &r)) != PY2C_CHANNEL_OK) break;
            continue;
        }
        Slot *s = ring_slot(r, pos);
        int64_t d = (int64_t)(atomic_load_explicit(&s->seq, memory_order_acquire) - 2 * pos);
        if (d == 0) {
            if (!atomic_compare_exchange_weak_explicit(&r->tail, &pos, pos + 1, memory_order_relaxed,
                                                       memory_order_relaxed))
                continue;
            py2c_incref(item);
            s->item = item;
            atomic_store(&s->seq, 2 * pos + 1); /* seq_cst: see the wakeup protocol above */
            return PY2C_CHANNEL_OK;
        }
        if (d < 0) { /* the slot still holds the item of pos - cap */
            if (ch->maxsize > 0 && !ch->use_room) return PY2C_CHANNEL_FULL;
            if ((rc = ring_grow(r)) != PY2C_CHANNEL_OK) break;
        }
        /* d > 0: another put took pos; look again */
    }
    if (ch->use_room) atomic_fetch_add(&ch->room, 1);
    return rc;
}

/* One attempt to get an item into *out (the ring's reference): OK, EMPTY or
 * CLOSED. Never blocks. */
static int fifo_try_get(Py2cChannel *ch, Py2cValue *out) {
    Ring *r = atomic_load_explicit(&ch->get_ring, memory_order_acquire);
    for (;;) {
        uint64_t pos = atomic_load_explicit(&r->head, memory_order_relaxed);
        Slot *s = ring_slot(r, pos);
        int64_t d = (int64_t)(atomic_load(&s->seq) - (2 * pos + 1)); /* seq_cst: the wakeup protocol */
        if (d == 0) {
            if (!atomic_compare_exchange_weak_explicit(&r->head, &pos, pos + 1, memory_order_relaxed,
                                                       memory_order_relaxed))
                continue;
            *out = s->item;
            s->item = PY2C_NULL;
            atomic_store(&s->seq, 2 * (pos + r->cap)); /* seq_cst: the slot is free (wakeup protocol) */
            return PY2C_CHANNEL_OK;
        }
        if (d > 0) continue; /* another get took pos */
        /* Nothing published at pos: empty, or a put that has claimed pos is
         * still writing (it wakes us when done), or r is sealed and drained. */
        if (!atomic_load(&r->sealed)) return PY2C_CHANNEL_EMPTY;
        uint64_t tail = atomic_load(&r->tail);
        if (!(tail & RING_SEALED) || (tail & ~RING_SEALED) != pos) return PY2C_CHANNEL_EMPTY;
        Ring *n = atomic_load(&r->next);
        if (!n) return PY2C_CHANNEL_CLOSED;
        Ring *expected = r;
        atomic_compare_exchange_strong(&ch->get_ring, &expected, n);
        r = n;
    }
}

static int64_t fifo_size(Py2cChannel *ch) {
    int64_t n = 0;
    for (Ring *r = atomic_load(&ch->get_ring); r; r = atomic_load(&r->next)) {
        uint64_t head = atomic_load(&r->head);
        uint64_t tail = atomic_load(&r->tail) & ~RING_SEALED;
        if (tail > head) n += (int64_t)(tail - head);
    }
    if (ch->maxsize > 0 && n > ch->maxsize) n = ch->maxsize;
    return n;
}

/* ---- FIFO waiting ---- */

static void waiter_add(Waiter **list, atomic_int *count, Waiter *w) {
    w->woken = 0;
    if (!*list) {
        w->next = w->prev = w;
        *list = w;
    } else {
        w->next = *list;
        w->prev = (*list)->prev;
        w->prev->next = w;
        (*list)->prev = w;
    }
    atomic_fetch_add(count, 1); /* seq_cst: before the waiter's last look (wakeup protocol) */
}

static void waiter_remove(Waiter **list, atomic_int *count, Waiter *w) {
    if (w->next == w) *list = NULL;
    else {
        w->prev->next = w->next;
        w->next->prev = w->prev;
        if (*list == w) *list = w->next;
    }
    atomic_fetch_sub(count, 1);
}

/* Under mu: wakes the oldest waiter of list, or every one. */
static void waiter_wake(Waiter **list, atomic_int *count, int all) {
    while (*list) {
        Waiter *w = *list;
        waiter_remove(list, count, w);
        w->woken = 1;
        py2c_cond_signal(&w->cv); /* w cannot return (and drop cv) before we unlock mu */
        if (!all) break;
    }
}

/* Takes mu and wakes every waiter (close). */
static void wake_all(Py2cChannel *ch) {
    py2c_mutex_lock(&ch->mu);
    waiter_wake(&ch->get_waiters, &ch->getters, 1);
    waiter_wake(&ch->put_waiters, &ch->putters, 1);
    py2c_cond_broadcast(&ch->not_empty);
    py2c_cond_broadcast(&ch->not_full);
    py2c_mutex_unlock(&ch->mu);
}

/* Wakes one getter if any sleeps (after a put). */
static inline void wake_getter(Py2cChannel *ch) {
    if (atomic_load(&ch->getters) == 0) return; /* seq_cst: the wakeup protocol */
    py2c_mutex_lock(&ch->mu);
    waiter_wake(&ch->get_waiters, &ch->getters, 0);
    py2c_mutex_unlock(&ch->mu);
}

/* Wakes one putter if any sleeps (after a get from a bounded channel). */
static inline void wake_putter(Py2cChannel *ch) {
    if (atomic_load(&ch->putters) == 0) return;
    py2c_mutex_lock(&ch->mu);
    waiter_wake(&ch->put_waiters, &ch->putters, 0);
    py2c_mutex_unlock(&ch->mu);
}

/* A put or get that could not proceed: try(ch, arg) until it gives
 * something else than `again` or the deadline passes (then one last try).
 * Spins first, then sleeps on a Waiter of list. */
typedef int (*FifoTry)(Py2cChannel *ch, void *arg);

static int fifo_wait(Py2cChannel *ch, FifoTry try, void *arg, int again, Waiter **list, atomic_int *count,
                     int64_t deadline) {
    int rc = again;
    int budget = ch->spin;
    if (again == PY2C_CHANNEL_FULL && !ch->use_room) {
        /* A full ring has a backlog for the getters: rather than take each
         * slot as soon as it is freed (the put and the get then fight over
         * the same cache lines at every item), wait until a batch is free,
         * looking only now and then. */
        Ring *r = atomic_load_explicit(&ch->put_ring, memory_order_acquire);
        uint64_t batch = r->cap / 4 < SPIN_BATCH ? (r->cap + 1) / 2 : SPIN_BATCH;
        while (budget > 0) {
            for (int k = 0; k < 8 && budget > 0; k++, budget--) cpu_relax();
            uint64_t pos = atomic_load_explicit(&r->tail, memory_order_relaxed);
            if (pos & RING_SEALED) break;
            uint64_t last = pos + batch - 1;
            if (atomic_load_explicit(&ring_slot(r, last)->seq, memory_order_relaxed) == 2 * last) break;
        }
    }
    for (; budget > 0 && rc == again; budget--) {
        cpu_relax();
        rc = try(ch, arg);
    }
    if (rc != again) return rc;
    Waiter w;
    if (py2c_cond_init(&w.cv) != 0) return FIFO_NOMEM;
    py2c_mutex_lock(&ch->mu);
    for (;;) {
        waiter_add(list, count, &w);
        rc = try(ch, arg); /* no waker can take w out meanwhile: we hold mu */
        if (rc != again) {
            waiter_remove(list, count, &w);
            break;
        }
        int timed_out = 0;
        while (!w.woken && !timed_out)
            timed_out = py2c_cond_wait_until(&w.cv, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT;
        if (!w.woken) { /* the deadline passed */
            waiter_remove(list, count, &w);
            rc = try(ch, arg);
            break;
        }
        /* woken, and out of the list: look again (another thread may have
         * been quicker), as a new waiter */
    }
    if (rc == FIFO_CLOSED_WAKE) { /* this put sealed a ring after close */
        waiter_wake(&ch->get_waiters, &ch->getters, 1);
        waiter_wake(&ch->put_waiters, &ch->putters, 1);
        rc = PY2C_CHANNEL_CLOSED;
    }
    py2c_mutex_unlock(&ch->mu);
    py2c_cond_destroy(&w.cv);
    return rc;
}

static int try_put_cb(Py2cChannel *ch, void *arg) { return fifo_try_put(ch, *(Py2cValue *)arg); }
static int try_get_cb(Py2cChannel *ch, void *arg) { return fifo_try_get(ch, (Py2cValue *)arg); }

static int fifo_put(Py2cChannel *ch, Py2cValue item, int64_t deadline) {
    int rc = fifo_try_put(ch, item);
    if (rc == PY2C_CHANNEL_FULL && deadline != PY2C_DEADLINE_NOW)
        rc = fifo_wait(ch, try_put_cb, &item, PY2C_CHANNEL_FULL, &ch->put_waiters, &ch->putters, deadline);
    switch (rc) {
    case PY2C_CHANNEL_OK: wake_getter(ch); break;
    case FIFO_CLOSED_WAKE:
        wake_all(ch);
        rc = PY2C_CHANNEL_CLOSED;
        break;
    case FIFO_NOMEM:
        (void)py2c_error_nomemory();
        rc = PY2C_CHANNEL_ERROR;
        break;
    default: break;
    }
    return rc;
}

static int fifo_get(Py2cChannel *ch, Py2cValue *out, int64_t deadline) {
    int rc = fifo_try_get(ch, out);
    if (rc == PY2C_CHANNEL_EMPTY && deadline != PY2C_DEADLINE_NOW)
        rc = fifo_wait(ch, try_get_cb, out, PY2C_CHANNEL_EMPTY, &ch->get_waiters, &ch->getters, deadline);
    if (rc == FIFO_NOMEM) {
        (void)py2c_error_nomemory();
        return PY2C_CHANNEL_ERROR;
    }
    if (rc == PY2C_CHANNEL_OK && ch->maxsize > 0) {
        if (ch->use_room) atomic_fetch_add(&ch->room, 1);
        wake_putter(ch);
    }
    /* After a close, gets may sleep while puts that claimed a place before
     * it finish; the get that takes the last of those leaves the channel
     * drained, hence CLOSED for the sleepers: tell them. */
    if (atomic_load_explicit(&ch->getters, memory_order_relaxed) > 0 && atomic_load(&ch->closed)) wake_all(ch);
    return rc;
}

/* ---- life cycle ---- */

Py2cChannel *py2c_channel_new(Py2cChannelKind kind, int64_t maxsize, Py2cChannelLess less, void *ctx) {
    size_t size = (sizeof(Py2cChannel) + 63) & ~(size_t)63;
    Py2cChannel *ch = aligned_alloc(64, size);
    if (!ch) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    memset(ch, 0, size);
    ch->kind = kind;
    ch->maxsize = maxsize; /* as given: Queue(-1).maxsize is -1 */
    ch->less = less;
    ch->ctx = ctx;
    ch->spin = spin_pauses();
    atomic_init(&ch->heap_owner, 0);
    atomic_init(&ch->closed, 0);
    atomic_init(&ch->getters, 0);
    atomic_init(&ch->putters, 0);
    atomic_init(&ch->joiners, 0);
    atomic_init(&ch->done, 0);
    atomic_init(&ch->puts, 0);
    atomic_init(&ch->room, 0);
    Ring *r = NULL;
    if (kind == PY2C_CHANNEL_FIFO) {
        ch->use_room = maxsize > RING_MAX_BOUNDED;
        if (ch->use_room) atomic_init(&ch->room, maxsize);
        r = ring_new(maxsize > 0 && !ch->use_room ? (uint64_t)maxsize
                     : ch->use_room               ? RING_BIG_FIRST_CAP
                                                  : RING_FIRST_CAP);
        if (!r) goto fail;
    }
    ch->first = r;
    atomic_init(&ch->put_ring, r);
    atomic_init(&ch->get_ring, r);
    int ok = 0; /* how many primitives were initialised, to undo on failure */
    if (py2c_mutex_init(&ch->mu) == 0 && ++ok && py2c_cond_init(&ch->not_empty) == 0 && ++ok &&
        py2c_cond_init(&ch->not_full) == 0 && ++ok && py2c_cond_init(&ch->all_done) == 0 && ++ok &&
        py2c_mutex_init(&ch->heap_mu) == 0)
        return ch;
    if (ok > 3) py2c_cond_destroy(&ch->all_done);
    if (ok > 2) py2c_cond_destroy(&ch->not_full);
    if (ok > 1) py2c_cond_destroy(&ch->not_empty);
    if (ok > 0) py2c_mutex_destroy(&ch->mu);
fail:
    free(r);
    free(ch);
    (void)py2c_error_nomemory();
    return NULL;
}

void py2c_channel_delete(Py2cChannel *ch) {
    if (!ch) return;
    for (Ring *r = ch->first, *next; r; r = next) {
        uint64_t tail = atomic_load(&r->tail) & ~RING_SEALED;
        for (uint64_t pos = atomic_load(&r->head); pos < tail; pos++) {
            Slot *s = ring_slot(r, pos);
            if (atomic_load(&s->seq) == 2 * pos + 1) py2c_decref(s->item);
        }
        next = atomic_load(&r->next);
        free(r);
    }
    if (ch->kind == PY2C_CHANNEL_LIFO)
        for (int64_t i = 0; i < ch->size; i++) py2c_decref(ch->buf[i]);
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

/* ---- the LIFO stack (under mu) ---- */

/* Room for one more item in buf: 0, or -1 (out of memory; nothing set yet,
 * since mu is held). */
static int buf_reserve(Py2cChannel *ch) {
    if (ch->size < ch->cap) return 0;
    int64_t ncap = ch->cap ? ch->cap * 2 : 8;
    if (ch->maxsize > 0 && ncap > ch->maxsize) ncap = ch->maxsize;
    Py2cValue *nbuf = realloc(ch->buf, (size_t)ncap * sizeof *nbuf);
    if (!nbuf) return -1;
    ch->buf = nbuf;
    ch->cap = ncap;
    return 0;
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

/* ---- LIFO and priority put / get (under mu) ---- */

static int is_closed(Py2cChannel *ch) { return atomic_load_explicit(&ch->closed, memory_order_relaxed); }

static int has_room(const Py2cChannel *ch) { return ch->maxsize <= 0 || ch->size + ch->reserved < ch->maxsize; }

/* Waits under mu until there is room or the channel is closed: OK, FULL or
 * CLOSED (mu still held). */
static int wait_room(Py2cChannel *ch, int64_t deadline) {
    while (!is_closed(ch) && !has_room(ch))
        if (py2c_cond_wait_until(&ch->not_full, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    return is_closed(ch) ? PY2C_CHANNEL_CLOSED : has_room(ch) ? PY2C_CHANNEL_OK : PY2C_CHANNEL_FULL;
}

/* Waits under mu until there is an item or the channel is closed: OK, EMPTY
 * or CLOSED (mu still held). */
static int wait_item(Py2cChannel *ch, int64_t deadline) {
    while (ch->size == 0 && !is_closed(ch))
        if (py2c_cond_wait_until(&ch->not_empty, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    return ch->size > 0 ? PY2C_CHANNEL_OK : is_closed(ch) ? PY2C_CHANNEL_CLOSED : PY2C_CHANNEL_EMPTY;
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
        if (pushed == 0) atomic_fetch_add(&ch->puts, 1);
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

static int lifo_put(Py2cChannel *ch, Py2cValue item, int64_t deadline) {
    py2c_mutex_lock(&ch->mu);
    int rc = wait_room(ch, deadline);
    if (rc == PY2C_CHANNEL_OK && buf_reserve(ch) < 0) rc = PY2C_CHANNEL_ERROR;
    if (rc == PY2C_CHANNEL_OK) {
        py2c_incref(item);
        ch->buf[ch->size++] = item;
        atomic_fetch_add(&ch->puts, 1);
        py2c_cond_signal(&ch->not_empty);
    }
    py2c_mutex_unlock(&ch->mu);
    if (rc == PY2C_CHANNEL_ERROR) (void)py2c_error_nomemory();
    return rc;
}

int py2c_channel_put(Py2cChannel *ch, Py2cValue item, int64_t deadline) {
    switch (ch->kind) {
    case PY2C_CHANNEL_FIFO: return fifo_put(ch, item, deadline);
    case PY2C_CHANNEL_LIFO: return lifo_put(ch, item, deadline);
    case PY2C_CHANNEL_PRIORITY: return priority_put(ch, item, deadline);
    }
    return PY2C_CHANNEL_ERROR;
}

int py2c_channel_get(Py2cChannel *ch, Py2cValue *out, int64_t deadline) {
    *out = PY2C_NULL;
    if (ch->kind == PY2C_CHANNEL_FIFO) return fifo_get(ch, out, deadline);
    int priority = ch->kind == PY2C_CHANNEL_PRIORITY;
    if (priority && heap_reentered(ch)) return PY2C_CHANNEL_ERROR;
    py2c_mutex_lock(&ch->mu);
    int rc = wait_item(ch, deadline);
    Py2cValue item = PY2C_NULL;
    if (rc == PY2C_CHANNEL_OK) {
        if (!priority) item = ch->buf[ch->size - 1]; /* a priority item is popped below, without mu */
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
    if (ch->kind == PY2C_CHANNEL_FIFO) return fifo_size(ch);
    py2c_mutex_lock(&ch->mu);
    int64_t n = ch->size;
    py2c_mutex_unlock(&ch->mu);
    return n;
}

int py2c_channel_empty(Py2cChannel *ch) { return py2c_channel_size(ch) == 0; }

int py2c_channel_full(Py2cChannel *ch) { return ch->maxsize > 0 && py2c_channel_size(ch) >= ch->maxsize; }

int64_t py2c_channel_maxsize(const Py2cChannel *ch) { return ch->maxsize; }

/* Every put so far (FIFO: every position claimed in a ring, whose item is
 * in the ring or has been taken). Never decreases. */
static int64_t total_puts(Py2cChannel *ch) {
    if (ch->kind != PY2C_CHANNEL_FIFO) return atomic_load(&ch->puts);
    int64_t n = 0;
    for (Ring *r = ch->first; r; r = atomic_load(&r->next)) n += (int64_t)(atomic_load(&r->tail) & ~RING_SEALED);
    return n;
}

static int64_t unfinished(Py2cChannel *ch) {
    int64_t done = atomic_load(&ch->done); /* first: puts only grow, so the difference is never negative */
    return total_puts(ch) - done;
}

int py2c_channel_task_done(Py2cChannel *ch) {
    int64_t d = atomic_load(&ch->done);
    do {
        if (d >= total_puts(ch)) {
            (void)py2c_error_format(&py2c_exc_ValueError, "task_done() called too many times");
            return -1;
        }
    } while (!atomic_compare_exchange_weak(&ch->done, &d, d + 1));
    if (atomic_load(&ch->joiners) > 0) { /* seq_cst: as the wakeup protocol; joiners look again */
        py2c_mutex_lock(&ch->mu);
        py2c_cond_broadcast(&ch->all_done);
        py2c_mutex_unlock(&ch->mu);
    }
    return 0;
}

int py2c_channel_join(Py2cChannel *ch, int64_t deadline) {
    if (unfinished(ch) == 0) return PY2C_CHANNEL_OK;
    py2c_mutex_lock(&ch->mu);
    atomic_fetch_add(&ch->joiners, 1);
    while (unfinished(ch) > 0)
        if (py2c_cond_wait_until(&ch->all_done, &ch->mu, deadline) == PY2C_WAIT_TIMEOUT) break;
    int rc = unfinished(ch) > 0 ? PY2C_CHANNEL_TIMEOUT : PY2C_CHANNEL_OK;
    atomic_fetch_sub(&ch->joiners, 1);
    py2c_mutex_unlock(&ch->mu);
    return rc;
}

int64_t py2c_channel_unfinished(Py2cChannel *ch) { return unfinished(ch); }

void py2c_channel_close(Py2cChannel *ch) {
    atomic_store(&ch->closed, 1);
    if (ch->kind == PY2C_CHANNEL_FIFO)
        for (Ring *r = atomic_load(&ch->put_ring); r; r = atomic_load(&r->next)) ring_seal(r);
    wake_all(ch);
}

int py2c_channel_is_closed(Py2cChannel *ch) { return atomic_load(&ch->closed); }
