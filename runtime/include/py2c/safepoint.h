/* py2c_safepoint(): emitted at every loop back-edge (the top of each C loop
 * the emitter writes for while/for, comprehensions included) and called by
 * py2c_recursion_enter (function.c), so that a thread that spins or recurses
 * without blocking lets the others run. A no-op natively (threads are
 * preemptive); on WASI (fibers) it counts down and yields every
 * PY2C_SAFEPOINT_INTERVAL (1024) calls when another fiber can run. */
#ifndef PY2C_SAFEPOINT_H
#define PY2C_SAFEPOINT_H
#include <stdint.h>
#if defined(__wasi__)
extern int32_t py2c__safepoint_budget;
void py2c__safepoint_slow(void);
static inline void py2c_safepoint(void) {
    if (--py2c__safepoint_budget < 0) py2c__safepoint_slow();
}
#else
static inline void py2c_safepoint(void) {}
#endif
#endif
