/* CPython's specific messages for some invalid code that tree-sitter turns
 * into ERROR nodes, so that `f() = 1` says what CPython says rather than
 * "invalid syntax". Only shapes recognised with certainty are explained. */
#include "frontend/fe_convert.h"
#include "ir/ast_kinds.h"

/* CPython's `invalid_named_expression` rule words the error "... here. Maybe
 * you meant '==' instead of '='?" when the target is a bitwise_or expression
 * that does not start with a display, a generator or a singleton. */
static bool here_variant(const AstNode *e) {
    switch (e->kind) {
    case AST_BOOL_OP: case AST_COMPARE: case AST_IF_EXP: case AST_LAMBDA: case AST_NAMED_EXPR:
    case AST_YIELD: case AST_YIELD_FROM: case AST_STARRED: case AST_GENERATOR_EXP: case AST_LIST:
    case AST_TUPLE:
        return false;
    case AST_UNARY_OP: return e->u.unary_op.op != AST_OP_NOT;
    case AST_CONSTANT:
        return e->u.constant.kind != AST_CONST_NONE && e->u.constant.kind != AST_CONST_TRUE &&
               e->u.constant.kind != AST_CONST_FALSE;
    case AST_BIN_OP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP:
    case AST_DICT_COMP: case AST_AWAIT: case AST_CALL: case AST_FORMATTED_VALUE: case AST_JOINED_STR:
    case AST_ATTRIBUTE: case AST_SUBSCRIPT: case AST_NAME: case AST_SLICE:
    AST_CASES_NOT_EXPR:
        break;
    }
    return true;
}

/* Converts n without keeping the diagnostics the conversion itself reports. */
static AstNode *quiet_expr(FeCtx *c, TSNode n) {
    DiagList scratch;
    diag_init(&scratch);
    FeCtx q = {c->arena, c->src, &scratch};
    AstNode *e = fe_expr(&q, n);
    bool clean = scratch.error_count == 0;
    diag_free(&scratch);
    return clean ? e : NULL;
}

static TSNode next_named_sibling(TSNode n) {
    TSNode s = ts_node_next_named_sibling(n);
    while (!ts_node_is_null(s) && (fe_is(s, "comment") || fe_is(s, "line_continuation")))
        s = ts_node_next_named_sibling(s);
    return s;
}

/* ERROR: target '='  (an invalid assignment target) */
static bool bad_assignment(FeCtx *c, TSNode err, TSNode target) {
    AstNode *e = quiet_expr(c, target);
    if (!e) return false;
    AstNode *bad = fe_invalid_target(e, AST_STORE);
    if (!bad) return false;
    if (e->kind == AST_YIELD || e->kind == AST_YIELD_FROM) {
        TSNode parent = ts_node_parent(err);
        if (!ts_node_is_null(parent) && fe_is(parent, "yield")) return false;
    }
    TSNode parent = ts_node_parent(err), next = next_named_sibling(err);
    bool chained = (!ts_node_is_null(parent) && fe_is(parent, "assignment")) ||
                   (!ts_node_is_null(next) && fe_is(next, "expression_statement") &&
                    !ts_node_is_null(fe_first_named(next)) && fe_is(fe_first_named(next), "assignment"));
    /* Any parenthesized expression is an atom, hence a bitwise_or. */
    if (bad == e && !chained && (fe_is(target, "parenthesized_expression") || here_variant(e)))
        fe_error_span(c, e->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?", fe_expr_name(e));
    else
        fe_error_span(c, bad->span, "cannot assign to %s", fe_expr_name(bad));
    return true;
}

/* ERROR: 'for' target 'in' ...  (a for statement or comprehension clause) */
static bool bad_for_target(FeCtx *c, TSNode target) {
    AstNode *e = quiet_expr(c, target);
    if (!e) return false;
    AstNode *bad = fe_invalid_target(e, AST_STORE);
    if (!bad) return false;
    fe_error_span(c, bad->span, "cannot assign to %s", fe_expr_name(bad));
    return true;
}

/* ERROR: target ':' '='  (`(a.b := 1)`: tree-sitter splits the walrus) */
static bool bad_walrus(FeCtx *c, TSNode target) {
    AstNode *e = quiet_expr(c, target);
    if (!e || e->kind == AST_NAME) return false;
    fe_error_span(c, e->span, "cannot use assignment expressions with %s", fe_expr_name(e));
    return true;
}

bool fe_explain_error(FeCtx *c, TSNode err) {
    TSNodeVec kids = {0};
    fe_children(err, false, &kids);
    bool done = false;
    if (kids.len == 2 && ts_node_is_named(kids.items[0]) && fe_is(kids.items[1], "="))
        done = bad_assignment(c, err, kids.items[0]);
    else if (kids.len >= 3 && fe_is(kids.items[0], "for") && ts_node_is_named(kids.items[1]) && fe_is(kids.items[2], "in"))
        done = bad_for_target(c, kids.items[1]);
    else if (kids.len >= 4 && fe_is(kids.items[0], "async") && fe_is(kids.items[1], "for") &&
             ts_node_is_named(kids.items[2]) && fe_is(kids.items[3], "in"))
        done = bad_for_target(c, kids.items[2]);
    else if (kids.len == 3 && ts_node_is_named(kids.items[0]) && fe_is(kids.items[1], ":") && fe_is(kids.items[2], "="))
        done = bad_walrus(c, kids.items[0]);
    VEC_FREE(&kids);
    return done;
}
