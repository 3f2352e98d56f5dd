/* A tiny harness for runtime unit tests. Each test file defines its checks in
 * main() with RT_CHECK / RT_CHECK_STR and ends with RT_DONE("name"). Tests may
 * use runtime internals (they are built with PY2C_BUILDING_RUNTIME). */
#ifndef PY2C_RT_TEST_H
#define PY2C_RT_TEST_H

#include <stdio.h>
#include <string.h>

#include "py2c.h"

static int rt_checks, rt_failures;

#define RT_CHECK(cond)                                                                    \
    do {                                                                                  \
        rt_checks++;                                                                      \
        if (!(cond)) {                                                                    \
            rt_failures++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);     \
        }                                                                                 \
    } while (0)

#define RT_CHECK_STR(got, want)                                                           \
    do {                                                                                  \
        const char *rt_g_ = (got), *rt_w_ = (want);                                       \
        rt_checks++;                                                                      \
        if (!rt_g_ || strcmp(rt_g_, rt_w_) != 0) {                                        \
            rt_failures++;                                                                \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,      \
                    rt_g_ ? rt_g_ : "(null)", rt_w_);                                     \
        }                                                                                 \
    } while (0)

/* Each check counts as one test in the suite's totals. */
#define RT_DONE(name)                                                                     \
    do {                                                                                  \
        printf("%s: %d passed, %d failed\n", (name), rt_checks - rt_failures, rt_failures); \
        return rt_failures != 0;                                                          \
    } while (0)

#endif
