/* Generators compiled as resumable functions (generator expressions so far).
 *
 * py2c emits, per generator expression,
 *   - a frame struct holding everything that lives across a yield: its
 *     variables and temporaries (all Py2cValue fields first), then C ints;
 *   - a resume function  Py2cValue f(Py2cGenerator *gen)  that switches on
 *     gen->state to the code after the last yield, and returns
 *       the yielded value (a new reference, after setting gen->state to the
 *         resume point), or
 *       PY2C_NULL without an exception when the generator returns, or
 *       PY2C_NULL with an exception set when it raises;
 *   - a static Py2cGenInfo naming them.
 * At each resume point the value of the yield expression is taken from
 * gen->sent (send(); None for next()). After it the code checks gen->throwing: close() resumes a
 * suspended generator with GeneratorExit set as the current exception and
 * throwing = 1, and the generated code raises it right there (so finally
 * bodies and __exit__ run, as in CPython).
 * The generator object owns the frame: it starts with every value field
 * PY2C_NULL, and is released (values decref'd) when the generator finishes or
 * dies. Generated code fills the frame right after py2c_generator_new. */
#ifndef PY2C_GENERATOR_H
#define PY2C_GENERATOR_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

typedef struct Py2cGenerator Py2cGenerator;
typedef Py2cValue (*Py2cGenResume)(Py2cGenerator *gen);

typedef struct Py2cGenInfo {
    const char *name;     /* __name__ ("<genexpr>") */
    const char *qualname; /* __qualname__ ("f.<locals>.<genexpr>") */
    Py2cGenResume resume;
    size_t frame_size;    /* sizeof the frame struct */
    int32_t nvalues;      /* leading Py2cValue fields of the frame */
} Py2cGenInfo;

struct Py2cGenerator {
    Py2cObject ob;
    const Py2cGenInfo *info;
    int32_t state;   /* 0: not started; k > 0: suspended at yield k; -1: finished */
    int32_t running; /* inside resume (a generator cannot resume itself) */
    int32_t throwing; /* the current exception is to be raised at the resume point */
    Py2cValue sent;   /* send(v): the value of the yield expression (owned; PY2C_NULL: None) */
    void *frame;     /* NULL once finished */
};

extern const Py2cType py2c_generator_type;

/* A new, not yet started generator with a zeroed frame whose values are PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c_generator_new(const Py2cGenInfo *info);

/* gen.close(): GeneratorExit raised at the suspension point; None, or
 * PY2C_NULL with an exception (RuntimeError if the generator yields again). */
PY2C_WARN_UNUSED Py2cValue py2c_generator_close(Py2cValue gen);

/* The frame of a generator value (generated code casts it to its struct). */
static inline void *py2c_generator_frame(Py2cValue gen) { return ((Py2cGenerator *)py2c_obj_ptr(gen))->frame; }

/* ---- other helpers of generated code (small things the compiler needs that
 * no runtime area offers yet) ------------------------------------------------ */

/* type(v) as a value (borrowed): the first argument of __exit__ in `with`. */
static inline Py2cValue py2c_type_value_of(Py2cValue v) { return py2c_type_value(py2c_type_of(v)); }

/* list.extend(iterable) for a starred item: f(*x) (func: the callee) or a
 * display [*x] (func PY2C_NULL), with CPython's TypeError when x is not
 * iterable ("f() argument after * must be an iterable, not int",
 * "Value after * must be an iterable, not int"). 0 or -1. */
PY2C_WARN_UNUSED int py2c_star_extend(Py2cValue list, Py2cValue iterable, Py2cValue func);

#endif
