/* Per-thread free lists of small object blocks (freelist.h). */
#include "freelist.h"

/* Each list holds at most FREELIST_BLOCKS blocks and FREELIST_BYTES bytes:
 * enough for the objects of a loop that frees a few thousand and makes as
 * many again (bench/points.py replaces a list of 4,000 points by the next),
 * while what a thread's lists can hold back from malloc stays bounded (24
 * lists of at most 128 KB; in practice what a loop just freed). */
#ifndef FREELIST_BLOCKS
#define FREELIST_BLOCKS 4096
#endif
#ifndef FREELIST_BYTES
#define FREELIST_BYTES (128 * 1024)
#endif

/* The list of blocks that hold n values after a three-word head (their size
 * on 64-bit targets; on others the bound is only about memory). */
#define BOUND(n) \
    (FREELIST_BYTES / ((3 + (n)) * 8) < FREELIST_BLOCKS ? FREELIST_BYTES / ((3 + (n)) * 8) : FREELIST_BLOCKS)
#define INST(n) [PY2C_FL_INSTANCE + (n)] = {NULL, BOUND(n)}
#define TUPLE(n) [PY2C_FL_TUPLE + (n) - 1] = {NULL, BOUND(n)}

_Thread_local Py2cFreeList py2c__freelists[PY2C_FL_COUNT] = {
    INST(0),  INST(1),  INST(2),  INST(3),  INST(4),  INST(5),  INST(6),  INST(7),
    INST(8),  INST(9),  INST(10), INST(11), INST(12), INST(13), INST(14), INST(15),
    TUPLE(1), TUPLE(2), TUPLE(3), TUPLE(4), TUPLE(5), TUPLE(6), TUPLE(7), TUPLE(8),
};
_Static_assert(PY2C_FL_INSTANCE_SIZES == 16 && PY2C_FL_TUPLE_SIZES == 8, "one initializer per size class");

void py2c__freelist_release(void) {
    for (int c = 0; c < PY2C_FL_COUNT; c++) {
        Py2cFreeList *fl = &py2c__freelists[c];
        while (fl->head) {
            Py2cFreeBlock *b = fl->head;
            fl->head = b->next;
            fl->room++;
            free(b);
        }
    }
}
