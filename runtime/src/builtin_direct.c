/* Direct calls of built-in methods (py2c/builtin_direct.h). Each entry point
 * calls the C function the method's type lists for it (Py2cType.methods:
 * what py2c_method_call would call after py2c_method_lookup found it), so
 * arguments, results and errors are the method's own; only the lookup is
 * skipped. The function is found by name at the first call and kept in the
 * row (list.c, dict.c... keep their method tables private). list.append and
 * dict.get, the hottest, go straight to py2c_list_append / py2c_dict_get_opt
 * as their methods do, without the argument-count check. */
#include <stdatomic.h>
#include <string.h>

#include "internal.h"
#include "py2c/builtin_direct.h"

/* (type, method, largest arity) of the entry points that only forward to
 * the method (X), and of those written out below (S). */
#define DIRECT_ROWS(X, S)                                                                                  \
    S(list, append, 1) X(list, extend, 1) X(list, insert, 2) X(list, pop, 1) X(list, remove, 1)           \
    X(list, index, 3) X(list, count, 1) X(list, copy, 0) X(list, reverse, 0) X(list, clear, 0)            \
    X(list, sort, 0)                                                                                      \
    S(dict, get, 2) X(dict, items, 0) X(dict, keys, 0) X(dict, values, 0) X(dict, setdefault, 2)          \
    X(dict, pop, 2) X(dict, popitem, 0) X(dict, copy, 0) X(dict, clear, 0) X(dict, update, 1)             \
    X(str, join, 1) X(str, split, 2) X(str, strip, 1) X(str, lstrip, 1) X(str, rstrip, 1)                 \
    X(str, startswith, 3) X(str, endswith, 3) X(str, replace, 3) X(str, upper, 0) X(str, lower, 0)        \
    X(str, find, 3) X(str, rfind, 3) X(str, index, 3) X(str, count, 3) X(str, rsplit, 2)                  \
    X(str, splitlines, 1) X(str, partition, 1) X(str, rpartition, 1) X(str, isdigit, 0)                   \
    X(str, isalpha, 0) X(str, isalnum, 0) X(str, isspace, 0)                                              \
    X(set, add, 1) X(set, discard, 1) X(set, remove, 1) X(set, pop, 0) X(set, copy, 0) X(set, clear, 0)   \
    X(set, issubset, 1) X(set, issuperset, 1) X(set, isdisjoint, 1)

enum {
#define ROW_ENUM(T, M, N) R_##T##_##M,
    DIRECT_ROWS(ROW_ENUM, ROW_ENUM)
#undef ROW_ENUM
    R_COUNT
};

typedef struct Row {
    const Py2cType *type;
    const char *name;
    _Atomic(Py2cCallFn) fn; /* the method's function, once found (any thread may find it: same value) */
} Row;

static Row rows[R_COUNT] = {
#define ROW_INIT(T, M, N) [R_##T##_##M] = {.type = &py2c_##T##_type, .name = #M},
    DIRECT_ROWS(ROW_INIT, ROW_INIT)
#undef ROW_INIT
};

/* obj.name(*args) the generic way: for a receiver of another type than the
 * row's (inference said otherwise: a compiler bug, but still the right
 * answer), or a method the type does not list. */
static Py2cValue generic(const Row *r, Py2cValue self, const Py2cValue *args, size_t nargs) {
    Py2cValue name = py2c_str_from_utf8(r->name, (int64_t)strlen(r->name));
    if (PY2C_IS_NULL(name)) return PY2C_NULL;
    Py2cValue res = py2c_call_method(self, name, args, nargs, PY2C_NULL);
    py2c_decref(name);
    return res;
}

/* The method of row `row` on self with the leading non-absent of args[0 .. max-1]. */
static Py2cValue call(int row, Py2cValue self, const Py2cValue *args, size_t max) {
    Row *r = &rows[row];
    size_t n = 0;
    while (n < max && !PY2C_IS_NULL(args[n])) n++;
    if (py2c_type_of(self) != r->type) return generic(r, self, args, n);
    Py2cCallFn fn = atomic_load_explicit(&r->fn, memory_order_relaxed);
    if (!fn) {
        for (const Py2cMethodDef *m = r->type->methods; m && m->name; m++)
            if (strcmp(m->name, r->name) == 0) {
                fn = m->fn;
                break;
            }
        if (!fn) return generic(r, self, args, n);
        atomic_store_explicit(&r->fn, fn, memory_order_relaxed);
    }
    return fn(self, args, n, PY2C_NULL);
}

#define DIRECT_0(T, M) \
    Py2cValue py2c_direct_##T##_##M(Py2cValue self) { return call(R_##T##_##M, self, NULL, 0); }
#define DIRECT_1(T, M)                                      \
    Py2cValue py2c_direct_##T##_##M(Py2cValue self, Py2cValue a) { \
        const Py2cValue v[1] = {a};                         \
        return call(R_##T##_##M, self, v, 1);               \
    }
#define DIRECT_2(T, M)                                                   \
    Py2cValue py2c_direct_##T##_##M(Py2cValue self, Py2cValue a, Py2cValue b) { \
        const Py2cValue v[2] = {a, b};                                   \
        return call(R_##T##_##M, self, v, 2);                            \
    }
#define DIRECT_3(T, M)                                                                \
    Py2cValue py2c_direct_##T##_##M(Py2cValue self, Py2cValue a, Py2cValue b, Py2cValue c) { \
        const Py2cValue v[3] = {a, b, c};                                             \
        return call(R_##T##_##M, self, v, 3);                                         \
    }
#define ROW_DEFINE(T, M, N) DIRECT_##N(T, M)
#define ROW_SKIP(T, M, N)
DIRECT_ROWS(ROW_DEFINE, ROW_SKIP)
#undef ROW_DEFINE
#undef ROW_SKIP

/* list.c's m_append without the argument check. */
Py2cValue py2c_direct_list_append(Py2cValue self, Py2cValue x) {
    if (!py2c_is_list(self)) return call(R_list_append, self, &x, 1);
    if (py2c_list_append(self, x) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

/* dict.c's m_get without the argument check. */
Py2cValue py2c_direct_dict_get(Py2cValue self, Py2cValue key, Py2cValue dflt) {
    if (!py2c_is_dict_exact(self)) {
        const Py2cValue v[2] = {key, dflt};
        return call(R_dict_get, self, v, 2);
    }
    Py2cValue v = py2c_dict_get_opt(self, key);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    if (PY2C_IS_NULL(dflt)) dflt = PY2C_NONE;
    py2c_incref(dflt);
    return dflt;
}
