/* Generator objects (py2c/generator.h): a frame allocated with the object,
 * resumed by the compiled resume function. Owned by the compiler area. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "py2c/generator.h"

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
    g->frame = frame;
    return py2c_obj_value(&g->ob);
}

Py2cValue py2c_generator_close(Py2cValue self) {
    Py2cGenerator *g = (Py2cGenerator *)py2c_obj_ptr(self);
    if (g->running) return py2c_error_format(&py2c_exc_ValueError, "generator already executing");
    if (g->state <= 0 || !g->frame) {
        g->state = -1;
        gen_release_frame(g);
        return PY2C_NONE;
    }
    (void)py2c_error_format(&py2c_exc_GeneratorExit, NULL);
    g->throwing = 1;
    g->running = 1;
    Py2cValue v = g->info->resume(g);
    g->running = 0;
    g->throwing = 0;
    g->state = -1;
    gen_release_frame(g);
    if (!PY2C_IS_NULL(v)) {
        py2c_decref(v);
        return py2c_error_format(&py2c_exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (!py2c_error_occurred() || py2c_error_matches(&py2c_exc_GeneratorExit) || py2c_error_matches(&py2c_exc_StopIteration)) {
        py2c_error_clear();
        return PY2C_NONE;
    }
    return PY2C_NULL;
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
    gen_release_frame(g);
    free(o);
}

static Py2cValue gen_iter(Py2cValue self) {
    py2c_incref(self);
    return self;
}

/* next(gen): the next value; PY2C_NULL without an exception once finished. */
static Py2cValue gen_iternext(Py2cValue self) {
    Py2cGenerator *g = (Py2cGenerator *)py2c_obj_ptr(self);
    if (g->state < 0 || !g->frame) return PY2C_NULL;
    if (g->running) return py2c_error_format(&py2c_exc_ValueError, "generator already executing");
    g->running = 1;
    Py2cValue v = g->info->resume(g);
    g->running = 0;
    PY2C_CLEAR(g->sent);
    if (PY2C_IS_NULL(v)) {
        g->state = -1;
        gen_release_frame(g);
    }
    return v;
}

static Py2cValue gen_repr(Py2cValue self) {
    Py2cGenerator *g = (Py2cGenerator *)py2c_obj_ptr(self);
    char buf[256];
    int n = snprintf(buf, sizeof buf, "<generator object %s at %p>", g->info->qualname, (void *)g);
    return py2c_str_from_utf8(buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

static Py2cValue gen_close(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return py2c_generator_close(self);
}

/* gen.send(value): resumes with value as the result of the suspended yield. */
static Py2cValue gen_send(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (!PY2C_IS_NULL(kwnames) || nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
    Py2cGenerator *g = (Py2cGenerator *)py2c_obj_ptr(self);
    if (g->state == 0 && !py2c_is_none(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "can't send non-None value to a just-started generator");
    if (g->state < 0 || !g->frame) return py2c_error_format(&py2c_exc_StopIteration, NULL);
    if (g->running) return py2c_error_format(&py2c_exc_ValueError, "generator already executing");
    PY2C_CLEAR(g->sent);
    g->sent = args[0];
    py2c_incref(g->sent);
    Py2cValue v = gen_iternext(self);
    if (PY2C_IS_NULL(v) && !py2c_error_occurred()) return py2c_error_format(&py2c_exc_StopIteration, NULL);
    return v;
}

static const Py2cMethodDef gen_methods[] = {
    {"send", gen_send},
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

/* ---- call-site helpers ---------------------------------------------------------- */

/* How CPython's _PyObject_FunctionStr names a callable in call errors. */
static int function_str(Py2cValue func, char *buf, size_t size) {
    const Py2cType *t = py2c_type_of(func);
    if (t == &py2c_function_type) {
        const Py2cFunction *f = (const Py2cFunction *)py2c_obj_ptr(func);
        return snprintf(buf, size, "__main__.%s()", f->info->qualname);
    }
    if (t == &py2c_builtin_function_type)
        return snprintf(buf, size, "%s()", ((const Py2cBuiltinFunction *)py2c_obj_ptr(func))->name);
    if (py2c__is_subtype(t, &py2c_type_type)) {
        const Py2cType *ty = (const Py2cType *)py2c_obj_ptr(func);
        if (ty->module && strcmp(ty->module, "builtins") != 0)
            return snprintf(buf, size, "%s.%s()", ty->module, py2c__type_qualname(ty));
        return snprintf(buf, size, "%s()", ty->name);
    }
    return snprintf(buf, size, "%s object", t->name);
}

int py2c_star_extend(Py2cValue list, Py2cValue iterable, Py2cValue func) {
    const Py2cType *t = py2c_type_of(iterable);
    if (!t->iter && !t->getitem) {
        if (PY2C_IS_NULL(func)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Value after * must be an iterable, not %s", py2c_type_name(iterable));
            return -1;
        }
        char name[300];
        (void)function_str(func, name, sizeof name);
        (void)py2c_error_format(&py2c_exc_TypeError, "%s argument after * must be an iterable, not %s", name,
                                py2c_type_name(iterable));
        return -1;
    }
    return py2c_list_extend(list, iterable);
}
