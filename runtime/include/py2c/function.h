/* Python functions compiled by py2c, closures and argument binding.
 *
 * For each Python function the compiler emits
 *   - a static Py2cFuncInfo (names, parameter layout, traceback code),
 *   - a body:  static Py2cValue body(Py2cFunction *fn, Py2cValue *params)
 *     receiving its parameters already bound (params[i] owned by the callee
 *     frame, in Py2cFuncInfo.params order),
 *   - and creates the function object at the `def` with py2c_function_new.
 * Calling a function object binds arguments with CPython's rules and messages
 * ("f() missing 1 required positional argument: 'x'") and runs the body.
 * Known callees can later be called directly (issue: performance). */
#ifndef PY2C_FUNCTION_H
#define PY2C_FUNCTION_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/error.h"
#include "py2c/safepoint.h"
#include "py2c/thread_state.h"
#include "py2c/type.h"

enum {
    PY2C_FUNC_VARARGS = 1u << 0, /* has *args */
    PY2C_FUNC_VARKW = 1u << 1,   /* has **kwargs */
};

typedef struct Py2cFunction Py2cFunction;
typedef Py2cValue (*Py2cFuncBody)(Py2cFunction *fn, Py2cValue *params);

typedef struct Py2cFuncInfo {
    const char *name;     /* __name__ */
    const char *qualname; /* __qualname__ ("outer.<locals>.inner"), used in messages */
    /* Parameter names in binding order: positional-only, positional-or-keyword,
     * [*args], keyword-only, [**kwargs]. */
    const char *const *params;
    int32_t nposonly;     /* leading positional-only parameters */
    int32_t npos;         /* all positional parameters (posonly included) */
    int32_t nkwonly;      /* keyword-only parameters */
    uint32_t flags;       /* PY2C_FUNC_* */
    Py2cFuncBody body;
    const Py2cCode *code; /* where its frames are in tracebacks */
    const char *doc;      /* __doc__ (UTF-8), or NULL when the body has no docstring */
    const char *module;   /* __module__: the defining module's __name__ ("__main__", "pkg.mod") */
} Py2cFuncInfo;

struct Py2cFunction {
    Py2cObject ob;
    const Py2cFuncInfo *info;
    Py2cValue defaults;   /* tuple of the last len(defaults) positional defaults, or PY2C_NULL */
    Py2cValue kwdefaults; /* dict name -> default for keyword-only parameters, or PY2C_NULL */
    Py2cValue closure;    /* tuple of cells for free variables, or PY2C_NULL */
    /* Runtime-owned (generated code never touches these): __dict__, and
     * assigned __name__/__qualname__/__doc__/__module__ (PY2C_NULL: info's),
     * and the defaults that __defaults__/__kwdefaults__ assignments replaced. */
    Py2cValue dict, name, qualname, doc, module, retired;
};

extern const Py2cType py2c_function_type;

/* A new function object; defaults/kwdefaults/closure are borrowed (may be PY2C_NULL). */
PY2C_WARN_UNUSED Py2cValue py2c_function_new(const Py2cFuncInfo *info, Py2cValue defaults, Py2cValue kwdefaults,
                                             Py2cValue closure);

/* Binds a call's arguments to fn's parameters, filling params (one slot per
 * name in info->params; *args becomes a tuple, **kwargs a dict) with new
 * references. 0, or -1 with CPython's TypeError. */
PY2C_WARN_UNUSED int py2c_function_bind(Py2cFunction *fn, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                                        Py2cValue *params);

/* Cells: the shared storage of a variable captured by an inner function. */
typedef struct Py2cCell {
    Py2cObject ob;
    Py2cValue ref; /* PY2C_NULL while unbound */
} Py2cCell;

extern const Py2cType py2c_cell_type;
/* A new cell holding value (borrowed; PY2C_NULL for an empty cell). */
PY2C_WARN_UNUSED Py2cValue py2c_cell_new(Py2cValue value);
static inline Py2cCell *py2c_cell_ptr(Py2cValue cell) { return (Py2cCell *)py2c_obj_ptr(cell); }

/* Built-in functions (len, print, ...) and methods of built-in types are
 * objects too; each builtin is one immortal static object named
 * py2c_builtin_<name> (declared in py2c/builtins.h), so generated code refers
 * to it directly. */
typedef struct Py2cBuiltinFunction {
    Py2cObject ob;
    const char *name;
    Py2cCallFn fn; /* called with self = the builtin object itself */
} Py2cBuiltinFunction;

extern const Py2cType py2c_builtin_function_type;

#define PY2C_BUILTIN_FUNCTION(cname, pyname, cfn) \
    Py2cBuiltinFunction cname = {PY2C_STATIC_HEADER(&py2c_builtin_function_type), (pyname), (cfn)}

/* Recursion depth of the calling thread: generated function bodies call
 * enter on entry (RecursionError "maximum recursion depth exceeded" past the
 * limit, 1000 by default as CPython) and leave on every exit. */
extern int64_t py2c__recursion_limit; /* function.c; sys.setrecursionlimit */
/* Undoes the depth step and raises RecursionError (where: a message suffix). */
int py2c__recursion_exceeded(const char *where);
PY2C_WARN_UNUSED static inline int py2c_recursion_enter(void) {
    py2c_safepoint(); /* a thread that only recurses still lets others run (WASI fibers) */
    if (PY2C__LIKELY(++py2c__ts.depth <= py2c__recursion_limit)) return 0;
    return py2c__recursion_exceeded("");
}
/* The step CPython takes for calling a class (direct construction,
 * src/lower/lw_method.c): its message names the call. */
PY2C_WARN_UNUSED static inline int py2c_recursion_enter_call(void) {
    if (PY2C__LIKELY(++py2c__ts.depth <= py2c__recursion_limit)) return 0;
    return py2c__recursion_exceeded(" while calling a Python object");
}
static inline void py2c_recursion_leave(void) { py2c__ts.depth--; }
/* sys.setrecursionlimit / getrecursionlimit. The module body counts as one
 * frame (py2c_main accounts for it; module bodies do not call enter), so
 * with the default limit the 999th nested call fails, as in CPython.
 * set_limit: ValueError "recursion limit must be greater or equal than 1",
 * RecursionError if the current depth is already too high. 0 or -1. */
PY2C_WARN_UNUSED int py2c_recursion_set_limit(int64_t limit);
int64_t py2c_recursion_get_limit(void);

/* Bound methods (instance.method for a Python function in the class). */
typedef struct Py2cMethod {
    Py2cObject ob;
    Py2cValue func; /* the function (owned) */
    Py2cValue self; /* the instance (owned) */
} Py2cMethod;

extern const Py2cType py2c_method_type;
/* A bound method of func to self (both borrowed). */
PY2C_WARN_UNUSED Py2cValue py2c_method_new(Py2cValue func, Py2cValue self);

/* Methods of built-in types bound to an instance ("<built-in method append
 * of list object at 0x...>"; type builtin_function_or_method) and unbound
 * ("<method 'append' of 'list' objects>"; type method_descriptor). */
extern const Py2cType py2c_builtin_method_type;
extern const Py2cType py2c_method_descriptor_type;

/* super(type, obj): attribute lookup on it starts after type in type(obj)'s
 * MRO, binding functions to obj. */
PY2C_WARN_UNUSED Py2cValue py2c_super_new(Py2cValue type, Py2cValue obj);
extern const Py2cType py2c_super_type;

/* staticmethod(f), classmethod(f), property(fget, fset, fdel, doc): the
 * descriptor types (builtins of the same names). */
extern const Py2cType py2c_staticmethod_type;
extern const Py2cType py2c_classmethod_type;
extern const Py2cType py2c_property_type;

#endif
