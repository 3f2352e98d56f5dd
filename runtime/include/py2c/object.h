/* Heap objects: a header {type, refcount} followed by the type's fields.
 *
 * Reference counts are plain while the program has one thread and atomic
 * once a second thread may exist (py2c__threads_active, below): a program
 * that never starts a thread pays one predictable branch per incref/decref.
 * The count is a C11 atomic either way; the single-threaded path uses relaxed
 * loads and stores, which compile to ordinary memory accesses. A negative
 * count marks an immortal object (static constants emitted by py2c), which
 * incref/decref never touch. */
#ifndef PY2C_OBJECT_H
#define PY2C_OBJECT_H

#include <stdatomic.h>
#include <stdint.h>

#include "py2c/value.h"

#if defined(__GNUC__) || defined(__clang__)
#define PY2C__LIKELY(x) __builtin_expect(!!(x), 1)
/* Reference counting is on every path: clang's inliner (wasm32 above all)
 * otherwise calls an out-of-line copy from larger functions. */
#define PY2C__REFCOUNT_INLINE static inline __attribute__((always_inline))
#else
#define PY2C__LIKELY(x) (x)
#define PY2C__REFCOUNT_INLINE static inline
#endif

/* Opaque outside the runtime; generated code only takes addresses of types. */
typedef struct Py2cType Py2cType;

typedef struct Py2cObject {
    const Py2cType *type;
    _Atomic int64_t refcount;
} Py2cObject;

#define PY2C_REFCOUNT_IMMORTAL (-1)

static inline Py2cObject *py2c_obj_ptr(Py2cValue v) {
    return (Py2cObject *)(uintptr_t)(v.bits & PY2C__PAYLOAD_MASK);
}

static inline Py2cValue py2c_obj_value(Py2cObject *o) {
    return PY2C__MAKE(PY2C__TAG_OBJ, (uint64_t)(uintptr_t)o);
}

/* Frees an object whose count reached zero. Internal to the runtime. */
void py2c__dealloc(Py2cObject *o);

/* False until the program is about to create its first extra thread, then
 * true for good. Written once, by the only thread there is, before that
 * thread starts another (thread creation orders the write before everything
 * the new thread does), so relaxed loads see the right value everywhere. */
extern atomic_bool py2c__threads_active;
/* Sets py2c__threads_active. The thread layers (threading, futures) call it
 * before every thread they create; idempotent. */
void py2c__threads_activate(void);

/* ThreadSanitizer does not model fences: under it the decrement itself is
 * acquire-release (the same instruction on x86; the fence is then redundant). */
#if defined(__SANITIZE_THREAD__)
#define PY2C__DECREF_ORDER memory_order_acq_rel
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PY2C__DECREF_ORDER memory_order_acq_rel
#endif
#endif
#ifndef PY2C__DECREF_ORDER
#define PY2C__DECREF_ORDER memory_order_release
#endif

static inline bool py2c__threaded(void) { return atomic_load_explicit(&py2c__threads_active, memory_order_relaxed); }

/* Whether another thread can run between any two instructions of this one:
 * native threads once a second one has started; never on WASI, whose threads
 * are fibers that switch only inside a blocking call or at a safepoint. What
 * calls no Python code (reference counts, global slots, free lists, the
 * inline list fast paths) needs atomics or locks only when this is true;
 * what can call Python code (and so switch fibers) still goes by
 * py2c__threaded(). */
#if defined(__wasi__)
static inline bool py2c__preemptive(void) { return false; }
#else
static inline bool py2c__preemptive(void) { return py2c__threaded(); }
#endif

PY2C__REFCOUNT_INLINE void py2c_incref(Py2cValue v) {
    if (py2c_is_obj(v)) {
        Py2cObject *o = py2c_obj_ptr(v);
        int64_t n = atomic_load_explicit(&o->refcount, memory_order_relaxed);
        if (n < 0) return; /* immortal */
        if (PY2C__LIKELY(!py2c__preemptive())) atomic_store_explicit(&o->refcount, n + 1, memory_order_relaxed);
        else atomic_fetch_add_explicit(&o->refcount, 1, memory_order_relaxed);
    }
}

/* Releases one reference; a no-op for immediates and PY2C_NULL. Threaded:
 * the release decrement publishes this thread's writes to the object, and
 * the acquire fence makes every other thread's visible to the dealloc. */
PY2C__REFCOUNT_INLINE void py2c_decref(Py2cValue v) {
    if (py2c_is_obj(v)) {
        Py2cObject *o = py2c_obj_ptr(v);
        int64_t n = atomic_load_explicit(&o->refcount, memory_order_relaxed);
        if (n <= 0) return; /* immortal (or a count some owner keeps at 0) */
        if (PY2C__LIKELY(!py2c__preemptive())) {
            atomic_store_explicit(&o->refcount, n - 1, memory_order_relaxed);
            if (n == 1) py2c__dealloc(o);
        } else if (atomic_fetch_sub_explicit(&o->refcount, 1, PY2C__DECREF_ORDER) == 1) {
            atomic_thread_fence(memory_order_acquire);
            py2c__dealloc(o);
        }
    }
}

/* Releases the reference held in lvalue v and leaves PY2C_NULL there. */
#define PY2C_CLEAR(v)                        \
    do {                                     \
        Py2cValue py2c__old = (v);           \
        (v) = PY2C_NULL;                     \
        py2c_decref(py2c__old);              \
    } while (0)

/* ---- shared slots: module globals and closure cells ----------------------------
 *
 * Generated code reads and writes globals and cell contents through these, so
 * that a thread storing a new value never frees one another thread is still
 * loading. Single-threaded they are the plain load+incref / exchange+decref;
 * threaded, a striped lock keyed by the slot's address makes the load and its
 * incref one step with respect to a store (runtime/src/sync.c). */

/* The slot's value as a new reference (PY2C_NULL when unbound). */
PY2C_WARN_UNUSED Py2cValue py2c__slot_load_shared(Py2cValue *slot);
void py2c__slot_store_shared(Py2cValue *slot, Py2cValue v);

static inline Py2cValue py2c_slot_load(Py2cValue *slot) {
    if (PY2C__LIKELY(!py2c__preemptive())) {
        Py2cValue v = *slot;
        py2c_incref(v);
        return v;
    }
    return py2c__slot_load_shared(slot);
}

/* A builtin the module may rebind: the global's value (new reference) if it
 * is bound, else fallback (borrowed; the result is then a new reference to it). */
static inline Py2cValue py2c_slot_load_or(Py2cValue *slot, Py2cValue fallback) {
    Py2cValue v = py2c_slot_load(slot);
    if (PY2C_IS_NULL(v)) {
        v = fallback;
        py2c_incref(v);
    }
    return v;
}

/* Stores v (stolen; PY2C_NULL unbinds) and releases the old value. */
static inline void py2c_slot_store(Py2cValue *slot, Py2cValue v) {
    if (PY2C__LIKELY(!py2c__preemptive())) {
        Py2cValue old = *slot;
        *slot = v;
        py2c_decref(old);
        return;
    }
    py2c__slot_store_shared(slot, v);
}

/* Whether the slot is bound, without taking a reference (NameError checks). */
static inline bool py2c_slot_bound(const Py2cValue *slot) {
    uint64_t bits = atomic_load_explicit((const _Atomic uint64_t *)&slot->bits, memory_order_relaxed);
    return bits != PY2C_NULL.bits;
}

/* The Python type name of v ("int", "str", "NoneType", ...), as CPython's
 * type(v).__name__. The string is static. */
const char *py2c_type_name(Py2cValue v);

/* str(v) and repr(v): new references, or PY2C_NULL with an exception set. */
PY2C_WARN_UNUSED Py2cValue py2c_object_str(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_object_repr(Py2cValue v);

/* bool(v): 1, 0, or -1 with an exception set. */
PY2C_WARN_UNUSED int py2c_object_is_true(Py2cValue v);

#endif
