/* Helpers for the container unit tests (test_list.c, test_tuple.c,
 * test_dict.c, test_set.c). Every check is written
 *     PY("python source", c_expression, "expected")
 * where the expected text is what CPython 3.11 prints for the source's last
 * expression (repr of the value, or "TypeName: message" for an exception);
 * test_list_oracle.py re-evaluates every PY() source with python3 and
 * checks the expected texts, so they cannot drift from CPython. The C
 * expression must do the same computation on the py2c runtime. */
#ifndef PY2C_TEST_LIST_HELPERS_H
#define PY2C_TEST_LIST_HELPERS_H

#include <stdarg.h>
#include <stdlib.h>

#include "container_internal.h"
#include "rt_test.h"

static Py2cValue pool[4096];
static size_t npool;

/* Keeps v alive until release() (so tests can nest constructors). */
static inline Py2cValue own(Py2cValue v) {
    if (!PY2C_IS_NULL(v) && npool < sizeof pool / sizeof *pool) pool[npool++] = v;
    return v;
}

static inline void release(void) {
    while (npool) py2c_decref(pool[--npool]);
}

#define I(x) py2c_int(x)
#define F(x) py2c_float(x)
#define B(x) py2c_bool(x)
#define NONE PY2C_NONE

static inline Py2cValue S(const char *s) { return own(py2c_str_from_utf8(s, (int64_t)strlen(s))); }

static inline Py2cValue T(int n, ...) {
    Py2cValue items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = va_arg(ap, Py2cValue);
    va_end(ap);
    return own(py2c_tuple_pack((size_t)n, items));
}

static inline Py2cValue L(int n, ...) {
    Py2cValue l = own(py2c_list_new(0));
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        if (py2c_list_append(l, va_arg(ap, Py2cValue)) < 0) abort();
    va_end(ap);
    return l;
}

/* dict from key, value, key, value... */
static inline Py2cValue D(int npairs, ...) {
    Py2cValue d = own(py2c_dict_new());
    va_list ap;
    va_start(ap, npairs);
    for (int i = 0; i < npairs; i++) {
        Py2cValue k = va_arg(ap, Py2cValue), v = va_arg(ap, Py2cValue);
        if (py2c_dict_setitem(d, k, v) < 0) abort();
    }
    va_end(ap);
    return d;
}

static inline Py2cValue SET(int n, ...) {
    Py2cValue s = own(py2c_set_new());
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        if (py2c_set_add(s, va_arg(ap, Py2cValue)) < 0) abort();
    va_end(ap);
    return s;
}

/* obj.name(args...), keyword names in kw (a tuple or PY2C_NULL) */
static inline Py2cValue callkw(Py2cValue obj, const char *name, Py2cValue kw, int n, ...) {
    Py2cValue args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Py2cValue);
    va_end(ap);
    size_t nkw = PY2C_IS_NULL(kw) ? 0 : (size_t)py2c_tuple_size(kw);
    return own(py2c_call_method(obj, S(name), args, (size_t)n - nkw, kw));
}
#define call(obj, name, ...) callkw((obj), (name), PY2C_NULL, __VA_ARGS__)

static inline Py2cValue binop(Py2cValue a, Py2cValue b, Py2cBinaryOp op) { return own(py2c_binary_op(a, b, op)); }
static inline Py2cValue inplace(Py2cValue a, Py2cValue b, Py2cBinaryOp op) { return own(py2c_inplace_op(a, b, op)); }
static inline Py2cValue cmp(Py2cValue a, Py2cValue b, Py2cCompareOp op) { return own(py2c_compare(a, b, op)); }
static inline Py2cValue getitem(Py2cValue o, Py2cValue k) { return own(py2c_getitem(o, k)); }
static inline Py2cValue slice(Py2cValue a, Py2cValue b, Py2cValue c) { return own(py2c_slice_new(a, b, c)); }
static inline Py2cValue typecall(const Py2cType *t, int n, ...) {
    Py2cValue args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, Py2cValue);
    va_end(ap);
    return own(py2c_call(py2c_type_value(t), args, (size_t)n, PY2C_NULL));
}
/* A statement's outcome: None, or NULL on error (r < 0). */
static inline Py2cValue rc(int r) { return r < 0 ? PY2C_NULL : PY2C_NONE; }
/* A truth/containment result (1/0/-1) as a bool. */
static inline Py2cValue rb(int r) { return r < 0 ? PY2C_NULL : py2c_bool(r); }
static inline Py2cValue rc64(int64_t r) { return r < 0 && py2c_error_occurred() ? PY2C_NULL : own(py2c_int_from_int64(r)); }
/* v, after an int-returning mutation (for "l[0] = 1; l" style checks) */
static inline Py2cValue after(int r, Py2cValue v) { return r < 0 ? PY2C_NULL : v; }
/* list(iterator) */
static inline Py2cValue drain(Py2cValue it) { return PY2C_IS_NULL(it) ? it : own(py2c_list_from_iterable(it)); }

static inline char *dupstr(const char *s) {
    char *p = malloc(strlen(s) + 1);
    if (!p) abort();
    return strcpy(p, s);
}
#define strdup dupstr

/* The text a check compares: repr(v), or "Type: message" for the current
 * exception. */
static inline char *outcome(Py2cValue v) {
    char buf[4096];
    if (PY2C_IS_NULL(v)) {
        Py2cValue e = py2c_error_fetch();
        if (PY2C_IS_NULL(e)) return strdup("<NULL without exception>");
        Py2cValue s = py2c_str(e);
        snprintf(buf, sizeof buf, "%s: %s", py2c_type_name(e), PY2C_IS_NULL(s) ? "?" : py2c__as_str(s)->data);
        py2c_decref(s);
        py2c_decref(e);
        py2c_error_clear();
        return strdup(buf);
    }
    if (py2c_error_occurred()) {
        py2c_error_clear();
        return strdup("<value with exception set>");
    }
    Py2cValue r = py2c_repr(v);
    if (PY2C_IS_NULL(r)) return outcome(r);
    snprintf(buf, sizeof buf, "%s", py2c__as_str(r)->data);
    py2c_decref(r);
    return strdup(buf);
}

#define PY(src, expr, want)                                                                      \
    do {                                                                                         \
        char *rt_got_ = outcome(expr);                                                           \
        rt_checks++;                                                                             \
        if (strcmp(rt_got_, (want)) != 0) {                                                      \
            rt_failures++;                                                                       \
            fprintf(stderr, "%s:%d: %s\n  got  %s\n  want %s\n", __FILE__, __LINE__, (src), rt_got_, (want)); \
        }                                                                                        \
        free(rt_got_);                                                                           \
        release();                                                                               \
    } while (0)

#endif
