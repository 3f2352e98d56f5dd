/* Open addressing with linear probing; grown at half full, so a probe ends
 * at an empty slot soon. Nothing is ever removed except by clearing. */
#include "common/name_index.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

uint64_t name_key(const void *owner, const char *name) {
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)(uintptr_t)owner; /* FNV-1a, seeded by the owner */
    for (const char *p = name; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    /* splitmix64's finalizer: every bit of an aligned pointer reaches the low
     * bits that pick a slot */
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

static int probe(const NameIndex *x, uint64_t h, size_t *it) {
    for (size_t mask = x->cap - 1;; *it = (*it + 1) & mask) {
        if (x->pos[*it] < 0) return -1;
        if (x->hash[*it] == h) return x->pos[*it];
    }
}

int name_index_first(const NameIndex *x, uint64_t h, size_t *it) {
    if (x->cap == 0) return -1;
    *it = (size_t)h & (x->cap - 1);
    return probe(x, h, it);
}

int name_index_next(const NameIndex *x, uint64_t h, size_t *it) {
    *it = (*it + 1) & (x->cap - 1);
    return probe(x, h, it);
}

static void put(NameIndex *x, uint64_t h, int pos) {
    size_t i = (size_t)h & (x->cap - 1);
    while (x->pos[i] >= 0) i = (i + 1) & (x->cap - 1);
    x->pos[i] = pos;
    x->hash[i] = h;
    x->len++;
}

void name_index_add(NameIndex *x, uint64_t h, int pos) {
    if (2 * (x->len + 1) > x->cap) {
        NameIndex old = *x;
        x->cap = old.cap ? old.cap * 2 : 64;
        x->pos = xmalloc(x->cap * sizeof *x->pos);
        x->hash = xmalloc(x->cap * sizeof *x->hash);
        memset(x->pos, 0xff, x->cap * sizeof *x->pos); /* every slot -1 */
        x->len = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.pos[i] >= 0) put(x, old.hash[i], old.pos[i]);
        name_index_free(&old);
    }
    put(x, h, pos);
}

void name_index_clear(NameIndex *x) {
    if (x->cap) memset(x->pos, 0xff, x->cap * sizeof *x->pos);
    x->len = 0;
}

void name_index_free(NameIndex *x) {
    free(x->pos);
    free(x->hash);
    *x = (NameIndex){0};
}
