/* Fused int arithmetic (issue #7): an expression of two or more + - * // %
 * whose leaves are names and small int constants, and which type inference
 * proves an int, is computed on C int64_t values (py2c/int_fast.h) instead
 * of one boxed py2c_fast_binary_op per operator:
 *
 *     i64 a = small int value of x      (else: the boxed way)
 *     i64 b = a * 1103515245            (beyond +-2**62: the boxed way)
 *     ...
 *     result = py2c_int(r)              (beyond the small range: the boxed way)
 *
 * The boxed way is the ordinary lowering of the whole expression, emitted
 * once after the fast code; the fast code jumps there at the first operand
 * that is not a small int, division by zero or out-of-range value. Going
 * there recomputes from the start, which is exact because the leaves are
 * names and constants: reading a name twice has no effect and gives the
 * same value (no code runs between the two reads), and every operation
 * before the jump succeeded without side effects. A name read in the fast
 * code raises NameError/UnboundLocalError only where the boxed way would,
 * since every fallible operation before it branches first. So correctness
 * does not depend on the inference: it only says where fusing pays. */
#include "common/util.h"
#include "lower/lw_internal.h"
#include "types/types.h"

static const char *fused_fn(AstOp op) {
    switch (op) {
    case AST_OP_ADD: return "py2c_ii_add";
    case AST_OP_SUB: return "py2c_ii_sub";
    case AST_OP_MULT: return "py2c_ii_mul";
    case AST_OP_FLOOR_DIV: return "py2c_ii_floordiv";
    case AST_OP_MOD: return "py2c_ii_mod";
    default: return NULL;
    }
}

static bool small_const(const AstNode *e) {
    return e->kind == AST_CONSTANT && e->u.constant.kind == AST_CONST_INT && e->u.constant.fits_i64 &&
           e->u.constant.i64 <= ((int64_t)1 << 47) - 1; /* PY2C_SMALL_INT_MAX (constants are never negative) */
}

/* The operators in e when all of it can be fused, else -1. */
static int fused_ops(const AstNode *e) {
    if (e->kind == AST_NAME || small_const(e)) return 0;
    if (e->kind != AST_BIN_OP || !fused_fn(e->u.bin_op.op)) return -1;
    int l = fused_ops(e->u.bin_op.left), r = fused_ops(e->u.bin_op.right);
    return l < 0 || r < 0 ? -1 : 1 + l + r;
}

bool lw_int_fusable(LwCtx *c, const AstNode *e) {
    /* (one operator gains nothing over py2c_fast_binary_op) */
    return c->fn->unboxing && !c->fn->boxed_ints && fused_ops(e) >= 2 && ty_only(ty_use(c->types, e), TY_INT);
}

static IrOperand itemp(LwCtx *c) { return (IrOperand){IR_OPND_ITEMP, c->fn->int64s++, NULL, NULL, 0}; }

/* n = fn(args..., &dest); to `boxed` unless n. */
static IrOperand fused_step(LwCtx *c, const char *fn, IrOperand *args, int nargs, int boxed) {
    IrOperand dest = itemp(c), n = lw_int(c);
    args[nargs] = lw_cf(c, "&i64_%d", dest.index); /* (never in a generator: no frame prefix) */
    lw_call_to(c, fn, args, nargs + 1, -1, IR_CHECK_NONE)->dest = n;
    lw_branch(c, n, false, boxed);
    return dest;
}

static IrOperand fused(LwCtx *c, const AstNode *e, int boxed) {
    if (small_const(e)) return lw_cf(c, "INT64_C(%lld)", (long long)e->u.constant.i64);
    IrOperand a[3];
    if (e->kind == AST_NAME) {
        a[0] = lw_expr(c, e);
        IrOperand v = fused_step(c, "py2c_ii_of", a, 1, boxed);
        lw_release(c, a[0]);
        return v;
    }
    a[0] = fused(c, e->u.bin_op.left, boxed);
    a[1] = fused(c, e->u.bin_op.right, boxed);
    return fused_step(c, fused_fn(e->u.bin_op.op), a, 2, boxed);
}

IrOperand lw_int_fused(LwCtx *c, const AstNode *e) {
    IrOperand result = lw_temp(c);
    int boxed = lw_new_label(c), end = lw_new_label(c);
    IrOperand r = fused(c, e, boxed);
    IrOperand fits = lw_int(c);
    lw_call_to(c, "py2c_ii_fits", &r, 1, -1, IR_CHECK_NONE)->dest = fits;
    lw_branch(c, fits, false, boxed);
    IrOperand v = lw_temp(c);
    lw_call_to(c, "py2c_int", &r, 1, -1, IR_CHECK_NONE)->dest = v;
    lw_store(c, result, v, false);
    lw_jump(c, end);
    lw_label(c, boxed);
    c->fn->boxed_ints = true;
    lw_store(c, result, lw_binop_boxed(c, e), false);
    c->fn->boxed_ints = false;
    lw_label(c, end);
    return result;
}
