/* The thread-safety switch (py2c__threads_active), striped locks
 * (sync_internal.h) and the shared-slot operations behind py2c_slot_load /
 * py2c_slot_store (py2c/object.h). */
#include <stdalign.h>
#include <stdint.h>

#include "internal.h"
#include "platform.h"
#include "sync_internal.h"

atomic_bool py2c__threads_active = false;

void py2c__threads_activate(void) {
    if (!atomic_load_explicit(&py2c__threads_active, memory_order_relaxed))
        atomic_store_explicit(&py2c__threads_active, true, memory_order_seq_cst);
}

/* ---- stripes ------------------------------------------------------------------ */

/* A power of two; 256 stripes x 64 bytes = 16 KiB, a cache line each so that
 * threads working on different objects do not share lines. */
#define STRIPES 256

struct Py2cStripe {
    alignas(64) atomic_uintptr_t owner; /* the owning thread's id, 0 when free */
    uint32_t depth;                     /* recursion depth, touched by the owner only */
};

static Py2cStripe stripes[STRIPES];

/* A thread's id for the stripes: a number handed out on its first stripe
 * lock (never 0, never reused), kept in py2c__ts so that each WASI fiber has
 * its own (a _Thread_local is one variable for all fibers there). */
static atomic_uintptr_t next_owner;

static inline uintptr_t stripe_owner_id(void) {
    uintptr_t me = py2c__ts.stripe_owner;
    if (!me) me = py2c__ts.stripe_owner = atomic_fetch_add_explicit(&next_owner, 1, memory_order_relaxed) + 1;
    return me;
}

uintptr_t py2c__thread_uid(void) { return stripe_owner_id(); }

Py2cStripe *py2c__stripe_of(const void *addr) {
    /* malloc'd objects are 16-byte aligned: drop those bits, then a Fibonacci
     * hash spreads neighbouring objects over the table */
    uint64_t h = ((uint64_t)(uintptr_t)addr >> 4) * UINT64_C(0x9E3779B97F4A7C15);
    return &stripes[h >> 56];
}

void py2c__stripe_lock(Py2cStripe *s) {
    uintptr_t me = stripe_owner_id();
    if (atomic_load_explicit(&s->owner, memory_order_relaxed) == me) {
        s->depth++;
        return;
    }
    for (;;) {
        uintptr_t expected = 0;
        if (atomic_compare_exchange_weak_explicit(&s->owner, &expected, me, memory_order_acquire,
                                                  memory_order_relaxed))
            break;
        /* spin on a plain load (no cache-line ping-pong), then let the holder run */
        for (int spin = 0; atomic_load_explicit(&s->owner, memory_order_relaxed) != 0; spin++)
            if (spin >= 64) {
                py2c_thread_yield();
                spin = 0;
            }
    }
    s->depth = 1;
}

void py2c__stripe_unlock(Py2cStripe *s) {
    if (--s->depth == 0) atomic_store_explicit(&s->owner, 0, memory_order_release);
}

int py2c__stripe_suspend(Py2cStripe *s) {
    if (s->depth != 1) return 0;
    s->depth = 0;
    atomic_store_explicit(&s->owner, 0, memory_order_release);
    return 1;
}

/* ---- shared slots -------------------------------------------------------------- */

static inline _Atomic uint64_t *slot_word(Py2cValue *slot) { return (_Atomic uint64_t *)&slot->bits; }

Py2cValue py2c__slot_load_shared(Py2cValue *slot) {
    Py2cValue v;
    v.bits = atomic_load_explicit(slot_word(slot), memory_order_acquire);
    if (!py2c_is_obj(v)) return v; /* immediates need no count: no lock either */
    Py2cStripe *s = py2c__stripe_of(slot);
    py2c__stripe_lock(s);
    /* under the lock no store can release the value between load and incref */
    v.bits = atomic_load_explicit(slot_word(slot), memory_order_relaxed);
    py2c_incref(v);
    py2c__stripe_unlock(s);
    return v;
}

void py2c__slot_store_shared(Py2cValue *slot, Py2cValue v) {
    Py2cStripe *s = py2c__stripe_of(slot);
    py2c__stripe_lock(s);
    Py2cValue old;
    old.bits = atomic_exchange_explicit(slot_word(slot), v.bits, memory_order_acq_rel);
    py2c__stripe_unlock(s);
    py2c_decref(old);
}

/* ---- comparisons that run no Python code ------------------------------------ */

static int lt_is_plain_at(Py2cValue v, int depth) {
    if (!py2c_is_obj(v)) return 1;
    const Py2cType *t = py2c_obj_ptr(v)->type;
    if (t == &py2c_int_type || t == &py2c_str_type || t == &py2c_float_type || t == &py2c_bytes_type) return 1;
    if (t != &py2c_tuple_type || depth >= 3) return 0;
    Py2cTuple *tp = py2c_tuple_ptr(v);
    for (int64_t i = 0; i < tp->size; i++)
        if (!lt_is_plain_at(tp->items[i], depth + 1)) return 0;
    return 1;
}

int py2c__lt_is_plain(Py2cValue v) { return lt_is_plain_at(v, 0); }
