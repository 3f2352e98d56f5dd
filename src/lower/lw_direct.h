/* Direct calls (issue #7): what lw_direct.c (module-level defs and classes,
 * the program walk) and lw_method.c (construction, methods, operators of
 * program classes) share, and the hooks lw_expr.c calls. Only src/lower
 * includes this. */
#ifndef PY2C_LOWER_LW_DIRECT_H
#define PY2C_LOWER_LW_DIRECT_H

#include "common/name_index.h"
#include "lower/lw_internal.h"

/* A def or class statement of the module body, and how often its global
 * name is bound anywhere in the program. */
typedef struct LwDirect {
    const char *name;
    const AstNode *def; /* a FUNCTION_DEF or CLASS_DEF statement of the module body */
    int nbind;          /* bindings of the global `name` anywhere */
    int npos;
    bool ok;            /* a def: the def itself qualifies (lw_direct_def_ok) */
    const char *c_name; /* a def: its body's C name, once chosen */
} LwDirect;

/* A store or deletion of an attribute (`x.name = v`, `del x.name`, the
 * target of `x.name += v`, of for/with/...), name mangled as lowered. */
typedef struct LwAttrStore {
    const char *name;
    const AstNode *recv; /* x */
} LwAttrStore;

/* The C name chosen for a method's body (lw_method.c). */
typedef struct LwMethodName {
    const AstNode *def;
    const char *c_name;
} LwMethodName;

typedef struct LwDirectState {
    VEC(LwDirect) defs;
    NameIndex def_index; /* of defs, by name */
    VEC(LwAttrStore) stores;
    VEC(LwMethodName) methods;
    bool dynamic; /* the program may rebind globals behind the compiler's back */
    /* setattr/delattr or an attribute __dict__/__setattr__/__delattr__ appear:
     * any object's attributes may change by a name not written in the source */
    bool reflective;
} LwDirectState;

/* lw_direct.c */
/* The module-level def or class `name` when it is the only binding of that
 * global in a program that cannot rebind globals dynamically, else NULL. */
LwDirect *lw_direct_sole(LwCtx *c, const char *name);
/* Whether a def's own shape allows direct calls: a plain def (no
 * decorators), no *args, **kwargs or keyword-only parameters, not a
 * generator, no free variables (the body never looks at its function
 * object, so NULL is passed for it). */
bool lw_direct_def_ok(LwCtx *c, const AstNode *def);
/* Binds call e's arguments to def's positional parameters after the first
 * `skip` (given by the caller: the instance): slot[i] is the parameter index
 * of the i-th argument operand (positional ones, then keyword values), or
 * false when they do not bind exactly (the generic call raises then). */
bool lw_direct_bind(LwCtx *c, const AstNode *def, const AstNode *e, int skip, int **slot);

/* lw_method.c */
/* The C name of a method of a module-level class (chosen at the first
 * request), or NULL for any other def. */
const char *lw_method_c_name(LwCtx *c, const AstNode *def);
/* C(args), obj.m(args), a OP b (BinOp e), `a OP= b` (AugAssign s whose
 * target's value is cur and right side v: both consumed by the call when it
 * is direct): a direct call into *out (a new temporary) when the conditions
 * at the top of lw_method.c hold; false: nothing emitted. */
bool lw_method_construct(LwCtx *c, const AstNode *e, int loc, IrOperand *out);
bool lw_method_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out);
bool lw_method_binop(LwCtx *c, const AstNode *e, IrOperand *out);
bool lw_method_inplace(LwCtx *c, const AstNode *s, IrOperand cur, IrOperand v, int loc, IrOperand *out);

#endif
