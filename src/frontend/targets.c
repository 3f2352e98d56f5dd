/* Assignment and deletion targets: Store / Del context and CPython's
 * "cannot assign to ..." / "cannot delete ..." errors. tree-sitter's `pattern`
 * rule already rejects most invalid assignment targets (as ERROR nodes); what
 * reaches here unchecked are `with ... as TARGET`, `del TARGET` and
 * augmented-assignment targets (checked in stmt.c). */
#include "frontend/fe_convert.h"
#include "ir/ast_kinds.h"

/* Sets ctx throughout e; returns the first invalid sub-expression or NULL. */
static AstNode *set_ctx(AstNode *e, AstCtx ctx) {
    switch (e->kind) {
    case AST_NAME: e->u.name.ctx = ctx; return NULL;
    case AST_ATTRIBUTE: e->u.attribute.ctx = ctx; return NULL;
    case AST_SUBSCRIPT: e->u.subscript.ctx = ctx; return NULL;
    case AST_STARRED:
        if (ctx == AST_DEL) return e;
        e->u.starred.ctx = ctx;
        return set_ctx(e->u.starred.value, ctx);
    case AST_LIST:
    case AST_TUPLE:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            AstNode *bad = set_ctx(e->u.seq.elts.items[i], ctx);
            if (bad) return bad;
        }
        return NULL;
    case AST_BOOL_OP: case AST_NAMED_EXPR: case AST_BIN_OP: case AST_UNARY_OP: case AST_LAMBDA:
    case AST_IF_EXP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP:
    case AST_DICT_COMP: case AST_GENERATOR_EXP: case AST_AWAIT: case AST_YIELD: case AST_YIELD_FROM:
    case AST_COMPARE: case AST_CALL: case AST_FORMATTED_VALUE: case AST_JOINED_STR: case AST_CONSTANT:
    case AST_SLICE:
    AST_CASES_NOT_EXPR:
        break;
    }
    return e;
}

AstNode *fe_invalid_target(AstNode *e, AstCtx ctx) { return set_ctx(e, ctx); }

void fe_set_ctx(FeCtx *c, AstNode *e, AstCtx ctx) {
    AstNode *bad = set_ctx(e, ctx);
    if (!bad) return;
    fe_error_span(c, bad->span, "cannot %s %s", ctx == AST_DEL ? "delete" : "assign to", fe_expr_name(bad));
}

AstNode *fe_target(FeCtx *c, TSNode n, AstCtx ctx) {
    AstNode *e = fe_expr(c, n);
    fe_set_ctx(c, e, ctx);
    return e;
}
