/* Typed growable arrays, in the manner of tree-sitter's Array macros.
 *   VEC(int) v = {0};  VEC_PUSH(&v, 3);  ... VEC_FREE(&v);
 * Storage is malloc'd; VEC_FREE releases it. */
#ifndef PY2C_COMMON_VEC_H
#define PY2C_COMMON_VEC_H

#include <stdlib.h>

#include "common/util.h"

#define VEC(T) struct { T *items; int len, cap; }

#define VEC_RESERVE(v, n)                                                          \
    do {                                                                           \
        if ((v)->len + (n) > (v)->cap) {                                           \
            int vec_cap_ = (v)->cap ? (v)->cap * 2 : 8;                            \
            while (vec_cap_ < (v)->len + (n)) vec_cap_ *= 2;                       \
            (v)->items = xrealloc((v)->items, sizeof(*(v)->items) * (size_t)vec_cap_); \
            (v)->cap = vec_cap_;                                                   \
        }                                                                          \
    } while (0)

#define VEC_PUSH(v, x)                  \
    do {                                \
        VEC_RESERVE((v), 1);            \
        (v)->items[(v)->len++] = (x);   \
    } while (0)

#define VEC_POP(v) ((v)->items[--(v)->len])
#define VEC_LAST(v) ((v)->items[(v)->len - 1])

#define VEC_FREE(v)             \
    do {                        \
        free((v)->items);       \
        (v)->items = NULL;      \
        (v)->len = (v)->cap = 0; \
    } while (0)

#endif
