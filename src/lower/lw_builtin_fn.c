/* Direct calls of builtin functions (issue #7): `len(x)` is a call of the
 * runtime's entry point for it (py2c_fast_len, py2c/abstract.h) instead of a
 * generic call of the builtin function object: no argument array, no
 * dispatch, lists and tuples inline.
 *
 * Only where the name certainly is the builtin when the call runs: it
 * resolves to the builtins (lw_is_builtin: never bound as a module global
 * here), outside class bodies (whose namespace could bind it), in a
 * one-module program that cannot rebind globals dynamically (lw_direct.c's
 * `dynamic`: globals(), exec, importing builtins...). The call has exactly
 * the table's number of plain positional arguments; anything else (a
 * keyword, a star, another count) stays generic and raises as CPython does.
 * Errors are the builtin's own, at the call's location, with no extra frame
 * (CPython shows none for builtins either).
 *
 * Some entries apply only where type inference proves the argument of given
 * kinds (`kinds`): int(x) of a float, float(x) of an int or bool, abs(x) of
 * a number; their entry points (py2c/math_direct.h) compute exactly what the
 * builtin computes for those types. With `c_fn_d`, an argument proven a
 * float in code that unboxes floats is passed as a double (lw_fexpr). */
#include <string.h>

#include "lower/lw_direct.h"
#include "lower/lw_internal.h"
#include "types/types.h"

typedef struct BuiltinFn {
    const char *name;
    int nargs;
    const char *c_fn; /* Py2cValue f(args...): a new reference, or PY2C_NULL with the exception */
    uint32_t kinds;   /* the (one) argument's types must be among these TY_* kinds (0: any) */
    const char *c_fn_d; /* Py2cValue f(double) for a float argument, or NULL */
} BuiltinFn;

static const BuiltinFn builtin_fns[] = {
    {"len", 1, "py2c_fast_len", 0, NULL},
    {"int", 1, "py2c_math_int_of_float", TY_FLOAT, "py2c_int_from_double"},
    {"float", 1, "py2c_math_float_of_int", TY_INT | TY_BOOL, NULL},
    {"abs", 1, "py2c_absolute", TY_FLOAT | TY_INT | TY_BOOL, "py2c_math_abs_d"},
};

bool lw_builtin_fn_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const AstNode *f = e->u.call.func;
    if (f->kind != AST_NAME || e->u.call.keywords.len > 0 || c->fn->scope->kind == RES_CLASS) return false;
    if (!c->direct || c->direct->dynamic) return false;
    const BuiltinFn *b = NULL;
    for (size_t i = 0; i < sizeof builtin_fns / sizeof builtin_fns[0]; i++)
        if (strcmp(builtin_fns[i].name, f->u.name.id) == 0) b = &builtin_fns[i];
    int n = e->u.call.args.len;
    if (!b || n != b->nargs || !lw_is_builtin(c, b->name)) return false;
    for (int i = 0; i < n; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return false;
    if (b->kinds) {
        const AstNode *arg = e->u.call.args.items[0];
        if (!c->types) return false;
        TyType t = ty_use(c->types, arg);
        if (!ty_only(t, b->kinds)) return false;
        if (b->c_fn_d && c->fn->unboxing && ty_only(t, TY_FLOAT)) {
            IrOperand x = lw_fexpr(c, arg);
            *out = lw_call_v(c, b->c_fn_d, &x, 1, loc);
            return true;
        }
    }
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
    lw_exprs(c, e->u.call.args.items, n, v);
    *out = lw_call_v(c, b->c_fn, v, n, loc);
    for (int i = 0; i < n; i++) lw_release(c, v[i]);
    return true;
}
