/* Generators compiled as resumable functions (generator expressions and
 * defs that yield).
 *
 * py2c emits, per generator,
 *   - a frame struct holding everything that lives across a yield: its
 *     variables and temporaries (all Py2cValue fields first), then C ints;
 *   - a resume function  Py2cValue f(Py2cGenerator *gen)  that switches on
 *     gen->state to the code after the last yield, and returns
 *       the yielded value (a new reference, after setting gen->state to the
 *         resume point), or
 *       PY2C_NULL without an exception when the generator returns (`return v`
 *         first stores v with py2c_generator_set_return), or
 *       PY2C_NULL with an exception set when it raises;
 *   - a static Py2cGenInfo naming them.
 * At each resume point the value of the yield expression is taken from
 * gen->sent (send(); None for next()). Before that the code checks
 * gen->throwing: throw() and close() resume a generator with the exception
 * (GeneratorExit for close) set as the current exception and throwing = 1,
 * and the generated code raises it right there (so finally bodies and
 * __exit__ run, as in CPython). State 0 checks it too (throw() before the
 * first next(): the exception is raised at the start).
 * `yield from it` is a loop around py2c_generator_yield_from, whose resume
 * point leaves gen->sent and gen->throwing to the next call.
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
    Py2cValue retval; /* `return v`: v (owned) until the generator finishes; PY2C_NULL: None */
    void *frame;     /* NULL once finished */
};

extern const Py2cType py2c_generator_type;

/* A new, not yet started generator with a zeroed frame whose values are PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c_generator_new(const Py2cGenInfo *info);

/* gen.close(): GeneratorExit raised at the suspension point; None, or
 * PY2C_NULL with an exception (RuntimeError if the generator yields again). */
PY2C_WARN_UNUSED Py2cValue py2c_generator_close(Py2cValue gen);

/* next(gen) (the builtin): the next value; at the end StopIteration
 * carrying the return value (gen's iternext slot, used by for loops, returns
 * PY2C_NULL without an exception instead). */
PY2C_WARN_UNUSED Py2cValue py2c_generator_next(Py2cValue gen);

/* gen.send(value) and gen.throw(exc) (exc: an exception instance or class). */
PY2C_WARN_UNUSED Py2cValue py2c_generator_send(Py2cValue gen, Py2cValue value);
PY2C_WARN_UNUSED Py2cValue py2c_generator_throw(Py2cValue gen, Py2cValue exc);

/* One step of `yield from it` in generator gen: passes on what gen was
 * resumed with (gen->sent to it.send / next(it); an exception being thrown
 * in (gen->throwing) to it.throw, or GeneratorExit: it.close() and the
 * GeneratorExit raised again). Returns 1 with *out the value it yielded (to
 * yield in turn), 0 with *out its return value (the value of the `yield
 * from` expression), -1 with an exception set. *out is a new reference. */
PY2C_WARN_UNUSED int py2c_generator_yield_from(Py2cGenerator *gen, Py2cValue it, Py2cValue *out);

/* `return v` in a generator (v borrowed): the value StopIteration carries. */
static inline void py2c_generator_set_return(Py2cGenerator *gen, Py2cValue v) {
    py2c_incref(v);
    py2c_decref(gen->retval);
    gen->retval = v;
}

/* The frame of a generator value (generated code casts it to its struct). */
static inline void *py2c_generator_frame(Py2cValue gen) { return ((Py2cGenerator *)py2c_obj_ptr(gen))->frame; }

#endif
