/* Generator objects (py2c/generator.h): a frame allocated with the object,
 * resumed by the compiled resume function; next/send/throw/close and the
 * steps of `yield from`. Owned by the compiler area. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "py2c/generator.h"

static Py2cStr str_send = PY2C_STR_STATIC("send", 4, 4);
static Py2cStr str_throw = PY2C_STR_STATIC("throw", 5, 5);
static Py2cStr str_close = PY2C_STR_STATIC("close", 5, 5);

static void gen_release_frame(Py2cGenerator *g) {
    PY2C_CLEAR(g->sent);
    if (!g->frame) return;
    Py2cValue *values = g->frame;
    for (int32_t i = 0; i < g->info->nvalues; i++) PY2C_CLEAR(values[i]);
    free(g->frame);
    g->frame = NULL;
}

Py2cValue py2c_generator_new(const Py2cGenInfo *info) {
    void *frame = py2c__alloc(info->frame_size ? info->frame_size : 1);
    if (!frame) return py2c_error_nomemory();
    memset(frame, 0, info->frame_size);
    Py2cValue *values = frame;
    for (int32_t i = 0; i < info->nvalues; i++) values[i] = PY2C_NULL;
    Py2cGenerator *g = (Py2cGenerator *)py2c__object_new(&py2c_generator_type, sizeof(Py2cGenerator));
    if (!g) {
        free(frame);
        return PY2C_NULL;
    }
    g->info = info;
    g->state = 0;
    g->running = 0;
    g->throwing = 0;
    g->sent = PY2C_NULL;
    g->retval = PY2C_NULL;
    g->frame = frame;
    return py2c_obj_value(&g->ob);
}

static int is_generator(Py2cValue v) { return py2c_type_of(v) == &py2c_generator_type; }
static Py2cGenerator *as_gen(Py2cValue v) { return (Py2cGenerator *)py2c_obj_ptr(v); }

/* PEP 479: StopIteration leaving a generator's body becomes
 * RuntimeError("generator raised StopIteration") caused by it. */
static void stop_iteration_to_runtime_error(void) {
    Py2cValue si = py2c_error_fetch();
    (void)py2c_error_format(&py2c_exc_RuntimeError, "generator raised StopIteration");
    Py2cValue rt = py2c_error_fetch();
    if (PY2C_IS_NULL(rt)) { /* no memory: keep what we have */
        py2c_error_restore(si);
        return;
    }
    py2c_exc_handled_push(si); /* becomes __context__ too, as CPython */
    (void)py2c_raise(rt, si);
    py2c_exc_handled_pop();
    py2c_decref(rt);
    py2c_decref(si);
}

/* Runs g once with what the caller set up (g->sent, or the current
 * exception and g->throwing). 1: *out is the yielded value; 0: g finished,
 * *out its return value (None without one); -1: an exception is set. A
 * finished generator returns 0 at once (or, when throwing, -1 with the
 * exception as it is). */
static int gen_resume(Py2cGenerator *g, Py2cValue *out) {
    *out = PY2C_NULL;
    if (g->running) {
        PY2C_CLEAR(g->sent);
        if (g->throwing) py2c_error_clear();
        g->throwing = 0;
        (void)py2c_error_format(&py2c_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state < 0 || !g->frame) {
        PY2C_CLEAR(g->sent);
        if (g->throwing) {
            g->throwing = 0;
            return -1;
        }
        *out = PY2C_NONE;
        return 0;
    }
    g->running = 1;
    Py2cValue v = g->info->resume(g);
    g->running = 0;
    g->throwing = 0;
    PY2C_CLEAR(g->sent);
    if (!PY2C_IS_NULL(v)) {
        *out = v;
        return 1;
    }
    g->state = -1;
    Py2cValue rv = g->retval;
    g->retval = PY2C_NULL;
    gen_release_frame(g);
    if (py2c_error_occurred()) {
        py2c_decref(rv);
        if (py2c_error_matches(&py2c_exc_StopIteration)) stop_iteration_to_runtime_error();
        return -1;
    }
    *out = PY2C_IS_NULL(rv) ? PY2C_NONE : rv;
    return 0;
}

/* Raises StopIteration for return value rv (stolen): StopIteration() for
 * None, else StopIteration(rv) (args (rv,), whatever rv is). */
static Py2cValue raise_stop(Py2cValue rv) {
    if (py2c_is_none(rv)) return py2c_error_format(&py2c_exc_StopIteration, NULL);
    Py2cValue e = py2c__exc_alloc(&py2c_exc_StopIteration, &rv, 1);
    py2c_decref(rv);
    if (PY2C_IS_NULL(e)) return PY2C_NULL;
    (void)py2c_raise(e, PY2C_NULL);
    py2c_decref(e);
    return PY2C_NULL;
}

/* The result of a send/next/throw that must raise StopIteration at the end. */
static Py2cValue finish_call(int k, Py2cValue v) {
    if (k > 0) return v;
    if (k == 0) return raise_stop(v);
    return PY2C_NULL;
}

Py2cValue py2c_generator_next(Py2cValue self) {
    Py2cValue v;
    return finish_call(gen_resume(as_gen(self), &v), v);
}

Py2cValue py2c_generator_send(Py2cValue self, Py2cValue value) {
    Py2cGenerator *g = as_gen(self);
    if (g->state == 0 && !py2c_is_none(value) && !g->running)
        return py2c_error_format(&py2c_exc_TypeError, "can't send non-None value to a just-started generator");
    if (g->state >= 0 && g->frame && !g->running) {
        PY2C_CLEAR(g->sent);
        g->sent = value;
        py2c_incref(value);
    }
    Py2cValue v;
    return finish_call(gen_resume(g, &v), v);
}

/* Throws the current exception into g: 1/0/-1 as gen_resume. */
static int gen_throw_current(Py2cGenerator *g, Py2cValue *out) {
    g->throwing = 1;
    return gen_resume(g, out);
}

Py2cValue py2c_generator_throw(Py2cValue self, Py2cValue exc) {
    (void)py2c_raise(exc, PY2C_NULL);
    Py2cValue v;
    return finish_call(gen_throw_current(as_gen(self), &v), v);
}

Py2cValue py2c_generator_close(Py2cValue self) {
    Py2cGenerator *g = as_gen(self);
    if (g->running) return py2c_error_format(&py2c_exc_ValueError, "generator already executing");
    if (g->state <= 0 || !g->frame) {
        g->state = -1;
        PY2C_CLEAR(g->retval);
        gen_release_frame(g);
        return PY2C_NONE;
    }
    (void)py2c_error_format(&py2c_exc_GeneratorExit, NULL);
    Py2cValue v;
    int k = gen_throw_current(g, &v);
    if (k > 0) {
        py2c_decref(v);
        return py2c_error_format(&py2c_exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (k == 0) {
        py2c_decref(v);
        return PY2C_NONE;
    }
    if (py2c_error_matches(&py2c_exc_GeneratorExit)) {
        py2c_error_clear();
        return PY2C_NONE;
    }
    return PY2C_NULL;
}

/* it.close() for `yield from` when GeneratorExit is thrown in: 0 or -1. */
static int close_iter(Py2cValue it) {
    Py2cValue r;
    if (is_generator(it)) {
        r = py2c_generator_close(it);
    } else {
        Py2cValue m = py2c_getattr_opt(it, py2c_obj_value(&str_close.ob));
        if (PY2C_IS_NULL(m)) return py2c_error_occurred() ? -1 : 0;
        r = py2c_call(m, NULL, 0, PY2C_NULL);
        py2c_decref(m);
    }
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* The result r of it.send()/it.throw() on a non-generator: 1 (value), 0
 * (StopIteration: its value), -1. */
static int iter_result(Py2cValue r, Py2cValue *out) {
    if (!PY2C_IS_NULL(r)) {
        *out = r;
        return 1;
    }
    if (!py2c_error_matches(&py2c_exc_StopIteration)) return -1;
    Py2cValue e = py2c_error_fetch();
    Py2cValue args = py2c__exc_args(py2c__as_exc(e));
    py2c_decref(e);
    if (PY2C_IS_NULL(args)) return -1;
    *out = py2c__tuple_size(args) > 0 ? py2c__tuple_item(args, 0) : PY2C_NONE;
    py2c_incref(*out);
    py2c_decref(args);
    return 0;
}

int py2c_generator_yield_from(Py2cGenerator *gen, Py2cValue it, Py2cValue *out) {
    *out = PY2C_NULL;
    if (gen->throwing) {
        gen->throwing = 0;
        if (py2c_error_matches(&py2c_exc_GeneratorExit)) {
            Py2cValue exc = py2c_error_fetch();
            if (close_iter(it) < 0) {
                py2c_decref(exc);
                return -1;
            }
            py2c_error_restore(exc);
            return -1;
        }
        if (is_generator(it)) return gen_throw_current(as_gen(it), out);
        Py2cValue exc = py2c_error_fetch();
        Py2cValue m = py2c_getattr_opt(it, py2c_obj_value(&str_throw.ob));
        if (PY2C_IS_NULL(m)) {
            if (py2c_error_occurred()) {
                py2c_decref(exc);
                return -1;
            }
            py2c_error_restore(exc);
            return -1;
        }
        Py2cValue r = py2c_call(m, &exc, 1, PY2C_NULL);
        py2c_decref(m);
        py2c_decref(exc);
        return iter_result(r, out);
    }
    Py2cValue sent = gen->sent;
    gen->sent = PY2C_NULL;
    if (is_generator(it)) {
        Py2cGenerator *sub = as_gen(it);
        if (!PY2C_IS_NULL(sent) && !sub->running && sub->state >= 0 && sub->frame) {
            PY2C_CLEAR(sub->sent);
            sub->sent = sent; /* (no just-started check: the first step sends nothing) */
        } else {
            py2c_decref(sent);
        }
        return gen_resume(sub, out);
    }
    if (PY2C_IS_NULL(sent) || py2c_is_none(sent)) {
        Py2cValue v = py2c_iter_next(it);
        if (!PY2C_IS_NULL(v)) {
            *out = v;
            return 1;
        }
        if (py2c_error_occurred()) return iter_result(PY2C_NULL, out);
        *out = PY2C_NONE;
        return 0;
    }
    Py2cValue r = py2c_call_method(it, py2c_obj_value(&str_send.ob), &sent, 1, PY2C_NULL);
    py2c_decref(sent);
    return iter_result(r, out);
}

static void gen_dealloc(Py2cObject *o) {
    Py2cGenerator *g = (Py2cGenerator *)o;
    if (g->state > 0 && g->frame) {
        /* an unfinished generator is closed, so its finally bodies run; an
         * exception from them is dropped (CPython reports it as "ignored") */
        Py2cValue saved = py2c_error_occurred() ? py2c_error_fetch() : PY2C_NULL;
        o->refcount = 1; /* alive while it runs */
        Py2cValue r = py2c_generator_close(py2c_obj_value(o));
        if (PY2C_IS_NULL(r)) py2c_error_clear();
        if (!PY2C_IS_NULL(saved)) py2c_error_restore(saved);
    }
    PY2C_CLEAR(g->retval);
    gen_release_frame(g);
    free(o);
}

static Py2cValue gen_iter(Py2cValue self) {
    py2c_incref(self);
    return self;
}

/* The iternext slot (for loops, list(), ...): the next value; PY2C_NULL
 * without an exception once finished (the return value is dropped). */
static Py2cValue gen_iternext(Py2cValue self) {
    Py2cGenerator *g = as_gen(self);
    if (g->state < 0 || !g->frame) return PY2C_NULL;
    Py2cValue v;
    int k = gen_resume(g, &v);
    if (k > 0) return v;
    if (k == 0) py2c_decref(v);
    return PY2C_NULL;
}

static Py2cValue gen_repr(Py2cValue self) {
    Py2cGenerator *g = as_gen(self);
    char buf[256];
    int n = snprintf(buf, sizeof buf, "<generator object %s at %p>", g->info->qualname, (void *)g);
    return py2c_str_from_utf8(buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

static Py2cValue gen_close(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (!PY2C_IS_NULL(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "generator.close() takes no keyword arguments");
    if (nargs != 0) return py2c_error_format(&py2c_exc_TypeError, "generator.close() takes no arguments (%zu given)", nargs);
    return py2c_generator_close(self);
}

static Py2cValue gen_send(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "generator.send() takes no keyword arguments");
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
    return py2c_generator_send(self, args[0]);
}

static int is_exception_class(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type) &&
           py2c__is_subtype((const Py2cType *)py2c_obj_ptr(v), &py2c_exc_BaseException);
}

/* gen.throw(typ[, val[, tb]]) as CPython 3.11: typ an exception class
 * (instantiated with val: none, a tuple of arguments, an instance of typ
 * itself, or one argument) or an instance (then val must be None). */
static Py2cValue gen_throw(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "generator.throw() takes no keyword arguments");
    if (nargs < 1) return py2c_error_format(&py2c_exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    if (nargs > 3) return py2c_error_format(&py2c_exc_TypeError, "throw expected at most 3 arguments, got %zu", nargs);
    Py2cValue typ = args[0];
    Py2cValue val = nargs > 1 ? args[1] : PY2C_NONE;
    if (nargs > 2 && !py2c_is_none(args[2]))
        return py2c_error_format(&py2c_exc_TypeError, "throw() third argument must be a traceback object");
    if (py2c__is_exception(typ)) {
        if (!py2c_is_none(val))
            return py2c_error_format(&py2c_exc_TypeError, "instance exception may not have a separate value");
        return py2c_generator_throw(self, typ);
    }
    if (!is_exception_class(typ))
        return py2c_error_format(&py2c_exc_TypeError,
                                 "exceptions must be classes or instances deriving from BaseException, not %s",
                                 py2c_type_name(typ));
    Py2cValue exc;
    if (py2c_is_none(val)) {
        exc = py2c_call(typ, NULL, 0, PY2C_NULL);
    } else if (py2c_is_obj(val) && py2c__is_subtype(py2c_type_of(val), (const Py2cType *)py2c_obj_ptr(typ))) {
        exc = val;
        py2c_incref(exc);
    } else if (py2c_type_of(val) == &py2c_tuple_type) {
        exc = py2c_call_ex(typ, val, PY2C_NULL);
    } else {
        exc = py2c_call(typ, &val, 1, PY2C_NULL);
    }
    if (PY2C_IS_NULL(exc)) return PY2C_NULL;
    Py2cValue r = py2c_generator_throw(self, exc);
    py2c_decref(exc);
    return r;
}

static const Py2cMethodDef gen_methods[] = {
    {"send", gen_send},
    {"throw", gen_throw},
    {"close", gen_close},
    {NULL, NULL},
};

const Py2cType py2c_generator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "generator",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cGenerator),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
};
