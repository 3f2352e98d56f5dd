/* Expressions -> IR. An expression lowers to an operand: a constant, a
 * variable read in place (borrowed), or an owned temporary. Every operation
 * that can raise carries the traceback location of its node. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_direct.h"
#include "lower/lw_internal.h"

#define LW_SMALL_INT_MIN (-((int64_t)1 << 47))
#define LW_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

static IrOperand int_const(LwCtx *c, const AstConst *k, bool negate) {
    if (k->fits_i64 && (!negate || k->i64 != INT64_MIN)) {
        int64_t v = negate ? -k->i64 : k->i64;
        if (v >= LW_SMALL_INT_MIN && v <= LW_SMALL_INT_MAX) return lw_const(c, (IrConst){.kind = IR_CONST_INT, .i = v});
    }
    const char *digits = k->int_digits;
    if (negate) digits = digits[0] == '-' ? digits + 1 : arena_printf(&c->m->arena, "-%s", digits);
    return lw_const(c, (IrConst){.kind = IR_CONST_BIGINT, .data = digits, .len = (uint32_t)strlen(digits)});
}

static IrOperand lower_constant(LwCtx *c, const AstNode *e) {
    const AstConst *k = &e->u.constant;
    switch (k->kind) {
    case AST_CONST_NONE: return lw_none(c);
    case AST_CONST_TRUE: return lw_const(c, (IrConst){.kind = IR_CONST_BOOL, .i = 1});
    case AST_CONST_FALSE: return lw_const(c, (IrConst){.kind = IR_CONST_BOOL, .i = 0});
    case AST_CONST_INT: return int_const(c, k, false);
    case AST_CONST_FLOAT: return lw_const(c, (IrConst){.kind = IR_CONST_FLOAT, .f = k->f});
    case AST_CONST_STR: return lw_str(c, k->data, k->len);
    case AST_CONST_BYTES: return lw_const(c, (IrConst){.kind = IR_CONST_BYTES, .data = k->data, .len = k->len});
    case AST_CONST_ELLIPSIS: return lw_const(c, (IrConst){.kind = IR_CONST_ELLIPSIS});
    case AST_CONST_IMAG: lw_unsupported(c, e->span, "a complex literal"); return lw_absent;
    }
    INTERNAL_ERROR("bad constant kind %d", (int)k->kind);
}

/* Whether evaluating e may run code that rebinds variables. */
static bool impure(const AstNode *e);
bool lw_impure(const AstNode *e) { return impure(e); }

static bool impure(const AstNode *e) {
    if (!e) return false;
    switch (e->kind) {
    case AST_CALL:
    case AST_NAMED_EXPR:
    case AST_YIELD:
    case AST_YIELD_FROM:
    case AST_AWAIT:
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: return true;
    case AST_NAME:
    case AST_CONSTANT:
    case AST_LAMBDA: return false;
    case AST_BOOL_OP:
        for (int i = 0; i < e->u.bool_op.values.len; i++)
            if (impure(e->u.bool_op.values.items[i])) return true;
        return false;
    case AST_BIN_OP: return impure(e->u.bin_op.left) || impure(e->u.bin_op.right);
    case AST_UNARY_OP: return impure(e->u.unary_op.operand);
    case AST_IF_EXP: return impure(e->u.if_exp.test) || impure(e->u.if_exp.body) || impure(e->u.if_exp.orelse);
    case AST_COMPARE:
        if (impure(e->u.compare.left)) return true;
        for (int i = 0; i < e->u.compare.comparators.len; i++)
            if (impure(e->u.compare.comparators.items[i])) return true;
        return false;
    case AST_ATTRIBUTE: return impure(e->u.attribute.value);
    case AST_SUBSCRIPT: return impure(e->u.subscript.value) || impure(e->u.subscript.slice);
    case AST_STARRED: return impure(e->u.starred.value);
    case AST_SLICE: return impure(e->u.slice.lower) || impure(e->u.slice.upper) || impure(e->u.slice.step);
    case AST_LIST:
    case AST_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++)
            if (impure(e->u.seq.elts.items[i])) return true;
        return false;
    case AST_DICT:
    case AST_SET:
    case AST_FORMATTED_VALUE:
    case AST_JOINED_STR: return true; /* (conservative) */
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
    return true;
}

static bool is_variable(IrOperand o) {
    return o.kind == IR_OPND_VAR || o.kind == IR_OPND_DEREF || o.kind == IR_OPND_GLOBAL;
}

void lw_exprs(LwCtx *c, AstNode *const *es, int n, IrOperand *out) {
    for (int i = 0; i < n; i++) {
        out[i] = lw_expr(c, es[i]);
        if (!is_variable(out[i])) continue;
        for (int j = i + 1; j < n; j++)
            if (impure(es[j])) {
                out[i] = lw_own(c, out[i]);
                break;
            }
    }
}

static void release_all(LwCtx *c, const IrOperand *v, int n) {
    for (int i = 0; i < n; i++) lw_release(c, v[i]);
}

/* Emits a clear of o (a temporary) whatever the tracker says: used at labels
 * reached from jumps taken while o was live. */
static void clear_forced(LwCtx *c, IrOperand o) {
    if (o.kind != IR_OPND_TEMP) return;
    lw_emit(c, IR_CLEAR)->dest = o;
    lw_moved(c, o);
}

static const char *binop_name(AstOp op) {
    switch (op) {
    case AST_OP_ADD: return "PY2C_OP_ADD";
    case AST_OP_SUB: return "PY2C_OP_SUB";
    case AST_OP_MULT: return "PY2C_OP_MUL";
    case AST_OP_MAT_MULT: return "PY2C_OP_MATMUL";
    case AST_OP_DIV: return "PY2C_OP_TRUEDIV";
    case AST_OP_FLOOR_DIV: return "PY2C_OP_FLOORDIV";
    case AST_OP_MOD: return "PY2C_OP_MOD";
    case AST_OP_POW: return "PY2C_OP_POW";
    case AST_OP_LSHIFT: return "PY2C_OP_LSHIFT";
    case AST_OP_RSHIFT: return "PY2C_OP_RSHIFT";
    case AST_OP_BIT_AND: return "PY2C_OP_AND";
    case AST_OP_BIT_OR: return "PY2C_OP_OR";
    case AST_OP_BIT_XOR: return "PY2C_OP_XOR";
    default: INTERNAL_ERROR("bad binary operator %s", ast_op_name(op));
    }
}

static const char *cmpop_name(AstOp op) {
    switch (op) {
    case AST_OP_EQ: return "PY2C_EQ";
    case AST_OP_NOT_EQ: return "PY2C_NE";
    case AST_OP_LT: return "PY2C_LT";
    case AST_OP_LT_E: return "PY2C_LE";
    case AST_OP_GT: return "PY2C_GT";
    case AST_OP_GT_E: return "PY2C_GE";
    default: INTERNAL_ERROR("bad comparison operator %s", ast_op_name(op));
    }
}

static IrOperand lower_binop(LwCtx *c, const AstNode *e) {
    if (lw_float_op(c, e)) return lw_box_double(c, lw_fexpr(c, e));
    if (lw_int_fusable(c, e)) return lw_int_fused(c, e);
    return lw_binop_boxed(c, e);
}

IrOperand lw_binop_boxed(LwCtx *c, const AstNode *e) {
    IrOperand direct;
    if (lw_method_binop(c, e, &direct)) return direct; /* a known __add__ ... of a program class (lw_method.c) */
    AstNode *parts[2] = {e->u.bin_op.left, e->u.bin_op.right};
    IrOperand v[2];
    lw_exprs(c, parts, 2, v);
    IrOperand a[3] = {v[0], v[1], lw_c(binop_name(e->u.bin_op.op))};
    IrOperand r = lw_call_v(c, "py2c_fast_binary_op", a, 3, lw_loc(c, e));
    release_all(c, v, 2);
    return r;
}

/* n = truth(v) with constant folding left to the caller. */
static IrOperand truth(LwCtx *c, IrOperand v, const AstNode *at) {
    IrOperand n = lw_call_i(c, "py2c_fast_is_true", &v, 1, lw_loc(c, at));
    lw_release(c, v);
    return n;
}

static IrOperand bool_of_int(LwCtx *c, IrOperand n, bool negate) {
    IrOperand r = lw_temp(c);
    IrInstr *in = lw_call_to(c, "py2c_bool", &n, 1, -1, IR_CHECK_NONE);
    in->dest = r;
    in->negate = negate;
    return r;
}

static IrOperand lower_unary(LwCtx *c, const AstNode *e) {
    const AstNode *x = e->u.unary_op.operand;
    AstOp op = e->u.unary_op.op;
    /* -5 and -2.5 are constants, as CPython's AST optimizer makes them */
    if ((op == AST_OP_USUB || op == AST_OP_UADD) && x->kind == AST_CONSTANT) {
        const AstConst *k = &x->u.constant;
        if (k->kind == AST_CONST_INT) return int_const(c, k, op == AST_OP_USUB);
        if (k->kind == AST_CONST_FLOAT)
            return lw_const(c, (IrConst){.kind = IR_CONST_FLOAT, .f = op == AST_OP_USUB ? -k->f : k->f});
    }
    if (op == AST_OP_NOT) {
        IrOperand n = truth(c, lw_expr(c, x), e);
        return bool_of_int(c, n, true);
    }
    if (lw_float_op(c, e)) return lw_box_double(c, lw_fexpr(c, e));
    const char *fn = op == AST_OP_USUB ? "py2c_fast_negative" : op == AST_OP_UADD ? "py2c_positive" : "py2c_invert";
    IrOperand v = lw_expr(c, x);
    IrOperand r = lw_call_v(c, fn, &v, 1, lw_loc(c, e));
    lw_release(c, v);
    return r;
}

/* Comparator i of comparison e: CPython folds the last one of an `in` test. */
static IrOperand cmp_operand(LwCtx *c, const AstNode *e, int i) {
    const AstNode *rn = e->u.compare.comparators.items[i];
    AstOp op = e->u.compare.ops[i];
    if (i + 1 == e->u.compare.op_count && (op == AST_OP_IN || op == AST_OP_NOT_IN)) return lw_iter_source(c, rn);
    return lw_expr(c, rn);
}

/* One comparison l <op> r into a new int (truth) temporary. */
static void compare_into(LwCtx *c, IrOperand dest, AstOp op, IrOperand l, IrOperand r, int loc) {
    switch (op) {
    case AST_OP_IS:
    case AST_OP_IS_NOT: {
        IrOperand a[2] = {l, r};
        lw_call_to(c, "py2c_is", a, 2, -1, IR_CHECK_NONE)->dest = dest;
        if (op == AST_OP_IS_NOT) {
            IrOperand nn = dest;
            IrInstr *in = lw_call_to(c, "!", &nn, 1, -1, IR_CHECK_NONE);
            in->dest = dest;
        }
        return;
    }
    case AST_OP_IN:
    case AST_OP_NOT_IN: {
        IrOperand a[2] = {r, l};
        lw_call_to(c, "py2c_contains", a, 2, loc, IR_CHECK_NEG)->dest = dest;
        if (op == AST_OP_NOT_IN) {
            IrOperand nn = dest;
            lw_call_to(c, "!", &nn, 1, -1, IR_CHECK_NONE)->dest = dest;
        }
        return;
    }
    default: {
        IrOperand a[3] = {l, r, lw_c(cmpop_name(op))};
        lw_call_to(c, "py2c_fast_compare_bool", a, 3, loc, IR_CHECK_NEG)->dest = dest;
        return;
    }
    }
}

/* A comparison chain as a C truth value: a < b < c evaluates b once and
 * stops at the first false link. */
static IrOperand compare_truth(LwCtx *c, const AstNode *e) {
    if (lw_float_compare(c, e)) return lw_float_compare_truth(c, e);
    int loc = lw_loc(c, e);
    int n = e->u.compare.op_count;
    IrOperand dest = lw_int(c);
    int end = n > 1 ? lw_new_label(c) : -1;
    VEC(IrOperand) pending = {0}; /* middle operands live when a link fails */
    IrOperand l = lw_expr(c, e->u.compare.left);
    for (int i = 0; i < n; i++) {
        const AstNode *rn = e->u.compare.comparators.items[i];
        if (is_variable(l) && impure(rn)) l = lw_own(c, l);
        IrOperand r = cmp_operand(c, e, i);
        if (i + 1 < n && is_variable(r)) {
            for (int j = i + 1; j < n; j++)
                if (impure(e->u.compare.comparators.items[j])) r = lw_own(c, r);
        }
        compare_into(c, dest, e->u.compare.ops[i], l, r, loc);
        lw_release(c, l);
        if (i + 1 < n) {
            if (r.kind == IR_OPND_TEMP) VEC_PUSH(&pending, r);
            lw_branch(c, dest, false, end);
        }
        l = r;
    }
    lw_release(c, l);
    if (end >= 0) {
        lw_label(c, end);
        for (int i = 0; i < pending.len; i++) clear_forced(c, pending.items[i]);
    }
    VEC_FREE(&pending);
    return dest;
}

static IrOperand lower_compare(LwCtx *c, const AstNode *e) {
    if (lw_float_compare(c, e)) return bool_of_int(c, lw_float_compare_truth(c, e), false);
    int n = e->u.compare.op_count;
    AstOp op0 = e->u.compare.ops[0];
    if (n == 1 && op0 != AST_OP_IS && op0 != AST_OP_IS_NOT && op0 != AST_OP_IN && op0 != AST_OP_NOT_IN) {
        AstNode *parts[2] = {e->u.compare.left, e->u.compare.comparators.items[0]};
        IrOperand v[2];
        lw_exprs(c, parts, 2, v);
        IrOperand a[3] = {v[0], v[1], lw_c(cmpop_name(op0))};
        IrOperand r = lw_call_v(c, "py2c_fast_compare", a, 3, lw_loc(c, e));
        release_all(c, v, 2);
        return r;
    }
    bool rich = false;
    for (int i = 0; i < n; i++) {
        AstOp op = e->u.compare.ops[i];
        if (op != AST_OP_IS && op != AST_OP_IS_NOT && op != AST_OP_IN && op != AST_OP_NOT_IN) rich = true;
    }
    if (!rich) return bool_of_int(c, compare_truth(c, e), false);
    /* a chain with rich comparisons: its value is the last comparison's result */
    int loc = lw_loc(c, e);
    IrOperand result = lw_temp(c);
    int end = lw_new_label(c);
    VEC(IrOperand) pending = {0}; /* middle operands live when a link fails */
    IrOperand l = lw_expr(c, e->u.compare.left);
    for (int i = 0; i < n; i++) {
        const AstNode *rn = e->u.compare.comparators.items[i];
        if (is_variable(l) && impure(rn)) l = lw_own(c, l);
        IrOperand r = cmp_operand(c, e, i);
        if (i + 1 < n && is_variable(r)) {
            for (int j = i + 1; j < n; j++)
                if (impure(e->u.compare.comparators.items[j])) r = lw_own(c, r);
        }
        AstOp op = e->u.compare.ops[i];
        IrOperand v;
        if (op == AST_OP_IS || op == AST_OP_IS_NOT || op == AST_OP_IN || op == AST_OP_NOT_IN) {
            IrOperand n1 = lw_int(c);
            compare_into(c, n1, op, l, r, loc);
            v = bool_of_int(c, n1, false);
        } else {
            IrOperand a[3] = {l, r, lw_c(cmpop_name(op))};
            v = lw_call_v(c, "py2c_fast_compare", a, 3, loc);
        }
        lw_store(c, result, v, false);
        lw_release(c, l);
        if (i + 1 < n) {
            IrOperand t = lw_call_i(c, "py2c_fast_is_true", &result, 1, loc);
            if (r.kind == IR_OPND_TEMP) VEC_PUSH(&pending, r);
            lw_branch(c, t, false, end);
            lw_emit(c, IR_CLEAR)->dest = result;
        }
        l = r;
    }
    lw_release(c, l);
    lw_label(c, end);
    for (int i = 0; i < pending.len; i++) clear_forced(c, pending.items[i]);
    VEC_FREE(&pending);
    return result;
}

static IrOperand lower_boolop(LwCtx *c, const AstNode *e) {
    bool is_and = e->u.bool_op.op == AST_OP_AND;
    IrOperand result = lw_temp(c);
    int end = lw_new_label(c);
    int n = e->u.bool_op.values.len;
    for (int i = 0; i < n; i++) {
        IrOperand v = lw_expr(c, e->u.bool_op.values.items[i]);
        lw_store(c, result, v, false);
        if (i + 1 < n) {
            IrOperand t = lw_call_i(c, "py2c_fast_is_true", &result, 1, lw_loc(c, e->u.bool_op.values.items[i]));
            lw_branch(c, t, !is_and, end);
            lw_emit(c, IR_CLEAR)->dest = result;
        }
    }
    lw_label(c, end);
    return result;
}

static IrOperand lower_ifexp(LwCtx *c, const AstNode *e) {
    IrOperand result = lw_temp(c);
    int orelse = lw_new_label(c), end = lw_new_label(c);
    lw_jump_if(c, e->u.if_exp.test, false, orelse);
    lw_store(c, result, lw_expr(c, e->u.if_exp.body), false);
    lw_jump(c, end);
    lw_label(c, orelse);
    lw_store(c, result, lw_expr(c, e->u.if_exp.orelse), false);
    lw_label(c, end);
    return result;
}

/* The truth of a constant, or -1 when e is not one. */
static int const_truth(const AstNode *e) {
    if (e->kind != AST_CONSTANT) return -1;
    const AstConst *k = &e->u.constant;
    switch (k->kind) {
    case AST_CONST_NONE:
    case AST_CONST_FALSE: return 0;
    case AST_CONST_TRUE:
    case AST_CONST_ELLIPSIS: return 1;
    case AST_CONST_INT: return !(k->fits_i64 && k->i64 == 0);
    case AST_CONST_FLOAT: return k->f != 0.0;
    case AST_CONST_STR:
    case AST_CONST_BYTES: return k->len != 0;
    case AST_CONST_IMAG: return k->f != 0.0;
    }
    return -1;
}

void lw_jump_if(LwCtx *c, const AstNode *e, bool cond, int label) {
    int k = const_truth(e);
    if (k >= 0) {
        if ((k != 0) == cond) lw_jump(c, label);
        return;
    }
    if (e->kind == AST_UNARY_OP && e->u.unary_op.op == AST_OP_NOT) {
        lw_jump_if(c, e->u.unary_op.operand, !cond, label);
        return;
    }
    if (e->kind == AST_BOOL_OP) {
        bool is_and = e->u.bool_op.op == AST_OP_AND;
        int n = e->u.bool_op.values.len;
        /* and + jump-if-false / or + jump-if-true: every operand jumps to label */
        if (is_and != cond) {
            for (int i = 0; i < n; i++) lw_jump_if(c, e->u.bool_op.values.items[i], cond, label);
            return;
        }
        int skip = lw_new_label(c);
        for (int i = 0; i + 1 < n; i++) lw_jump_if(c, e->u.bool_op.values.items[i], !cond, skip);
        lw_jump_if(c, e->u.bool_op.values.items[n - 1], cond, label);
        lw_label(c, skip);
        return;
    }
    if (e->kind == AST_COMPARE) {
        IrOperand n = compare_truth(c, e);
        lw_branch(c, n, cond, label);
        return;
    }
    IrOperand n = truth(c, lw_expr(c, e), e);
    lw_branch(c, n, cond, label);
}

static bool has_star_args(const AstNode *e) {
    for (int i = 0; i < e->u.call.args.len; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return true;
    for (int i = 0; i < e->u.call.keywords.len; i++)
        if (!e->u.call.keywords.items[i]->u.keyword.arg.name) return true;
    return false;
}

/* f(*a, x, **k, y=1): a tuple and a dict for py2c_call_ex. */
static IrOperand lower_call_ex(LwCtx *c, const AstNode *e, IrOperand callee, int loc) {
    IrOperand zero = lw_c("0");
    IrOperand list = lw_call_v(c, "py2c_list_new", &zero, 1, loc);
    for (int i = 0; i < e->u.call.args.len; i++) {
        const AstNode *a = e->u.call.args.items[i];
        bool star = a->kind == AST_STARRED;
        IrOperand v = lw_expr(c, star ? a->u.starred.value : a);
        IrOperand args[3] = {list, v, callee};
        if (star) lw_call_s(c, "py2c_star_extend", args, 3, loc);
        else lw_call_s(c, "py2c_list_append", args, 2, loc);
        lw_release(c, v);
    }
    IrOperand tuple = lw_call_v(c, "py2c_list_as_tuple", &list, 1, loc);
    lw_release(c, list);
    IrOperand kw = lw_absent;
    if (e->u.call.keywords.len > 0) {
        kw = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
        for (int i = 0; i < e->u.call.keywords.len; i++) {
            const AstNode *k = e->u.call.keywords.items[i];
            IrOperand v = lw_expr(c, k->u.keyword.value);
            const char *name = k->u.keyword.arg.name;
            if (name) {
                IrOperand one = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
                IrOperand a[3] = {one, lw_str(c, name, strlen(name)), v};
                lw_call_s(c, "py2c_dict_setitem", a, 3, loc);
                IrOperand m[3] = {kw, one, callee};
                lw_call_s(c, "py2c_dict_merge_kwargs", m, 3, loc);
                lw_release(c, one);
            } else {
                IrOperand m[3] = {kw, v, callee};
                lw_call_s(c, "py2c_dict_merge_kwargs", m, 3, loc);
            }
            lw_release(c, v);
        }
    }
    IrOperand a[3] = {callee, tuple, kw};
    IrOperand r = lw_call_v(c, "py2c_call_ex", a, 3, loc);
    lw_release(c, tuple);
    lw_release(c, kw);
    return r;
}

IrOperand *lw_call_args(LwCtx *c, const AstNode *e, const AstNode *first) {
    int na = e->u.call.args.len, nk = e->u.call.keywords.len, k = first ? 1 : 0;
    AstNode **parts = ARENA_NEW_ARRAY(&c->m->arena, AstNode *, k + na + nk);
    if (first) parts[0] = (AstNode *)first;
    for (int i = 0; i < na; i++) parts[k + i] = e->u.call.args.items[i];
    for (int i = 0; i < nk; i++) parts[k + na + i] = e->u.call.keywords.items[i]->u.keyword.value;
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, k + na + nk + 1);
    lw_exprs(c, parts, k + na + nk, v);
    /* the callee may rebind globals and cells: the call holds its own
     * references to what it reads from them, as CPython's stack does */
    for (int i = 0; i < k + na + nk; i++)
        if (v[i].kind == IR_OPND_GLOBAL || v[i].kind == IR_OPND_DEREF) v[i] = lw_own(c, v[i]);
    return v;
}

IrOperand lw_kwnames(LwCtx *c, const AstNode *e) {
    int n = e->u.call.keywords.len;
    if (n == 0) return lw_absent;
    int *items = ARENA_NEW_ARRAY(&c->m->arena, int, n);
    for (int i = 0; i < n; i++) {
        const char *name = e->u.call.keywords.items[i]->u.keyword.arg.name;
        items[i] = lw_str(c, name, strlen(name)).index;
    }
    return lw_const(c, (IrConst){.kind = IR_CONST_KWNAMES, .items = items, .nitems = n});
}

/* obj.m(args) as CPython 3.11's LOAD_METHOD, arguments, PRECALL/CALL: the
 * method is looked up (failing at the attribute's location) before the
 * arguments are evaluated, then called (failing at the call's location). */
static IrOperand lower_method_call(LwCtx *c, const AstNode *e, int loc) {
    const AstNode *f = e->u.call.func;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    IrOperand direct;
    if (lc_method_call(c, e, loc, &direct)) return direct; /* q.get(), ex.submit(f, x) ... */
    if (lw_method_call(c, e, loc, &direct)) return direct; /* a known method of program instances (lw_method.c) */
    if (lw_builtin_method_call(c, e, loc, &direct)) return direct; /* list.append(x)... (lw_builtin_call.c) */
    if (lw_math_call(c, e, loc, &direct)) return direct; /* math.sqrt(x)... (lw_math_call.c) */
    IrOperand obj = lw_expr(c, f->u.attribute.value);
    IrOperand fn = lw_temp(c), self = lw_temp(c);
    const char *name = lw_mangle(c, f->u.attribute.attr.name);
    IrOperand a[4] = {obj, lw_str(c, name, strlen(name)), {IR_OPND_ADDR, fn.index, NULL, NULL, 0},
                      {IR_OPND_ADDR, self.index, NULL, NULL, 0}};
    lw_call_s(c, "py2c_method_lookup", a, 4, lw_loc(c, f));
    lw_release(c, obj);
    IrOperand *v = lw_call_args(c, e, NULL);
    IrOperand args = lw_array(c, v, na + nk);
    IrOperand b[5] = {fn, self, args, lw_cf(c, "%d", na), lw_kwnames(c, e)};
    IrOperand r = lw_call_v(c, "py2c_method_call", b, 5, loc);
    release_all(c, v, na + nk);
    lw_release(c, fn);
    lw_release(c, self);
    return r;
}

static IrOperand lower_call(LwCtx *c, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (f->kind == AST_NAME && strcmp(f->u.name.id, "super") == 0 && lw_is_builtin(c, "super")) return lw_super(c, e);
    int loc = lw_loc(c, e);
    bool method = f->kind == AST_ATTRIBUTE;
    if (has_star_args(e)) {
        IrOperand callee;
        if (method) {
            IrOperand obj = lw_expr(c, f->u.attribute.value);
            const char *name = lw_mangle(c, f->u.attribute.attr.name);
            IrOperand a[2] = {obj, lw_str(c, name, strlen(name))};
            callee = lw_call_v(c, "py2c_getattr", a, 2, lw_loc(c, f));
            lw_release(c, obj);
        } else {
            callee = lw_expr(c, f);
            for (int i = 0; i < e->u.call.args.len; i++)
                if (is_variable(callee) && impure(e->u.call.args.items[i])) callee = lw_own(c, callee);
            for (int i = 0; i < e->u.call.keywords.len; i++)
                if (is_variable(callee) && impure(e->u.call.keywords.items[i]->u.keyword.value)) callee = lw_own(c, callee);
        }
        IrOperand r = lower_call_ex(c, e, callee, loc);
        lw_release(c, callee);
        return r;
    }
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    if (method) return lower_method_call(c, e, loc);
    IrOperand direct;
    if (lw_direct_call(c, e, loc, &direct)) return direct; /* a known module-level def (lw_direct.c) */
    if (lw_builtin_fn_call(c, e, loc, &direct)) return direct; /* len(x) ... (lw_builtin_fn.c) */
    if (lw_method_construct(c, e, loc, &direct)) return direct; /* C(args) of a known class (lw_method.c) */
    IrOperand *v = lw_call_args(c, e, f);
    IrOperand args = lw_array(c, v + 1, na + nk);
    IrOperand a[4] = {v[0], args, lw_cf(c, "%d", na), lw_kwnames(c, e)};
    /* the common call: positional arguments only (py2c/abstract.h) */
    IrOperand r = nk == 0 && na <= 8 ? lw_call_v(c, "py2c_fast_call", a, 3, loc) : lw_call_v(c, "py2c_call", a, 4, loc);
    release_all(c, v, 1 + na + nk);
    return r;
}

static IrOperand lower_slice(LwCtx *c, const AstNode *e) {
    AstNode *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    IrOperand v[3];
    for (int i = 0; i < 3; i++) {
        v[i] = parts[i] ? lw_expr(c, parts[i]) : lw_none(c);
        if (parts[i] && is_variable(v[i]))
            for (int j = i + 1; j < 3; j++)
                if (impure(parts[j])) v[i] = lw_own(c, v[i]);
    }
    IrOperand r = lw_call_v(c, "py2c_slice_new", v, 3, lw_loc(c, e));
    release_all(c, v, 3);
    return r;
}

static bool has_starred(const AstList *elts) {
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == AST_STARRED) return true;
    return false;
}

static IrOperand build_list(LwCtx *c, const AstNode *e, const AstList *elts) {
    int loc = lw_loc(c, e);
    IrOperand n = lw_cf(c, "%d", has_starred(elts) ? 0 : elts->len);
    IrOperand list = lw_call_v(c, "py2c_list_new", &n, 1, loc);
    for (int i = 0; i < elts->len; i++) {
        const AstNode *x = elts->items[i];
        bool star = x->kind == AST_STARRED;
        IrOperand v = lw_expr(c, star ? x->u.starred.value : x);
        IrOperand a[3] = {list, v, lw_absent};
        if (star) lw_call_s(c, "py2c_star_extend", a, 3, loc);
        else lw_call_s(c, "py2c_list_append", a, 2, loc);
        lw_release(c, v);
    }
    return list;
}

static IrOperand lower_tuple(LwCtx *c, const AstNode *e) {
    const AstList *elts = &e->u.seq.elts;
    int loc = lw_loc(c, e);
    if (has_starred(elts)) {
        IrOperand list = build_list(c, e, elts);
        IrOperand r = lw_call_v(c, "py2c_list_as_tuple", &list, 1, loc);
        lw_release(c, list);
        return r;
    }
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, elts->len ? elts->len : 1);
    lw_exprs(c, elts->items, elts->len, v);
    IrOperand a[2] = {lw_cf(c, "%d", elts->len), lw_array(c, v, elts->len)};
    IrOperand r = lw_call_v(c, "py2c_tuple_pack", a, 2, loc);
    release_all(c, v, elts->len);
    return r;
}

/* for v in iterable: add(container, v) — a starred item of a set display */
static void add_each(LwCtx *c, IrOperand container, IrOperand iterable, const char *add, int loc) {
    IrOperand it = lw_call_v(c, "py2c_iter", &iterable, 1, loc);
    int top = lw_new_label(c), end = lw_new_label(c);
    lw_label(c, top);
    IrOperand x = lw_temp(c);
    IrInstr *in = lw_emit(c, IR_FOR_ITER);
    in->dest = x;
    in->index = end;
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = it;
    in->nargs = 1;
    in->loc = loc;
    in->handler = lw_handler(c);
    IrOperand a[2] = {container, x};
    lw_call_s(c, add, a, 2, loc);
    lw_release(c, x);
    lw_jump(c, top);
    lw_label(c, end);
    lw_release(c, it);
}

/* CPython's frozenset constant of a set display of constants. */
static IrOperand frozenset_const(LwCtx *c, const AstNode *e, int loc) {
    e = lw_const_set_first(c, e);
    int n = e->u.set.elts.len;
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
    lw_exprs(c, e->u.set.elts.items, n, v);
    IrOperand a[2] = {lw_cf(c, "%d", n), lw_array(c, v, n)};
    IrOperand r = lw_call_v(c, "py2c_frozenset_const", a, 2, loc);
    release_all(c, v, n);
    return r;
}

IrOperand lw_iter_source(LwCtx *c, const AstNode *e) {
    if (lw_is_const_set(e)) return frozenset_const(c, e, lw_loc(c, e));
    return lw_expr(c, e);
}

/* As CPython 3.11's compiler: more than 2 constants: a copy of the frozenset
 * constant (BUILD_SET 0; SET_UPDATE); no starred item and at most 30 items:
 * all evaluated, then added in order (BUILD_SET n); otherwise the items
 * before the first starred one are evaluated, then added, then each later
 * one added as it is evaluated. */
static IrOperand lower_set(LwCtx *c, const AstNode *e) {
    int loc = lw_loc(c, e);
    int n = e->u.set.elts.len;
    if (n > 2 && lw_is_const_set(e)) {
        IrOperand f = frozenset_const(c, e, loc);
        IrOperand r = lw_call_v(c, "py2c_set_from_iterable", &f, 1, loc);
        lw_release(c, f);
        return r;
    }
    int first = 0; /* items evaluated before the set is made */
    if (n <= 30) {
        while (first < n && e->u.set.elts.items[first]->kind != AST_STARRED) first++;
    }
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, first ? first : 1);
    lw_exprs(c, e->u.set.elts.items, first, v);
    IrOperand set = lw_call_v(c, "py2c_set_new", NULL, 0, loc);
    for (int i = 0; i < first; i++) {
        IrOperand a[2] = {set, v[i]};
        lw_call_s(c, "py2c_set_add", a, 2, loc);
    }
    release_all(c, v, first);
    for (int i = first; i < n; i++) {
        const AstNode *x = e->u.set.elts.items[i];
        if (x->kind == AST_STARRED) {
            IrOperand sv = lw_expr(c, x->u.starred.value);
            add_each(c, set, sv, "py2c_set_add", loc);
            lw_release(c, sv);
            continue;
        }
        IrOperand sv = lw_expr(c, x);
        IrOperand a[2] = {set, sv};
        lw_call_s(c, "py2c_set_add", a, 2, loc);
        lw_release(c, sv);
    }
    return set;
}

static IrOperand lower_dict(LwCtx *c, const AstNode *e) {
    int loc = lw_loc(c, e);
    IrOperand d = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
    for (int i = 0; i < e->u.dict.values.len; i++) {
        AstNode *k = e->u.dict.keys.items[i], *val = e->u.dict.values.items[i];
        if (!k) {
            IrOperand v = lw_expr(c, val);
            IrOperand a[2] = {d, v};
            lw_call_s(c, "py2c_dict_update", a, 2, loc);
            lw_release(c, v);
            continue;
        }
        AstNode *parts[2] = {k, val};
        IrOperand kv[2];
        lw_exprs(c, parts, 2, kv);
        IrOperand a[3] = {d, kv[0], kv[1]};
        lw_call_s(c, "py2c_dict_setitem", a, 3, loc);
        release_all(c, kv, 2);
    }
    return d;
}

static IrOperand lower_joined(LwCtx *c, const AstNode *e);

static IrOperand lower_formatted(LwCtx *c, const AstNode *e) {
    int loc = lw_loc(c, e);
    IrOperand v = lw_expr(c, e->u.formatted_value.value);
    int conv = e->u.formatted_value.conversion;
    if (conv >= 0) {
        const char *fn = conv == 'r' ? "py2c_repr" : conv == 'a' ? "py2c_ascii" : "py2c_str";
        IrOperand s = lw_call_v(c, fn, &v, 1, loc);
        lw_release(c, v);
        v = s;
        if (!e->u.formatted_value.format_spec) return v;
    }
    IrOperand spec = e->u.formatted_value.format_spec ? lower_joined(c, e->u.formatted_value.format_spec) : lw_str(c, "", 0);
    IrOperand a[2] = {v, spec};
    IrOperand r = lw_call_v(c, "py2c_format", a, 2, loc);
    lw_release(c, v);
    lw_release(c, spec);
    return r;
}

static IrOperand lower_joined(LwCtx *c, const AstNode *e) {
    int n = e->u.joined_str.values.len;
    if (n == 0) return lw_str(c, "", 0);
    IrOperand *parts = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
    for (int i = 0; i < n; i++) {
        const AstNode *p = e->u.joined_str.values.items[i];
        parts[i] = p->kind == AST_FORMATTED_VALUE ? lower_formatted(c, p) : lw_expr(c, p);
    }
    if (n == 1 && e->u.joined_str.values.items[0]->kind == AST_CONSTANT) return parts[0];
    IrOperand a[2] = {lw_cf(c, "%d", n), lw_array(c, parts, n)};
    IrOperand r = lw_call_v(c, "py2c_str_join_array", a, 2, lw_loc(c, e));
    release_all(c, parts, n);
    return r;
}

/* `yield v` in a generator def: the frame keeps everything across the
 * suspension; close() raises GeneratorExit at the resume point (loc, handler)
 * so that finally bodies and __exit__ run. Inside except clauses (and finally
 * bodies running for an exception) the exceptions being handled leave the
 * thread's handled stack while suspended and come back on resumption. The
 * value of the yield expression is what send() passed in (None for next()). */
static IrOperand lower_yield(LwCtx *c, const AstNode *e) {
    if (!c->fn->f->gen_def) {
        lw_unsupported(c, e->span, "'yield' here");
        return lw_absent;
    }
    IrOperand v = lw_own(c, e->u.await_yield.value ? lw_expr(c, e->u.await_yield.value) : lw_none(c));
    IrInstr *y = lw_emit(c, IR_YIELD);
    y->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1 + c->fn->blocks.len);
    y->args[0] = v;
    y->nargs = 1;
    for (int i = 0; i < c->fn->blocks.len; i++) {
        LwBlockKind k = c->fn->blocks.items[i].kind;
        if (k == LW_BLOCK_FINALLY_END || k == LW_BLOCK_HANDLER) y->args[y->nargs++] = c->fn->blocks.items[i].exc;
    }
    y->index = ++c->fn->f->nyields;
    y->loc = lw_loc(c, e);
    y->handler = lw_handler(c);
    lw_moved(c, v);
    IrOperand sent = lw_temp(c);
    y->dest = sent;
    return sent;
}

/* `yield from x`: it = iter(x), then a loop of py2c_generator_yield_from
 * steps, each passing on what this generator was resumed with and yielding
 * what it yields, until it returns; its return value is the value of the
 * expression:
 *     t_it = py2c_iter(x)
 *   L_top:
 *     n = py2c_generator_yield_from(gen, t_it, &t_v)   ; -> handler
 *     branch_false L_done n
 *     yield t_v (delegate: resumes without raising or taking the value sent)
 *     jump L_top
 *   L_done:                                            ; t_v: the return value */
static IrOperand lower_yield_from(LwCtx *c, const AstNode *e) {
    if (!c->fn->f->gen_def) {
        lw_unsupported(c, e->span, "'yield from' here");
        return lw_absent;
    }
    int loc = lw_loc(c, e);
    IrOperand src = lw_expr(c, e->u.await_yield.value);
    IrOperand it = lw_call_v(c, "py2c_iter", &src, 1, loc);
    lw_release(c, src);
    IrOperand v = lw_temp(c);
    int top = lw_new_label(c), done = lw_new_label(c);
    lw_label(c, top);
    IrOperand a[3] = {lw_c("gen"), it, {IR_OPND_ADDR, v.index, NULL, NULL, 0}};
    IrOperand n = lw_call_i(c, "py2c_generator_yield_from", a, 3, loc);
    lw_branch(c, n, false, done);
    IrInstr *y = lw_emit(c, IR_YIELD);
    y->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1 + c->fn->blocks.len);
    y->args[0] = v;
    y->nargs = 1;
    for (int i = 0; i < c->fn->blocks.len; i++) {
        LwBlockKind k = c->fn->blocks.items[i].kind;
        if (k == LW_BLOCK_FINALLY_END || k == LW_BLOCK_HANDLER) y->args[y->nargs++] = c->fn->blocks.items[i].exc;
    }
    y->index = ++c->fn->f->nyields;
    y->delegate = true;
    y->loc = -1;
    lw_jump(c, top);
    lw_label(c, done);
    lw_release(c, it);
    return v;
}

IrOperand lw_expr(LwCtx *c, const AstNode *e) {
    switch (e->kind) {
    case AST_CONSTANT: return lower_constant(c, e);
    case AST_NAME: return lw_load_name(c, e->u.name.id, e);
    case AST_BIN_OP: return lower_binop(c, e);
    case AST_UNARY_OP: return lower_unary(c, e);
    case AST_COMPARE: return lower_compare(c, e);
    case AST_BOOL_OP: return lower_boolop(c, e);
    case AST_IF_EXP: return lower_ifexp(c, e);
    case AST_CALL: return lower_call(c, e);
    case AST_NAMED_EXPR: {
        IrOperand v = lw_own(c, lw_expr(c, e->u.named_expr.value));
        lw_store_name(c, e->u.named_expr.target->u.name.id, v, true, e->u.named_expr.target);
        return v;
    }
    case AST_LAMBDA: return lw_make_function(c, e);
    case AST_ATTRIBUTE: {
        IrOperand obj = lw_expr(c, e->u.attribute.value);
        const char *name = lw_mangle(c, e->u.attribute.attr.name);
        IrOperand r = lw_getattr(c, e->u.attribute.value, obj, name, lw_loc(c, e));
        lw_release(c, obj);
        return r;
    }
    case AST_SUBSCRIPT: {
        AstNode *parts[2] = {e->u.subscript.value, e->u.subscript.slice};
        IrOperand v[2];
        lw_exprs(c, parts, 2, v);
        IrOperand r = lw_call_v(c, "py2c_fast_getitem", v, 2, lw_loc(c, e));
        release_all(c, v, 2);
        return r;
    }
    case AST_SLICE: return lower_slice(c, e);
    case AST_LIST: return build_list(c, e, &e->u.seq.elts);
    case AST_TUPLE: return lower_tuple(c, e);
    case AST_SET: return lower_set(c, e);
    case AST_DICT: return lower_dict(c, e);
    case AST_JOINED_STR: return lower_joined(c, e);
    case AST_FORMATTED_VALUE: return lower_formatted(c, e);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: return lw_comprehension(c, e);
    case AST_STARRED: lw_unsupported(c, e->span, "a starred expression here"); return lw_absent;
    case AST_AWAIT: lw_unsupported(c, e->span, "'await'"); return lw_absent;
    case AST_YIELD: return lower_yield(c, e);
    case AST_YIELD_FROM: return lower_yield_from(c, e);
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
    INTERNAL_ERROR("%s node in expression position", ast_kind_name(e->kind));
}

/* ---- assignment targets ---------------------------------------------------- */

static void assign_sequence(LwCtx *c, const AstNode *target, IrOperand v, bool keep) {
    const AstList *elts = &target->u.seq.elts;
    int n = elts->len, star = -1;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == AST_STARRED) star = i;
    int loc = lw_loc(c, target);
    IrOperand first = lw_temp(c);
    for (int i = 1; i < n; i++) lw_temp(c);
    if (star < 0) {
        IrOperand a[3] = {v, lw_cf(c, "%d", n), (IrOperand){IR_OPND_ADDR, first.index, NULL, NULL, 0}};
        lw_call_s(c, "py2c_unpack", a, 3, loc);
    } else {
        IrOperand a[4] = {v, lw_cf(c, "%d", star), lw_cf(c, "%d", n - star - 1),
                          (IrOperand){IR_OPND_ADDR, first.index, NULL, NULL, 0}};
        lw_call_s(c, "py2c_unpack_ex", a, 4, loc);
    }
    if (!keep) lw_release(c, v);
    for (int i = 0; i < n; i++) {
        const AstNode *t = elts->items[i];
        IrOperand item = {IR_OPND_TEMP, first.index + i, NULL, NULL, 0};
        lw_assign(c, t->kind == AST_STARRED ? t->u.starred.value : t, item, false);
    }
}

void lw_assign(LwCtx *c, const AstNode *target, IrOperand v, bool keep) {
    switch (target->kind) {
    case AST_NAME: lw_store_name(c, target->u.name.id, v, keep, target); return;
    case AST_ATTRIBUTE: {
        IrOperand obj = lw_expr(c, target->u.attribute.value);
        const char *name = lw_mangle(c, target->u.attribute.attr.name);
        lw_setattr(c, target->u.attribute.value, obj, name, v, lw_loc(c, target));
        lw_release(c, obj);
        if (!keep) lw_release(c, v);
        return;
    }
    case AST_SUBSCRIPT: {
        AstNode *parts[2] = {target->u.subscript.value, target->u.subscript.slice};
        IrOperand k[2];
        lw_exprs(c, parts, 2, k);
        IrOperand a[3] = {k[0], k[1], v};
        lw_call_s(c, "py2c_fast_setitem", a, 3, lw_loc(c, target));
        release_all(c, k, 2);
        if (!keep) lw_release(c, v);
        return;
    }
    case AST_TUPLE:
    case AST_LIST: assign_sequence(c, target, v, keep); return;
    case AST_STARRED: lw_assign(c, target->u.starred.value, v, keep); return;
    case AST_BOOL_OP:
    case AST_NAMED_EXPR:
    case AST_BIN_OP:
    case AST_UNARY_OP:
    case AST_LAMBDA:
    case AST_IF_EXP:
    case AST_DICT:
    case AST_SET:
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
    case AST_COMPARE:
    case AST_CALL:
    case AST_FORMATTED_VALUE:
    case AST_JOINED_STR:
    case AST_CONSTANT:
    case AST_SLICE:
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
    lw_unsupported(c, target->span, "assigning to %s", lw_describe(target->kind));
}
