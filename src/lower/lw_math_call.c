/* Direct calls of math module functions (issue #7): `math.sqrt(x)`,
 * `math.floor(x)`, `math.cos(x)`... lower to a C call of the runtime's entry
 * point for that function (py2c/math_direct.h) instead of a method lookup on
 * the module and a generic call: with the argument as a double when type
 * inference proves it a float (lw_fexpr), else boxed (converted exactly as
 * the math function converts it). Results and errors are the function's own
 * (the same code in runtime/src/mod_math.c), at the call's location.
 *
 * Only where `math` certainly is the math module with its own functions:
 *  - a one-module program that cannot rebind globals dynamically
 *    (lw_direct.c's `dynamic`), code that reads `math` as the global (not a
 *    class body);
 *  - the global `math` is bound exactly once, by a plain `import math`
 *    statement of the module body, and the call comes after that statement
 *    (so the global is bound: nothing else binds or deletes it; no
 *    `global math` rebinding in any function);
 *  - nothing in the program can replace a function of a module: no name
 *    setattr/delattr, no attribute __dict__/__setattr__/__delattr__, no
 *    attribute store or deletion named like the called function;
 *  - exactly one plain positional argument (else the generic call raises). */
#include <string.h>

#include "lower/lw_direct.h"
#include "lower/lw_internal.h"
#include "types/types.h"

typedef struct MathFn {
    const char *name;
    const char *c_fn;   /* Py2cValue f(Py2cValue) */
    const char *c_fn_d; /* Py2cValue f(double) */
} MathFn;

#define D1(n) {#n, "py2c_math_" #n, "py2c_math_" #n "_d"},
static const MathFn math_fns[] = {
    {"sqrt", "py2c_math_sqrt", "py2c_math_sqrt_i"},
    D1(acos) D1(acosh) D1(asin) D1(asinh) D1(atan) D1(atanh) D1(cbrt) D1(cos) D1(cosh) D1(erf) D1(erfc)
    D1(exp) D1(exp2) D1(expm1) D1(fabs) D1(gamma) D1(lgamma) D1(log1p) D1(sin) D1(sinh) D1(tan)
    D1(tanh) D1(degrees) D1(radians) D1(log) D1(floor) D1(ceil) D1(trunc)
};
#undef D1

/* Whether some attribute store or deletion anywhere names attr. */
static bool attr_stored(const LwDirectState *st, const char *attr) {
    for (int i = 0; i < st->stores.len; i++)
        if (strcmp(st->stores.items[i].name, attr) == 0) return true;
    return false;
}

/* Whether any scope but the module's rebinds the global `math` (global math). */
static bool rebound_inside(const ResScope *s) {
    for (int i = 0; i < s->children.len; i++) {
        const ResScope *k = s->children.items[i];
        const ResSymbol *sym = res_lookup(k, "math");
        if (sym && sym->kind == RES_GLOBAL_EXPLICIT && sym->nbind > 0) return true;
        if (rebound_inside(k)) return true;
    }
    return false;
}

/* Whether `math` read at call e is the math module with its own `attr`. */
static bool math_is_module(LwCtx *c, const AstNode *e, const char *attr) {
    if (!c->direct || c->direct->dynamic || c->fn->scope->kind == RES_CLASS || !lw_reads_global(c, "math"))
        return false;
    const ResScope *mod = c->res.module;
    const ResSymbol *sym = res_lookup(mod, "math");
    if (!sym || sym->nbind != 1 || rebound_inside(mod)) return false;
    const AstNode *root = mod->node;
    const AstNode *imp = NULL;
    for (int i = 0; i < root->u.module.body.len && !imp; i++) {
        const AstNode *s = root->u.module.body.items[i];
        if (s->kind != AST_IMPORT) continue;
        for (int j = 0; j < s->u.import.names.len; j++) {
            const AstNode *a = s->u.import.names.items[j];
            if (strcmp(a->u.alias.name, "math") == 0 && !a->u.alias.asname.name) imp = s;
        }
    }
    if (!imp || e->span.start_byte < imp->span.end_byte) return false;
    return !c->direct->reflective && !attr_stored(c->direct, attr);
}

bool lw_math_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const AstNode *f = e->u.call.func;
    const AstNode *m = f->u.attribute.value;
    if (m->kind != AST_NAME || strcmp(m->u.name.id, "math") != 0) return false;
    if (e->u.call.keywords.len != 0 || e->u.call.args.len != 1) return false;
    const AstNode *arg = e->u.call.args.items[0];
    if (arg->kind == AST_STARRED) return false;
    const MathFn *mf = NULL;
    for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++)
        if (strcmp(math_fns[i].name, f->u.attribute.attr.name) == 0) mf = &math_fns[i];
    if (!mf || !math_is_module(c, e, mf->name)) return false;
    if (c->types && c->fn->unboxing && ty_only(ty_use(c->types, arg), TY_FLOAT)) {
        IrOperand x = lw_fexpr(c, arg);
        *out = lw_call_v(c, mf->c_fn_d, &x, 1, loc);
        return true;
    }
    IrOperand v = lw_expr(c, arg);
    *out = lw_call_v(c, mf->c_fn, &v, 1, loc);
    lw_release(c, v);
    return true;
}
