/* Unboxed floats (issue #7): where whole-program type inference
 * (src/types, docs/types.md) proves values are floats, arithmetic and
 * comparisons on them lower to C doubles (py2c/float_fast.h) instead of the
 * boxed py2c_fast_binary_op, and plain locals that only ever hold floats
 * become C doubles (IrVar.unboxed, ir/ir.h). Values are boxed only where
 * they leave for boxed code (calls, containers, attributes, returns).
 *
 * What is unboxed, and why it keeps Python's semantics exactly:
 *  - `a + b`, `a - b`, `a * b`, `a / b`, `-a`, `+a` where both operands are
 *    proven floats, or one is and the other an int or bool (converted after
 *    both are evaluated, as float's operators convert it: correctly rounded,
 *    OverflowError when too large; constants up to 2**53 at compile time),
 *    `a ** b` of such operands where inference proves the result a float
 *    (py2c_ff_pow: CPython's float_pow, its ZeroDivisionError and
 *    OverflowError included),
 *    and one-link comparisons `a < b` (`<= == != > >=`) of two floats or a
 *    float and an int constant up to 2**53 (exact). One IEEE operation each:
 *    the same double CPython computes, -0.0, inf and nan included; `/`
 *    checks for zero first and raises "float division by zero" at the same
 *    traceback location as the boxed path.
 *  - Plain locals of a def (not generators, class bodies, comprehensions)
 *    whose every binding is a float. Reads that may find them unbound keep
 *    their check (a flag next to the double).
 * Only one-module programs are analysed: the analysis must see every caller.
 * Everything else stays on the boxed path. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"
#include "types/types.h"

#define FF_EXACT_INT ((int64_t)1 << 53) /* ints up to this magnitude are exact doubles */

void lw_types_begin(LwCtx *c, const AstModule *am) {
    if (c->prog && c->prog->n != 1) return;
    TyModuleIn in = {am, "__main__", am->src->path};
    c->types = ty_analyze(&in, 1);
}

void lw_types_end(LwCtx *c) {
    if (c->types) ty_program_free(c->types);
    c->types = NULL;
}

void lw_choose_unboxed(LwCtx *c, LwFunc *fn) {
    const ResScope *s = fn->scope;
    if (!c->types || (s->kind != RES_FUNCTION && s->kind != RES_LAMBDA) || s->generator) return;
    fn->unboxing = true;
    for (int i = 0; i < fn->vars.len; i++) {
        IrVar *v = &fn->vars.items[i];
        if (v->kind != IR_VAR_LOCAL || v->name[0] == '.') continue;
        v->unboxed = ty_only(ty_local(c->types, s->node, v->name), TY_FLOAT);
    }
}

static bool is_float(LwCtx *c, const AstNode *e) { return ty_only(ty_use(c->types, e), TY_FLOAT); }

/* An int constant (or its negation) exact as a double: *d. */
static bool small_int_const(const AstNode *e, double *d) {
    bool neg = false;
    if (e->kind == AST_UNARY_OP && e->u.unary_op.op == AST_OP_USUB) {
        neg = true;
        e = e->u.unary_op.operand;
    }
    if (e->kind != AST_CONSTANT || e->u.constant.kind != AST_CONST_INT || !e->u.constant.fits_i64) return false;
    int64_t v = e->u.constant.i64;
    if (v > FF_EXACT_INT || v < -FF_EXACT_INT) return false;
    *d = neg ? -(double)v : (double)v;
    return true;
}

/* A float constant (or its negation, as CPython folds it): *d. */
static bool float_const(const AstNode *e, double *d) {
    bool neg = false;
    if (e->kind == AST_UNARY_OP && (e->u.unary_op.op == AST_OP_USUB || e->u.unary_op.op == AST_OP_UADD)) {
        neg = e->u.unary_op.op == AST_OP_USUB;
        e = e->u.unary_op.operand;
    }
    if (e->kind != AST_CONSTANT || e->u.constant.kind != AST_CONST_FLOAT) return false;
    *d = neg ? -e->u.constant.f : e->u.constant.f;
    return true;
}

/* Operands a, b of a float comparison: both floats, or a float beside an
 * exact int constant (float/int comparisons are exact in Python, so an int
 * value that could be large is left to the boxed path). */
static bool float_pair(LwCtx *c, const AstNode *a, const AstNode *b) {
    double d;
    bool fa = is_float(c, a), fb = is_float(c, b);
    return (fa && fb) || (fa && small_int_const(b, &d)) || (fb && small_int_const(a, &d));
}

static bool is_intlike(LwCtx *c, const AstNode *e) { return ty_only(ty_use(c->types, e), TY_INT | TY_BOOL); }

/* Operands a, b of float arithmetic: both floats, or a float beside an int
 * or bool, which float's operators convert (correctly rounded, or
 * OverflowError) before computing: py2c_ff_of_int does the same. */
static bool arith_pair(LwCtx *c, const AstNode *a, const AstNode *b) {
    bool fa = is_float(c, a), fb = is_float(c, b);
    return (fa && (fb || is_intlike(c, b))) || (fb && is_intlike(c, a));
}

bool lw_float_op(LwCtx *c, const AstNode *e) {
    if (!c->fn->unboxing) return false;
    if (e->kind == AST_BIN_OP) {
        switch (e->u.bin_op.op) {
        case AST_OP_ADD:
        case AST_OP_SUB:
        case AST_OP_MULT:
        case AST_OP_DIV: return arith_pair(c, e->u.bin_op.left, e->u.bin_op.right);
        /* a power is a float only where inference says so (a negative base
         * to a fractional power is a complex) */
        case AST_OP_POW: return arith_pair(c, e->u.bin_op.left, e->u.bin_op.right) && is_float(c, e);
        default: return false;
        }
    }
    if (e->kind == AST_UNARY_OP && (e->u.unary_op.op == AST_OP_USUB || e->u.unary_op.op == AST_OP_UADD))
        return is_float(c, e->u.unary_op.operand);
    return false;
}

static const char *cmp_fn(AstOp op) {
    switch (op) {
    case AST_OP_LT: return "py2c_ff_lt";
    case AST_OP_LT_E: return "py2c_ff_le";
    case AST_OP_EQ: return "py2c_ff_eq";
    case AST_OP_NOT_EQ: return "py2c_ff_ne";
    case AST_OP_GT: return "py2c_ff_gt";
    case AST_OP_GT_E: return "py2c_ff_ge";
    default: return NULL;
    }
}

bool lw_float_compare(LwCtx *c, const AstNode *e) {
    if (!c->fn->unboxing || e->kind != AST_COMPARE || e->u.compare.op_count != 1 || !cmp_fn(e->u.compare.ops[0]))
        return false;
    return float_pair(c, e->u.compare.left, e->u.compare.comparators.items[0]);
}

static IrOperand ftemp(LwCtx *c) { return (IrOperand){IR_OPND_FTEMP, c->fn->floats++, NULL, NULL, 0}; }

static IrOperand fconst(LwCtx *c, double d) {
    IrOperand k = lw_const(c, (IrConst){.kind = IR_CONST_FLOAT, .f = d});
    k.kind = IR_OPND_FCONST;
    return k;
}

/* dest = fn(args) on doubles (cannot fail). */
static IrOperand fcall(LwCtx *c, const char *fn, const IrOperand *args, int n) {
    IrOperand d = ftemp(c);
    lw_call_to(c, fn, args, n, -1, IR_CHECK_NONE)->dest = d;
    return d;
}

/* The left operand of a binary operation, copied when evaluating the right
 * one could rebind the variable it reads (a walrus). */
static IrOperand left_operand(LwCtx *c, const AstNode *l, const AstNode *r) {
    IrOperand v = lw_fexpr(c, l);
    if (v.kind == IR_OPND_FVAR && lw_impure(r)) v = fcall(c, "py2c_ff_copy", &v, 1);
    return v;
}

/* An operand of float arithmetic: a double, or (*is_int) the boxed int
 * value, converted only once both operands are evaluated, as the operator
 * itself converts it (to_double). later: the operand evaluated after it. */
static IrOperand arith_operand(LwCtx *c, const AstNode *e, const AstNode *later, bool *is_int) {
    double d;
    *is_int = !float_const(e, &d) && !small_int_const(e, &d) && !is_float(c, e);
    if (!*is_int) return later ? left_operand(c, e, later) : lw_fexpr(c, e);
    IrOperand v = lw_expr(c, e);
    bool variable = v.kind == IR_OPND_VAR || v.kind == IR_OPND_DEREF || v.kind == IR_OPND_GLOBAL;
    if (later && variable && lw_impure(later)) v = lw_own(c, v);
    return v;
}

/* (&f<k> as C text: unboxing never happens in generators, whose
 * temporaries would live in their frame) */
static IrOperand to_double(LwCtx *c, IrOperand v, int loc) {
    IrOperand f = ftemp(c);
    IrOperand a[2] = {v, lw_cf(c, "&f%d", f.index)};
    lw_call_s(c, "py2c_ff_of_int", a, 2, loc);
    lw_release(c, v);
    return f;
}

/* l <op> r on doubles; a division checks r first (traceback location loc). */
static IrOperand arith(LwCtx *c, AstOp op, IrOperand l, IrOperand r, int loc) {
    IrOperand a[2] = {l, r};
    switch (op) {
    case AST_OP_ADD: return fcall(c, "py2c_ff_add", a, 2);
    case AST_OP_SUB: return fcall(c, "py2c_ff_sub", a, 2);
    case AST_OP_MULT: return fcall(c, "py2c_ff_mul", a, 2);
    case AST_OP_DIV: lw_call_s(c, "py2c_ff_div_check", &r, 1, loc); return fcall(c, "py2c_ff_div", a, 2);
    case AST_OP_POW: {
        IrOperand f = ftemp(c);
        IrOperand p[3] = {l, r, lw_cf(c, "&f%d", f.index)};
        lw_call_s(c, "py2c_ff_pow", p, 3, loc);
        return f;
    }
    default: INTERNAL_ERROR("no unboxed float operator %s", ast_op_name(op));
    }
}

static IrOperand unbox_value(LwCtx *c, IrOperand v);

IrOperand lw_fexpr(LwCtx *c, const AstNode *e) {
    double d;
    if (float_const(e, &d) || small_int_const(e, &d)) return fconst(c, d);
    if (lw_float_op(c, e)) {
        if (e->kind == AST_UNARY_OP) {
            IrOperand x = lw_fexpr(c, e->u.unary_op.operand);
            return e->u.unary_op.op == AST_OP_USUB ? fcall(c, "py2c_ff_neg", &x, 1) : x;
        }
        bool li, ri;
        IrOperand l = arith_operand(c, e->u.bin_op.left, e->u.bin_op.right, &li);
        IrOperand r = arith_operand(c, e->u.bin_op.right, NULL, &ri);
        int loc = lw_loc(c, e);
        if (li) l = to_double(c, l, loc);
        if (ri) r = to_double(c, r, loc);
        return arith(c, e->u.bin_op.op, l, r, loc);
    }
    /* any other expression proven a float: its (immediate) value's double */
    IrOperand v = lw_expr(c, e);
    if (v.kind == IR_OPND_VAR && c->fn->vars.items[v.index].unboxed) {
        v.kind = IR_OPND_FVAR;
        return v;
    }
    return unbox_value(c, v);
}

/* The double of v, a value proven a float; a temporary is forgotten (a
 * float is an immediate: it needs no release). */
static IrOperand unbox_value(LwCtx *c, IrOperand v) {
    IrOperand f = fcall(c, "py2c_float_value", &v, 1);
    if (v.kind == IR_OPND_TEMP) {
        IrInstr *in = lw_emit(c, IR_STORE);
        in->dest = v;
        in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
        in->args[0] = lw_absent;
        in->nargs = 1;
        in->keep = true;
        lw_moved(c, v);
    }
    return f;
}

IrOperand lw_box_double(LwCtx *c, IrOperand d) {
    IrOperand t = lw_temp(c);
    lw_call_to(c, "py2c_float", &d, 1, -1, IR_CHECK_NONE)->dest = t;
    return t;
}

IrOperand lw_float_compare_truth(LwCtx *c, const AstNode *e) {
    const AstNode *rn = e->u.compare.comparators.items[0];
    IrOperand a[2];
    a[0] = left_operand(c, e->u.compare.left, rn);
    a[1] = lw_fexpr(c, rn);
    IrOperand n = lw_int(c);
    lw_call_to(c, cmp_fn(e->u.compare.ops[0]), a, 2, -1, IR_CHECK_NONE)->dest = n;
    return n;
}

/* The unboxed local that Name target t stores into, or -1. */
static int unboxed_target(LwCtx *c, const AstNode *t) {
    if (!c->fn->unboxing || t->kind != AST_NAME) return -1;
    const char *name = lw_mangle(c, t->u.name.id);
    for (int i = 0; i < c->fn->vars.len; i++)
        if (strcmp(c->fn->vars.items[i].name, name) == 0) return c->fn->vars.items[i].unboxed ? i : -1;
    return -1;
}

static void store_double(LwCtx *c, int var, IrOperand d) {
    IrInstr *in = lw_emit(c, IR_STORE);
    in->dest = (IrOperand){IR_OPND_VAR, var, NULL, NULL, 0};
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = d;
    in->nargs = 1;
    in->keep = true;
}

/* `x = e` (one target) into an unboxed x: e as a double. */
bool lw_unboxed_assign(LwCtx *c, const AstNode *s) {
    if (s->u.assign.targets.len != 1) return false;
    int var = unboxed_target(c, s->u.assign.targets.items[0]);
    const AstNode *value = s->u.assign.value;
    double d;
    if (var < 0 || !(is_float(c, value) || float_const(value, &d))) return false;
    store_double(c, var, lw_fexpr(c, value));
    return true;
}

/* Whether `target op= value` is float arithmetic on doubles: + - * / with a
 * float or int value (the target's own type is the caller's check). */
static bool float_aug_operands(LwCtx *c, const AstNode *s) {
    AstOp op = s->u.aug_assign.op;
    const AstNode *value = s->u.aug_assign.value;
    double d;
    return c->fn->unboxing && (op == AST_OP_ADD || op == AST_OP_SUB || op == AST_OP_MULT || op == AST_OP_DIV) &&
           (is_float(c, value) || small_int_const(value, &d) || is_intlike(c, value));
}

/* cur op value on doubles (cur a double already read; value evaluated now). */
static IrOperand aug_arith(LwCtx *c, const AstNode *s, IrOperand cur) {
    int loc = lw_loc(c, s);
    bool ri;
    IrOperand r = arith_operand(c, s->u.aug_assign.value, NULL, &ri);
    if (ri) r = to_double(c, r, loc);
    return arith(c, s->u.aug_assign.op, cur, r, loc);
}

/* `x op= e` into an unboxed x: float has no in-place operators, so it is
 * x = x op e (x read first, with its bound check). */
bool lw_unboxed_aug_assign(LwCtx *c, const AstNode *s) {
    const AstNode *t = s->u.aug_assign.target;
    int var = unboxed_target(c, t);
    if (var < 0 || !float_aug_operands(c, s)) return false;
    IrOperand cur = lw_load_name(c, t->u.name.id, t);
    if (cur.kind != IR_OPND_VAR || cur.index != var) INTERNAL_ERROR("unboxed target %s is not its variable", t->u.name.id);
    cur.kind = IR_OPND_FVAR;
    if (lw_impure(s->u.aug_assign.value)) cur = fcall(c, "py2c_ff_copy", &cur, 1);
    store_double(c, var, aug_arith(c, s, cur));
    return true;
}

bool lw_unboxed_parallel_value(LwCtx *c, const AstNode *t, const AstNode *value, IrOperand *d) {
    double k;
    if (unboxed_target(c, t) < 0 || !(is_float(c, value) || float_const(value, &k))) return false;
    *d = lw_fexpr(c, value);
    if (d->kind == IR_OPND_FVAR) *d = fcall(c, "py2c_ff_copy", d, 1);
    return true;
}

void lw_unboxed_parallel_store(LwCtx *c, const AstNode *t, IrOperand d) { store_double(c, unboxed_target(c, t), d); }

bool lw_float_inplace_applies(LwCtx *c, const AstNode *s) {
    return float_aug_operands(c, s) && is_float(c, s->u.aug_assign.target); /* (unboxing: types known) */
}

IrOperand lw_float_inplace(LwCtx *c, const AstNode *s, IrOperand cur) {
    return lw_box_double(c, aug_arith(c, s, unbox_value(c, cur)));
}
