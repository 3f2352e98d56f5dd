/* Exceptions: the built-in exception types, the per-thread current exception,
 * tracebacks, and the report of an uncaught exception. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static void exc_dealloc(Py2cObject *o) {
    Py2cException *e = (Py2cException *)o;
    py2c_decref(e->msg);
    free(e->tb);
    free(e);
}

/* str(exc): its message, or "" without arguments. */
static Py2cValue exc_str(Py2cValue v) {
    Py2cException *e = (Py2cException *)py2c_obj_ptr(v);
    if (PY2C_IS_NULL(e->msg)) return py2c_str_from_utf8("", 0);
    py2c_incref(e->msg);
    return e->msg;
}

#define EXC_TYPE(NAME, BASE) \
    const Py2cType py2c_exc_##NAME = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = #NAME, .base = BASE, \
                                      .flags = PY2C_TPFLAG_BASETYPE | PY2C_TPFLAG_EXCEPTION,         \
                                      .dealloc = exc_dealloc, .str = exc_str};

EXC_TYPE(BaseException, &py2c_object_type)
EXC_TYPE(Exception, &py2c_exc_BaseException)
EXC_TYPE(ArithmeticError, &py2c_exc_Exception)
EXC_TYPE(ZeroDivisionError, &py2c_exc_ArithmeticError)
EXC_TYPE(OverflowError, &py2c_exc_ArithmeticError)
EXC_TYPE(TypeError, &py2c_exc_Exception)
EXC_TYPE(ValueError, &py2c_exc_Exception)
EXC_TYPE(MemoryError, &py2c_exc_Exception)
EXC_TYPE(RuntimeError, &py2c_exc_Exception)
EXC_TYPE(NotImplementedError, &py2c_exc_RuntimeError)

/* The thread's current exception (owned), or NULL. */
static _Thread_local Py2cException *current;

static _Noreturn void out_of_memory(void) {
    fflush(stdout);
    fputs("py2c: fatal error: out of memory while raising an exception\n", stderr);
    abort();
}

static void set_current(Py2cException *e) {
    Py2cException *old = current;
    current = e;
    if (old) py2c_decref(py2c_obj_value(&old->ob));
}

static Py2cValue raise_with(const Py2cType *type, Py2cValue msg) {
    Py2cException *e = malloc(sizeof *e);
    if (!e) out_of_memory();
    e->ob.type = type;
    e->ob.refcount = 1;
    e->msg = msg;
    e->tb = NULL;
    e->tb_len = e->tb_cap = 0;
    set_current(e);
    return PY2C_NULL;
}

Py2cValue py2c_error_format(const Py2cType *type, const char *fmt, ...) {
    if (!fmt) return raise_with(type, PY2C_NULL);
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    Py2cValue msg;
    if ((size_t)n < sizeof small) {
        msg = py2c_str_from_utf8(small, n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (!big) out_of_memory();
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = py2c_str_from_utf8(big, n);
        free(big);
    }
    if (PY2C_IS_NULL(msg)) out_of_memory();
    return raise_with(type, msg);
}

Py2cValue py2c_error_nomemory(void) { return raise_with(&py2c_exc_MemoryError, PY2C_NULL); }

int py2c_error_occurred(void) { return current != NULL; }

void py2c_error_clear(void) { set_current(NULL); }

void py2c__error_shutdown(void) { py2c_error_clear(); }

void py2c_traceback_add(const Py2cCode *code, int32_t loc) {
    Py2cException *e = current;
    if (!e) return;
    if (e->tb_len == e->tb_cap) {
        int32_t cap = e->tb_cap ? e->tb_cap * 2 : 8;
        Py2cTbEntry *tb = realloc(e->tb, sizeof *tb * (size_t)cap);
        if (!tb) return; /* a shorter traceback beats a second error */
        e->tb = tb;
        e->tb_cap = cap;
    }
    e->tb[e->tb_len++] = (Py2cTbEntry){code, loc};
}

/* Writes the bytes of a str value. */
static void put_str(FILE *out, Py2cValue s) {
    Py2cStr *p = py2c__as_str(s);
    fwrite(p->data, 1, (size_t)p->len, out);
}

void py2c_error_print(FILE *out) {
    Py2cException *e = current;
    fflush(stdout);
    if (!e) return;
    current = NULL;
    if (e->tb_len > 0) fputs("Traceback (most recent call last):\n", out);
    for (int32_t i = e->tb_len - 1; i >= 0; i--) {
        const Py2cCode *code = e->tb[i].code;
        int32_t loc = e->tb[i].loc;
        if (loc < 0 || loc >= code->nlocs) {
            fprintf(out, "  File \"%s\", line ?, in %s\n", code->filename, code->name);
            continue;
        }
        const Py2cCodeLoc *l = &code->locs[loc];
        fprintf(out, "  File \"%s\", line %d, in %s\n", code->filename, (int)l->line, code->name);
        if (l->text && l->text[0]) fprintf(out, "    %s\n", l->text);
        if (l->text && l->text[0] && l->carets) fprintf(out, "    %s\n", l->carets);
    }
    fputs(e->ob.type->name, out);
    Py2cValue msg = exc_str(py2c_obj_value(&e->ob));
    if (!PY2C_IS_NULL(msg) && py2c__as_str(msg)->len > 0) {
        fputs(": ", out);
        put_str(out, msg);
    }
    py2c_decref(msg);
    fputc('\n', out);
    fflush(out);
    py2c_decref(py2c_obj_value(&e->ob));
}
