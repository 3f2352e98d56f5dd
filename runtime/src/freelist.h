/* Per-thread free lists: a bounded stack of freed blocks for each of a few
 * size classes, so that the block of an object just freed serves the next
 * allocation of the same size without malloc/free (class-heavy code makes
 * and drops small instances and tuples at a high rate; malloc and free of
 * the block were a good part of that).
 *
 * Each thread has its own lists (_Thread_local: no lock, no atomic): a block
 * goes to the list of the thread that frees it, whichever thread allocated
 * it. Under WASI the fibers share one set of lists, which is still correct:
 * nothing here can switch fibers. py2c__freelist_release gives a thread's
 * blocks back to malloc; it runs when a thread ends and at program exit.
 *
 * A block on a list is a malloc'ed block of at least the class's size whose
 * first word links to the next one. Only the owner of a size class pushes
 * and pops it: a class is a promise about the block's size, and a block must
 * be freed with free() whether or not it went through a list.
 *
 * Under AddressSanitizer, ThreadSanitizer or MemorySanitizer the lists
 * compile out (pop finds nothing, push frees), so that a use after free of
 * an object is still seen. */
#ifndef PY2C_FREELIST_H
#define PY2C_FREELIST_H

#ifndef PY2C_BUILDING_RUNTIME
#error "freelist.h is private to the py2c runtime"
#endif

#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PY2C_FREELIST_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PY2C_FREELIST_ENABLED 0
#endif
#endif
#ifndef PY2C_FREELIST_ENABLED
#define PY2C_FREELIST_ENABLED 1
#endif

/* The size classes. Instances of classes whose solid base is object
 * (instance.c) with n layout slots, 0 <= n < PY2C_FL_INSTANCE_SIZES, use
 * PY2C_FL_INSTANCE + n; exact tuples of n items, 1 <= n <=
 * PY2C_FL_TUPLE_SIZES (tuple.c), use PY2C_FL_TUPLE + n - 1. Both blocks hold
 * a three-word head (the object header and __dict__, or size) and n values. */
enum {
    PY2C_FL_INSTANCE_SIZES = 16,
    PY2C_FL_TUPLE_SIZES = 8,
    PY2C_FL_INSTANCE = 0,
    PY2C_FL_TUPLE = PY2C_FL_INSTANCE + PY2C_FL_INSTANCE_SIZES,
    PY2C_FL_COUNT = PY2C_FL_TUPLE + PY2C_FL_TUPLE_SIZES,
};

typedef struct Py2cFreeBlock {
    struct Py2cFreeBlock *next;
} Py2cFreeBlock;

typedef struct Py2cFreeList {
    Py2cFreeBlock *head;
    int room; /* how many more blocks the list takes (its bound minus its length) */
} Py2cFreeList;

extern _Thread_local Py2cFreeList py2c__freelists[PY2C_FL_COUNT];

/* A block of class cls from this thread's list, or NULL (then malloc one).
 * Its contents are garbage. */
static inline void *py2c__freelist_pop(int cls) {
#if PY2C_FREELIST_ENABLED
    Py2cFreeList *fl = &py2c__freelists[cls];
    Py2cFreeBlock *b = fl->head;
    if (b) {
        fl->head = b->next;
        fl->room++;
    }
    return b;
#else
    (void)cls;
    return NULL;
#endif
}

/* Releases block (malloc'ed, at least class cls's size, no longer used):
 * onto this thread's list of class cls, or free() when that list is full. */
static inline void py2c__freelist_push(int cls, void *block) {
#if PY2C_FREELIST_ENABLED
    Py2cFreeList *fl = &py2c__freelists[cls];
    if (fl->room > 0) {
        Py2cFreeBlock *b = block;
        b->next = fl->head;
        fl->head = b;
        fl->room--;
        return;
    }
#else
    (void)cls;
#endif
    free(block);
}

/* Frees every block on this thread's lists (when the thread ends, and for
 * the main thread at program exit); the lists stay usable. */
void py2c__freelist_release(void);

#endif
