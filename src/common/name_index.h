/* A hash index over a caller's array of named items: maps a key (a name,
 * optionally with an owner pointer such as a scope) to the positions of the
 * items stored under it. The caller keeps the items and compares them; the
 * index keeps only positions and hashes. It replaces linear strcmp scans
 * that made the passes quadratic in the number of names (a 10,000-line
 * program spent 40% of its transpile time in strcmp).
 *   uint64_t h = name_key(scope, name);
 *   for (int i = name_index_first(&x, h, &it); i >= 0; i = name_index_next(&x, h, &it))
 *       if (items[i].scope == scope && strcmp(items[i].name, name) == 0) ...
 *   name_index_add(&x, h, pos);  name_index_clear(&x);  name_index_free(&x); */
#ifndef PY2C_COMMON_NAME_INDEX_H
#define PY2C_COMMON_NAME_INDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct NameIndex {
    int *pos;       /* a slot's item position, or -1 when empty */
    uint64_t *hash; /* a full slot's key hash */
    size_t cap;     /* a power of two, or 0 */
    size_t len;
} NameIndex;

/* The hash of (owner, name); owner may be NULL. */
uint64_t name_key(const void *owner, const char *name);

/* The first / next position stored under hash h, or -1; *it is the probe's
 * state between calls. Positions come back with equal hashes only: the
 * caller still compares the items. */
int name_index_first(const NameIndex *x, uint64_t h, size_t *it);
int name_index_next(const NameIndex *x, uint64_t h, size_t *it);

void name_index_add(NameIndex *x, uint64_t h, int pos);
/* Forgets every position (keeps the storage). */
void name_index_clear(NameIndex *x);
void name_index_free(NameIndex *x);

#endif
