/* Direct calls into program classes (issue #7): construction, method calls
 * and binary operators whose target def is known at compile time become C
 * calls of that def's body, as lw_direct.c does for module-level defs (the
 * body takes its parameters as new references, enters the recursion limit
 * and adds its own traceback entry; the caller's traceback location is the
 * generic call's). Everything here needs type inference (c->types) and
 * lw_direct.c's program facts (a one-module program that cannot reach its
 * globals dynamically), and answers false (generic call) otherwise.
 *
 * A class K qualifies when it is a statement of the module body and
 * ty_class_closed(K): no decorators, no class keywords (metaclass), single
 * inheritance of such program classes up to object, no __new__,
 * __getattr__, __getattribute__, __setattr__, __delattr__, __slots__,
 * __init_subclass__, __class_getitem__ anywhere up its bases (so its MRO is
 * K, K's base, ..., object, its metatype is type and its instances are made
 * by object.__new__). Name `m` RESOLVES in K to def D when the first class
 * of that chain whose body binds m binds it exactly once (ty_scope_binds:
 * every kind of binding and `del` counted), by D, a `def` statement of that
 * class body itself, and D's class is a statement of the module body (so
 * D's body is lowered once, under the C name lw_method_c_name gives it). D
 * must pass lw_direct_def_ok (plain def, no decorators, no *args, **kwargs or
 * keyword-only parameters, not a generator, no free variables: no super()
 * or __class__). m is NOT REBOUND when every store or deletion of an
 * attribute named m anywhere in the program (`x.m = v`, `del x.m`, `x.m +=
 * v`, for/with targets...) has a receiver x that inference proves is only
 * ever an instance of program classes (never a class object, a module or
 * anything unknown; a receiver inference never saw evaluated counts as
 * unknown); setattr/delattr/vars/__dict__ make the analysis answer `any`
 * everywhere, so nothing qualifies then, nor when `__bases__` is rebound.
 *
 * 1. Construction `C(args)`: C is read as a global bound only by a class
 *    statement K (lw_direct_sole) that qualifies; `__init__` resolves in K
 *    to D; neither `__init__` nor `__new__` is rebound; no class of the
 *    chain binds `__del__` (see below); inference proves D returns only
 *    None (else the generic call raises the TypeError: D's result stays in
 *    a temporary that is released later, which must not own anything); the
 *    arguments bind exactly to D's positional parameters after self
 *    (lw_direct_bind, as lw_direct.c for defs). Lowered as CPython's
 *    type_call for such a class:
 *        inst = py2c_instance_alloc(C)        ; object.__new__(C)
 *        py2c_recursion_enter_call()          ; _PyObject_MakeTpCall's step
 *        r = D_body(NULL, {inst, args...})    ; r may be NULL: not checked
 *        py2c_recursion_leave()
 *        py2c_init_result(r)                  ; NULL: __init__'s error, at the call
 *    (CPython counts the call of a class as one level of recursion besides
 *    __init__'s frame.) The allocation comes before the depth step so that
 *    every exit leaves the depth balanced without an extra handler; a class
 *    with __del__ would see an instance freed after a RecursionError that
 *    CPython never allocates, hence the `__del__` condition. Where the class
 *    statement may not have run yet (calls before it in the source), C is
 *    loaded first with its NameError check, as the generic call does.
 * 2. Method call `obj.m(args)`: inference proves obj is only ever an
 *    instance of exactly the program classes K1..Kn (ty_use: instance kinds
 *    only, no subclass hidden: instances of a subclass are of that subclass),
 *    each qualifies and resolves m to the same D; m is not an instance
 *    attribute name of any Ki (ty_attr_names, mangled or not: the instance
 *    dict never holds m, so the class attribute is what obj.m finds) and m
 *    is not rebound; the arguments bind to D's parameters after self. The
 *    method lookup of the generic path cannot fail or run code here, so
 *    only its order differs (after the arguments instead of before).
 * 3. Binary operator `a OP b` (`a OP= b`: the same when no Ki resolves the
 *    in-place method __iOP__, which would run first): a is only ever an
 *    instance of exactly K1..Kn, each qualifying and resolving __OP__ to the
 *    same D with exactly two positional parameters; D's source never
 *    mentions NotImplemented and inference proves D's result is never `any`
 *    (NotImplemented is `any` to it), so D never returns NotImplemented and
 *    CPython returns D's result as is; __OP__, __rOP__ (and __iOP__) are
 *    not rebound; b's type has no `any`, every class of b is closed (its
 *    bases are a known single chain: class S(Mixin, K) would be a subclass
 *    of K with another MRO), and no class of b is a proper
 *    subclass of some Ki with a class between it and Ki (itself included)
 *    binding __rOP__ (CPython's binary_op1 and SLOT1BINFULL call such an
 *    overriding reflected method first). Every other b (same class, other
 *    program classes, builtin values) gets D(a, b) first in CPython too. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_direct.h"
#include "types/types.h"

/* The step CPython's call of a class takes on the recursion depth (its
 * message ends " while calling a Python object"). */
#define CTOR_ENTER "py2c_recursion_enter_call"

static bool rebound(LwCtx *c, const char *name);

/* (`K.__bases__ = ...` changes every MRO: nothing then) */
static bool usable(LwCtx *c) { return c->types && c->direct && !c->direct->dynamic && !rebound(c, "__bases__"); }

/* Whether class k is a statement of the module body. */
static bool module_class(LwCtx *c, const AstNode *k) {
    const AstNode *mod = c->res.module->node;
    const AstList *body = &mod->u.module.body;
    for (int i = 0; i < body->len; i++)
        if (body->items[i] == k) return true;
    return false;
}

static bool in_body(const AstList *body, const AstNode *s) {
    for (int i = 0; i < body->len; i++)
        if (body->items[i] == s) return true;
    return false;
}

const char *lw_method_c_name(LwCtx *c, const AstNode *def) {
    if (!c->direct || def->kind != AST_FUNCTION_DEF) return NULL;
    LwDirectState *st = c->direct;
    for (int i = 0; i < st->methods.len; i++)
        if (st->methods.items[i].def == def) return st->methods.items[i].c_name;
    const ResScope *s = res_scope_of(&c->res, def);
    const ResScope *k = s ? s->parent : NULL;
    if (!k || k->kind != RES_CLASS || !module_class(c, k->node) || !in_body(&k->node->u.class_def.body, def))
        return NULL;
    const char *name = lw_c_func_name(c, "f_", s->qualname);
    VEC_PUSH(&st->methods, ((LwMethodName){def, name}));
    return name;
}

/* Whether class k qualifies (the comment at the top). */
static bool class_ok(LwCtx *c, const AstNode *k) {
    return k && k->kind == AST_CLASS_DEF && module_class(c, k) && ty_class_closed(c->types, k);
}

/* Whether some class of k's chain binds name. */
static bool chain_binds(LwCtx *c, const AstNode *k, const AstNode *stop, const char *name) {
    for (; k && k != stop; k = ty_class_base(c->types, k)) {
        const AstNode *b;
        if (ty_scope_binds(c->types, k, name, &b) > 0) return true;
    }
    return false;
}

/* The def that name resolves to in qualifying class k, or NULL. */
static const AstNode *resolve(LwCtx *c, const AstNode *k, const char *name) {
    if (!class_ok(c, k)) return NULL;
    for (; k; k = ty_class_base(c->types, k)) {
        const AstNode *b;
        int n = ty_scope_binds(c->types, k, name, &b);
        if (n == 0) continue;
        if (n != 1 || !b || !in_body(&k->u.class_def.body, b) || !module_class(c, k) || !lw_direct_def_ok(c, b))
            return NULL;
        return b;
    }
    return NULL;
}

static bool rebound(LwCtx *c, const char *name) {
    const LwDirectState *st = c->direct;
    for (int i = 0; i < st->stores.len; i++) {
        if (strcmp(st->stores.items[i].name, name) != 0) continue;
        TyType t = ty_use(c->types, st->stores.items[i].recv);
        if (!t.kinds || (t.kinds & ~(uint32_t)TY_INSTANCE)) return true; /* (never evaluated: not trusted) */
    }
    return false;
}

/* The program classes of an `instance only` type (NULL count: not one). */
static int instance_classes(LwCtx *c, TyType t, const AstNode **out) {
    if (t.kinds != TY_INSTANCE || !t.classes) return 0;
    int n = 0;
    for (int id = 0; id < 64; id++) {
        if (!(t.classes & ((uint64_t)1 << id))) continue;
        const AstNode *k = ty_class_node(c->types, id);
        if (!k) return 0;
        out[n++] = k;
    }
    return n;
}

/* The def that name resolves to in every class of t (only instances of
 * qualifying classes), or NULL; the classes into ks and their count into *nk. */
static const AstNode *resolve_all(LwCtx *c, TyType t, const char *name, const AstNode **ks, int *nk) {
    const AstNode *buf[64];
    if (!ks) ks = buf;
    int n = instance_classes(c, t, ks);
    if (nk) *nk = n;
    const AstNode *d = NULL;
    for (int i = 0; i < n; i++) {
        const AstNode *di = resolve(c, ks[i], name);
        if (!di || (d && di != d)) return NULL;
        d = di;
    }
    return d;
}

/* The direct call of def's body with params (operands, consumed), into a new temporary. */
static IrOperand direct_call(LwCtx *c, const AstNode *def, IrOperand *params, int n, int loc, IrCheck check) {
    const char *c_name = lw_method_c_name(c, def);
    if (!c_name) INTERNAL_ERROR("no C name for a method called directly");
    for (int i = 0; i < n; i++) /* globals and cells are read into references of their own */
        if (params[i].kind == IR_OPND_GLOBAL || params[i].kind == IR_OPND_DEREF) params[i] = lw_own(c, params[i]);
    IrOperand a[2] = {lw_c("NULL"), lw_array(c, params, n)};
    IrOperand r = lw_temp(c);
    IrInstr *in = lw_call_to(c, c_name, a, 2, loc, check);
    in->dest = r;
    in->direct = true;
    for (int i = 0; i < n; i++) lw_moved(c, params[i]); /* the body owns them now */
    return r;
}

/* ---- 1. construction ------------------------------------------------------------ */

static bool is_const(const AstNode *e) { return !e || e->kind == AST_CONSTANT; }

/* Whether running class body k runs no code of the program: only plain
 * defs whose defaults are constants (no annotations), docstrings, `pass` and
 * constants bound to names. */
static bool inert_body(const AstNode *k) {
    const AstList *body = &k->u.class_def.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        if (s->kind == AST_FUNCTION_DEF) {
            const AstNode *a = s->u.function_def.args;
            if (s->u.function_def.decorator_list.len || s->u.function_def.returns) return false;
            for (int j = 0; j < a->u.arguments.defaults.len; j++)
                if (!is_const(a->u.arguments.defaults.items[j])) return false;
            for (int j = 0; j < a->u.arguments.kw_defaults.len; j++)
                if (!is_const(a->u.arguments.kw_defaults.items[j])) return false;
            const AstList *lists[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args, &a->u.arguments.kwonlyargs};
            for (int l = 0; l < 3; l++)
                for (int j = 0; j < lists[l]->len; j++)
                    if (lists[l]->items[j]->u.arg.annotation) return false;
            if ((a->u.arguments.vararg && a->u.arguments.vararg->u.arg.annotation) ||
                (a->u.arguments.kwarg && a->u.arguments.kwarg->u.arg.annotation))
                return false;
        } else if (s->kind == AST_ASSIGN) {
            if (!is_const(s->u.assign.value)) return false;
            for (int j = 0; j < s->u.assign.targets.len; j++)
                if (s->u.assign.targets.items[j]->kind != AST_NAME) return false;
        } else if (!(s->kind == AST_PASS || (s->kind == AST_EXPR && is_const(s->u.expr.value)))) {
            return false;
        }
    }
    return true;
}

/* Whether global C, bound only by class statement k, is certainly bound
 * when call e runs: e comes after k's statement, or e is in the body of a
 * def of k's own body and running that body calls nothing (so no method of
 * k can run before k is bound: a closed class's creation runs no code of
 * the program either). */
static bool class_has_run(const AstNode *k, const AstNode *e) {
    if (e->span.start_byte >= k->span.end_byte) return true;
    if (!inert_body(k)) return false;
    const AstList *body = &k->u.class_def.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *d = body->items[i];
        if (d->kind != AST_FUNCTION_DEF || d->u.function_def.body.len == 0) continue;
        const AstList *b = &d->u.function_def.body;
        if (e->span.start_byte >= b->items[0]->span.start_byte && e->span.end_byte <= b->items[b->len - 1]->span.end_byte)
            return true;
    }
    return false;
}

bool lw_method_construct(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const AstNode *f = e->u.call.func;
    if (!usable(c) || f->kind != AST_NAME || c->fn->scope->kind == RES_CLASS) return false;
    const char *name = lw_mangle(c, f->u.name.id);
    LwDirect *d = lw_direct_sole(c, name);
    if (!d || d->def->kind != AST_CLASS_DEF || !lw_reads_global(c, name)) return false;
    const AstNode *k = d->def;
    const AstNode *init = resolve(c, k, "__init__");
    int *slot;
    if (!init || rebound(c, "__init__") || rebound(c, "__new__") || chain_binds(c, k, NULL, "__del__") ||
        !lw_direct_bind(c, init, e, 1, &slot))
        return false;
    /* __init__ returns None (or never returns): its result is PY2C_NULL or
     * None, which py2c_init_result takes without a reference to drop, so the
     * temporary may keep it (releasing None later is a no-op) */
    if (ty_return(c->types, init).kinds & ~(uint32_t)TY_NONE) return false;
    /* where the class statement has certainly run (so C is bound for
     * good) C is read after the arguments without a reference of its own;
     * elsewhere it is loaded first, with its NameError check */
    bool bound = class_has_run(k, e);
    if (!bound && lw_global_falls_back(c, name)) return false;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len, n = na + nk;
    IrOperand cls, *v;
    if (bound) {
        v = lw_call_args(c, e, NULL);
        cls = lw_load_name(c, f->u.name.id, f);
    } else {
        v = lw_call_args(c, e, f);
        cls = v[0];
        v++;
    }
    IrOperand inst = lw_call_v(c, "py2c_instance_alloc", &cls, 1, loc);
    lw_release(c, cls);
    (void)lw_call_i(c, CTOR_ENTER, NULL, 0, loc);
    IrOperand self = lw_temp(c);
    lw_store(c, self, inst, true); /* the body takes one reference; inst is the result */
    IrOperand *params = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n + 2);
    params[0] = self;
    for (int i = 0; i < n; i++) params[slot[i]] = v[i];
    IrOperand r = direct_call(c, init, params, n + 1, -1, IR_CHECK_NONE); /* PY2C_NULL goes to py2c_init_result */
    lw_call_to(c, "py2c_recursion_leave", NULL, 0, -1, IR_CHECK_NONE);
    (void)lw_call_i(c, "py2c_init_result", &r, 1, loc);
    lw_release(c, r); /* None (or PY2C_NULL): nothing was stolen */
    *out = inst;
    return true;
}

/* ---- 2. method calls --------------------------------------------------------------- */

static bool attr_name_of(LwCtx *c, const AstNode *k, const char *name, const char *raw) {
    const char *const *names;
    int n = ty_attr_names(c->types, k, &names);
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0 || strcmp(names[i], raw) == 0) return true;
    return false;
}

bool lw_method_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const AstNode *f = e->u.call.func;
    if (!usable(c) || f->kind != AST_ATTRIBUTE) return false;
    const char *raw = f->u.attribute.attr.name;
    const char *name = lw_mangle(c, raw);
    const AstNode *ks[64];
    int nk;
    const AstNode *def = resolve_all(c, ty_use(c->types, f->u.attribute.value), name, ks, &nk);
    int *slot;
    if (!def || rebound(c, name) || !lw_direct_bind(c, def, e, 1, &slot)) return false;
    for (int i = 0; i < nk; i++)
        if (attr_name_of(c, ks[i], name, raw)) return false;
    int n = e->u.call.args.len + e->u.call.keywords.len;
    IrOperand *v = lw_call_args(c, e, f->u.attribute.value); /* the receiver, then the arguments */
    IrOperand *params = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n + 2);
    params[0] = v[0];
    for (int i = 0; i < n; i++) params[slot[i]] = v[1 + i];
    *out = direct_call(c, def, params, n + 1, loc, IR_CHECK_NULL);
    return true;
}

/* ---- 3. binary operators ------------------------------------------------------------ */

static void find_notimpl(const AstNode *n, void *ctx) {
    bool *found = ctx;
    if (*found) return;
    if (n->kind == AST_NAME && strcmp(n->u.name.id, "NotImplemented") == 0) *found = true;
    if (n->kind == AST_ATTRIBUTE && strcmp(n->u.attribute.attr.name, "NotImplemented") == 0) *found = true;
    ast_for_each_child(n, find_notimpl, ctx);
}

/* The def a OP b (in place: a OP= b) calls directly for these operand
 * types, or NULL (conditions 3 at the top). */
static const AstNode *op_def(LwCtx *c, AstOp op, bool inplace, TyType ta, TyType tb) {
    const char *const *m = ty_op_methods(op);
    if (!m || !m[0] || !m[1]) return NULL;
    const AstNode *ks[64];
    int nk;
    const AstNode *def = resolve_all(c, ta, m[0], ks, &nk);
    if (!def || def->u.function_def.args->u.arguments.posonlyargs.len + def->u.function_def.args->u.arguments.args.len != 2)
        return NULL;
    if (rebound(c, m[0]) || rebound(c, m[1]) || (inplace && m[2] && rebound(c, m[2]))) return NULL;
    for (int i = 0; i < nk; i++)
        if (inplace && m[2] && chain_binds(c, ks[i], NULL, m[2])) return NULL;
    TyType rt = ty_return(c->types, def);
    if (rt.kinds & TY_ANY) return NULL;
    bool found = false;
    find_notimpl(def, &found);
    if (found) return NULL;
    /* b: nothing unknown, and no subclass of a's classes overriding __rOP__ */
    if (tb.kinds & TY_ANY) return NULL;
    const AstNode *bs[64];
    int nb = 0;
    for (int id = 0; id < 64 && (tb.kinds & TY_INSTANCE); id++)
        if (tb.classes & ((uint64_t)1 << id)) {
            bs[nb] = ty_class_node(c->types, id);
            /* (a closed class has a known single-inheritance chain) */
            if (!bs[nb] || !ty_class_closed(c->types, bs[nb])) return NULL;
            nb++;
        }
    for (int j = 0; j < nb; j++)
        for (int i = 0; i < nk; i++) {
            if (bs[j] == ks[i]) continue;
            bool sub = false;
            for (const AstNode *k = bs[j]; k && !sub; k = ty_class_base(c->types, k)) sub = k == ks[i];
            if (!sub) continue;
            if (!class_ok(c, bs[j]) || chain_binds(c, bs[j], ks[i], m[1])) return NULL;
        }
    return def;
}

bool lw_method_binop(LwCtx *c, const AstNode *e, IrOperand *out) {
    if (!usable(c)) return false;
    const AstNode *def = op_def(c, e->u.bin_op.op, false, ty_use(c->types, e->u.bin_op.left),
                                ty_use(c->types, e->u.bin_op.right));
    if (!def) return false;
    AstNode *parts[2] = {e->u.bin_op.left, e->u.bin_op.right};
    IrOperand v[2];
    lw_exprs(c, parts, 2, v);
    *out = direct_call(c, def, v, 2, lw_loc(c, e), IR_CHECK_NULL);
    return true;
}

bool lw_method_inplace(LwCtx *c, const AstNode *s, IrOperand cur, IrOperand v, int loc, IrOperand *out) {
    if (!usable(c)) return false;
    const AstNode *def = op_def(c, s->u.aug_assign.op, true, ty_use(c->types, s->u.aug_assign.target),
                                ty_use(c->types, s->u.aug_assign.value));
    if (!def) return false;
    IrOperand params[2] = {cur, v};
    *out = direct_call(c, def, params, 2, loc, IR_CHECK_NULL);
    return true;
}
