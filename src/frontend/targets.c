/* Assignment and deletion targets: Store / Del context and CPython's
 * "cannot assign to ..." / "cannot delete ..." errors. tree-sitter's `pattern`
 * rule already rejects most invalid assignment targets (as ERROR nodes); what
 * reaches here unchecked are `with ... as TARGET`, `del TARGET` and
 * augmented-assignment targets (checked in stmt.c). */
#include "frontend/fe_convert.h"

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
    case AST_MODULE: case AST_FUNCTION_DEF: case AST_ASYNC_FUNCTION_DEF: case AST_CLASS_DEF:
    case AST_RETURN: case AST_DELETE: case AST_ASSIGN: case AST_AUG_ASSIGN: case AST_ANN_ASSIGN:
    case AST_FOR: case AST_ASYNC_FOR: case AST_WHILE: case AST_IF: case AST_WITH:
    case AST_ASYNC_WITH: case AST_MATCH: case AST_RAISE: case AST_TRY: case AST_TRY_STAR:
    case AST_ASSERT: case AST_IMPORT: case AST_IMPORT_FROM: case AST_GLOBAL: case AST_NONLOCAL:
    case AST_EXPR: case AST_PASS: case AST_BREAK: case AST_CONTINUE:
    case AST_BOOL_OP: case AST_NAMED_EXPR: case AST_BIN_OP: case AST_UNARY_OP: case AST_LAMBDA:
    case AST_IF_EXP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP:
    case AST_DICT_COMP: case AST_GENERATOR_EXP: case AST_AWAIT: case AST_YIELD: case AST_YIELD_FROM:
    case AST_COMPARE: case AST_CALL: case AST_FORMATTED_VALUE: case AST_JOINED_STR: case AST_CONSTANT:
    case AST_SLICE: case AST_COMPREHENSION: case AST_EXCEPT_HANDLER: case AST_ARGUMENTS: case AST_ARG:
    case AST_KEYWORD: case AST_ALIAS: case AST_WITHITEM: case AST_MATCH_CASE:
    case AST_MATCH_VALUE: case AST_MATCH_SINGLETON: case AST_MATCH_SEQUENCE:
    case AST_MATCH_MAPPING: case AST_MATCH_CLASS: case AST_MATCH_STAR: case AST_MATCH_AS:
    case AST_MATCH_OR: case AST_KIND_COUNT:
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
