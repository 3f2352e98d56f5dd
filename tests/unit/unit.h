/* A very small unit-test harness: CHECK records a failure and goes on. */
#ifndef PY2C_TESTS_UNIT_H
#define PY2C_TESTS_UNIT_H

#include <stdio.h>
#include <string.h>

extern int unit_failures;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            unit_failures++;                                                 \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                      \
    do {                                                                     \
        const char *unit_a_ = (a), *unit_b_ = (b);                           \
        if (strcmp(unit_a_, unit_b_) != 0) {                                 \
            fprintf(stderr, "%s:%d: CHECK_STR failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__, unit_a_, unit_b_); \
            unit_failures++;                                                 \
        }                                                                    \
    } while (0)

#endif
