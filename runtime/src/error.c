/* The per-thread current exception, raising (explicit, implicit chaining),
 * the stack of exceptions being handled, tracebacks, and the report of an
 * uncaught exception in CPython's format. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The thread's state (internal.h): here its current exception and the
 * exceptions being handled. */
_Thread_local Py2cThreadState py2c__ts = PY2C__THREAD_STATE_INIT;

static _Noreturn void out_of_memory(void) {
    fflush(stdout);
    fputs("py2c: fatal error: out of memory while raising an exception\n", stderr);
    abort();
}

Py2cValue py2c__error_peek(void) { return py2c__ts.exc_current; }

void py2c_error_restore(Py2cValue exc) {
    Py2cValue old = py2c__ts.exc_current;
    py2c__ts.exc_current = exc;
    py2c_decref(old);
}

Py2cValue py2c_error_fetch(void) {
    Py2cValue e = py2c__ts.exc_current;
    py2c__ts.exc_current = PY2C_NULL;
    return e;
}

int py2c_error_occurred(void) { return !PY2C_IS_NULL(py2c__ts.exc_current); }

void py2c_error_clear(void) { py2c_error_restore(PY2C_NULL); }

int py2c_error_matches(const Py2cType *t) {
    return !PY2C_IS_NULL(py2c__ts.exc_current) && py2c__is_subtype(py2c_obj_ptr(py2c__ts.exc_current)->type, t);
}

void py2c__error_set(Py2cValue exc) {
    Py2cValue ctx = py2c__ts.exc_handled_len ? py2c__ts.exc_handled[py2c__ts.exc_handled_len - 1] : PY2C_NULL;
    if (!PY2C_IS_NULL(ctx) && py2c__is_exception(ctx) && !py2c_is(ctx, exc)) {
        /* Avoid a cycle: cut exc out of ctx's context chain (CPython's
         * _PyErr_SetObject does the same, Floyd-style). */
        Py2cException *o = py2c__as_exc(ctx);
        for (;;) {
            Py2cValue next = o->context;
            if (PY2C_IS_NULL(next)) break;
            if (py2c_is(next, exc)) {
                PY2C_CLEAR(o->context);
                break;
            }
            o = py2c__as_exc(next);
        }
        Py2cException *e = py2c__as_exc(exc);
        py2c_incref(ctx);
        py2c_decref(e->context);
        e->context = ctx;
    }
    py2c_error_restore(exc);
}

static Py2cValue raise_msg(const Py2cType *type, Py2cValue msg) {
    Py2cValue e = py2c__exc_alloc(type, &msg, PY2C_IS_NULL(msg) ? 0 : 1);
    py2c_decref(msg);
    if (PY2C_IS_NULL(e)) out_of_memory();
    py2c__error_set(e);
    return PY2C_NULL;
}

Py2cValue py2c_error_format(const Py2cType *type, const char *fmt, ...) {
    if (!fmt) return raise_msg(type, PY2C_NULL);
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
    return raise_msg(type, msg);
}

/* MemoryError without allocating anything but the exception itself. */
Py2cValue py2c_error_nomemory(void) { return raise_msg(&py2c_exc_MemoryError, PY2C_NULL); }

/* ---- raise ----------------------------------------------------------------------- */

static int is_exc_class(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type) &&
           py2c__is_subtype((const Py2cType *)py2c_obj_ptr(v), &py2c_exc_BaseException);
}

/* An exception instance from a class (called without arguments) or an
 * instance; PY2C_NULL with TypeError otherwise. */
static Py2cValue instantiate(Py2cValue v, const char *what) {
    if (is_exc_class(v)) {
        Py2cValue r = py2c_call(v, NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(r)) return r;
        if (!py2c__is_exception(r)) {
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "calling %s should have returned an instance of BaseException, not %s",
                                    ((const Py2cType *)py2c_obj_ptr(v))->name, py2c_type_name(r));
            py2c_decref(r);
            return PY2C_NULL;
        }
        return r;
    }
    if (py2c__is_exception(v)) {
        py2c_incref(v);
        return v;
    }
    return py2c_error_format(&py2c_exc_TypeError, "%s must derive from BaseException", what);
}

Py2cValue py2c_raise(Py2cValue exc, Py2cValue cause) {
    Py2cValue e = instantiate(exc, "exceptions");
    if (PY2C_IS_NULL(e)) return e;
    if (!PY2C_IS_NULL(cause)) {
        Py2cValue c = PY2C_NULL;
        if (!py2c_is_none(cause)) {
            c = instantiate(cause, "exception causes");
            if (PY2C_IS_NULL(c)) {
                py2c_decref(e);
                return c;
            }
        }
        Py2cException *x = py2c__as_exc(e);
        py2c_decref(x->cause);
        x->cause = c;
        x->suppress_context = 1;
    }
    py2c__error_set(e);
    return PY2C_NULL;
}

Py2cValue py2c_reraise(void) {
    Py2cValue top = py2c__ts.exc_handled_len ? py2c__ts.exc_handled[py2c__ts.exc_handled_len - 1] : PY2C_NULL;
    if (PY2C_IS_NULL(top) || py2c_is_none(top))
        return py2c_error_format(&py2c_exc_RuntimeError, "No active exception to reraise");
    py2c_incref(top);
    py2c_error_restore(top);
    return PY2C_NULL;
}

/* ---- except clauses ------------------------------------------------------------------ */

static int check_catchable(Py2cValue t) {
    if (is_exc_class(t)) return 0;
    if (py2c_is_obj(t) && py2c__is_subtype(py2c_obj_ptr(t)->type, &py2c_tuple_type)) {
        int64_t n = py2c__tuple_size(t);
        for (int64_t i = 0; i < n; i++)
            if (!is_exc_class(py2c__tuple_item(t, i))) goto bad;
        return 0;
    }
bad:
    (void)py2c_error_format(&py2c_exc_TypeError,
                            "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int py2c_exception_matches(Py2cValue exc, Py2cValue type_or_tuple) {
    if (check_catchable(type_or_tuple) < 0) return -1;
    return py2c_isinstance(exc, type_or_tuple);
}

void py2c_exc_handled_push(Py2cValue exc) {
    if (py2c__ts.exc_handled_len == py2c__ts.exc_handled_cap) {
        size_t cap = py2c__ts.exc_handled_cap ? py2c__ts.exc_handled_cap * 2 : 16;
        Py2cValue *p = realloc(py2c__ts.exc_handled, sizeof *p * cap);
        if (!p) out_of_memory();
        py2c__ts.exc_handled = p;
        py2c__ts.exc_handled_cap = cap;
    }
    py2c_incref(exc);
    py2c__ts.exc_handled[py2c__ts.exc_handled_len++] = exc;
}

void py2c_exc_handled_pop(void) {
    if (py2c__ts.exc_handled_len == 0) return;
    Py2cValue e = py2c__ts.exc_handled[--py2c__ts.exc_handled_len];
    py2c_decref(e);
}

Py2cValue py2c_exc_handled_current(void) {
    return py2c__ts.exc_handled_len ? py2c__ts.exc_handled[py2c__ts.exc_handled_len - 1] : PY2C_NONE;
}

/* ---- tracebacks ---------------------------------------------------------------------- */

void py2c_traceback_add(const Py2cCode *code, int32_t loc) {
    if (PY2C_IS_NULL(py2c__ts.exc_current)) return;
    Py2cException *e = py2c__as_exc(py2c__ts.exc_current);
    if (e->tb_len == e->tb_cap) {
        int32_t cap = e->tb_cap ? e->tb_cap * 2 : 8;
        Py2cTbEntry *tb = realloc(e->tb, sizeof *tb * (size_t)cap);
        if (!tb) return; /* a shorter traceback beats a second error */
        e->tb = tb;
        e->tb_cap = cap;
    }
    e->tb[e->tb_len++] = (Py2cTbEntry){code, loc};
}

static void put_str(FILE *out, Py2cValue s) {
    Py2cStr *p = py2c__as_str(s);
    fwrite(p->data, 1, (size_t)p->len, out);
}

enum { TB_RECURSIVE_CUTOFF = 3, TB_LIMIT = 1000 };

static int32_t entry_line(const Py2cTbEntry *t) {
    return t->loc >= 0 && t->loc < t->code->nlocs ? t->code->locs[t->loc].line : -1;
}

static void print_repeated(FILE *out, int cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %d more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static void print_tb(Py2cException *e, FILE *out) {
    if (e->tb_len == 0) return;
    fputs("Traceback (most recent call last):\n", out);
    int32_t first = e->tb_len - 1;
    if (e->tb_len > TB_LIMIT) first = TB_LIMIT - 1;
    const Py2cTbEntry *last = NULL;
    int cnt = 0;
    for (int32_t i = first; i >= 0; i--) {
        const Py2cTbEntry *t = &e->tb[i];
        const Py2cCode *code = t->code;
        int32_t line = entry_line(t);
        if (!last || strcmp(last->code->filename, code->filename) != 0 || entry_line(last) != line ||
            strcmp(last->code->name, code->name) != 0) {
            if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(out, cnt);
            last = t;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF) continue;
        if (line < 0) {
            fprintf(out, "  File \"%s\", line ?, in %s\n", code->filename, code->name);
            continue;
        }
        const Py2cCodeLoc *l = &code->locs[t->loc];
        fprintf(out, "  File \"%s\", line %d, in %s\n", code->filename, (int)l->line, code->name);
        if (l->text && l->text[0]) fprintf(out, "    %s\n", l->text);
        if (l->text && l->text[0] && l->carets) fprintf(out, "    %s\n", l->carets);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(out, cnt);
}

/* "Traceback ...", then "Type: message" (module-qualified outside builtins
 * and __main__; just "Type" when str() is empty). */
static void print_one(Py2cValue exc, FILE *out) {
    Py2cException *e = py2c__as_exc(exc);
    print_tb(e, out);
    const Py2cType *t = py2c_obj_ptr(exc)->type;
    if (t->module && strcmp(t->module, "builtins") != 0 && strcmp(t->module, "__main__") != 0)
        fprintf(out, "%s.", t->module);
    fputs(py2c__type_qualname(t), out);
    /* str() must not see (or clobber) an exception being printed */
    Py2cValue saved = py2c_error_fetch();
    Py2cValue msg = py2c_str(exc);
    if (PY2C_IS_NULL(msg)) {
        py2c_error_clear();
        fputs(": <exception str() failed>", out);
    } else if (py2c__as_str(msg)->len > 0) {
        fputs(": ", out);
        put_str(out, msg);
    }
    py2c_decref(msg);
    py2c_error_restore(saved);
    fputc('\n', out);
}

typedef struct Seen {
    Py2cValue *items;
    size_t len, cap;
} Seen;

static int seen_has(const Seen *s, Py2cValue v) {
    for (size_t i = 0; i < s->len; i++)
        if (py2c_is(s->items[i], v)) return 1;
    return 0;
}

static void seen_add(Seen *s, Py2cValue v) {
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        Py2cValue *p = realloc(s->items, sizeof *p * cap);
        if (!p) return;
        s->items = p;
        s->cap = cap;
    }
    s->items[s->len++] = v;
}

static void print_recursive(Py2cValue exc, FILE *out, Seen *seen, int depth) {
    seen_add(seen, exc);
    Py2cException *e = py2c__as_exc(exc);
    if (depth < 1000) {
        if (!PY2C_IS_NULL(e->cause)) {
            if (!seen_has(seen, e->cause)) {
                print_recursive(e->cause, out, seen, depth + 1);
                fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
            }
        } else if (!PY2C_IS_NULL(e->context) && !e->suppress_context) {
            if (!seen_has(seen, e->context)) {
                print_recursive(e->context, out, seen, depth + 1);
                fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
            }
        }
    }
    print_one(exc, out);
}

void py2c_exception_print(Py2cValue exc, FILE *out) {
    fflush(stdout);
    Seen seen = {NULL, 0, 0};
    print_recursive(exc, out, &seen, 0);
    free(seen.items);
    fflush(out);
}

void py2c_error_print(FILE *out) {
    Py2cValue e = py2c_error_fetch();
    fflush(stdout);
    if (PY2C_IS_NULL(e)) return;
    py2c_exception_print(e, out);
    py2c_decref(e);
}

void py2c__error_shutdown(void) {
    py2c_error_clear();
    while (py2c__ts.exc_handled_len) py2c_exc_handled_pop();
    free(py2c__ts.exc_handled);
    py2c__ts.exc_handled = NULL;
    py2c__ts.exc_handled_cap = 0;
}
