/* Annotations: tree-sitter-python parses the expression after `:` / `->` as a
 * `type` node, and some annotations as forms of its own (generic_type,
 * union_type, member_type, splat_type), which become the Subscript, BinOp,
 * Attribute and Starred nodes CPython has there. */
#include "frontend/fe_convert.h"

/* constrained_type (`T: int`) only exists in PEP 695 type parameters. */
static AstNode *type_expr(FeCtx *c, TSNode n);

static AstNode *type_params_slice(FeCtx *c, TSNode tp) {
    TSNodeVec kids = {0};
    fe_children(tp, false, &kids);
    AstNodeVec items = {0};
    bool comma = false;
    Span first = fe_span(tp), last = fe_span(tp);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (!ts_node_is_named(k)) {
            if (fe_is(k, ",")) {
                comma = true;
                last = fe_span(k);
            }
            continue;
        }
        if (items.len == 0) first = fe_span(k);
        last = fe_span(k);
        VEC_PUSH(&items, type_expr(c, k));
    }
    VEC_FREE(&kids);
    if (items.len == 1 && !comma && items.items[0]->kind != AST_STARRED) {
        AstNode *only = items.items[0];
        VEC_FREE(&items);
        return only;
    }
    AstNode *t = ast_new(c->arena, AST_TUPLE, fe_span_join(first, last));
    t->u.seq.elts = fe_list(c, &items);
    return t;
}

static AstNode *type_expr(FeCtx *c, TSNode n) {
    if (fe_is(n, "type")) {
        TSNode inner = fe_first_named(n);
        if (ts_node_is_null(inner)) {
            fe_error(c, n, "invalid syntax");
            return fe_bad_expr(c, fe_span(n));
        }
        return type_expr(c, inner);
    }
    if (fe_is(n, "generic_type")) {
        TSNodeVec kids = {0};
        fe_children(n, true, &kids);
        AstNode *e = ast_new(c->arena, AST_SUBSCRIPT, fe_span(n));
        if (kids.len != 2 || !fe_is(kids.items[1], "type_parameter")) {
            fe_error(c, n, "invalid syntax");
            VEC_FREE(&kids);
            return fe_bad_expr(c, fe_span(n));
        }
        e->u.subscript.value = type_expr(c, kids.items[0]);
        e->u.subscript.slice = type_params_slice(c, kids.items[1]);
        VEC_FREE(&kids);
        return e;
    }
    if (fe_is(n, "union_type")) {
        TSNodeVec kids = {0};
        fe_children(n, true, &kids);
        if (kids.len != 2) {
            fe_error(c, n, "invalid syntax");
            VEC_FREE(&kids);
            return fe_bad_expr(c, fe_span(n));
        }
        AstNode *e = ast_new(c->arena, AST_BIN_OP, fe_span(n));
        e->u.bin_op.left = type_expr(c, kids.items[0]);
        e->u.bin_op.op = AST_OP_BIT_OR;
        e->u.bin_op.right = type_expr(c, kids.items[1]);
        VEC_FREE(&kids);
        return e;
    }
    if (fe_is(n, "member_type")) {
        TSNodeVec kids = {0};
        fe_children(n, true, &kids);
        if (kids.len != 2 || !fe_is(kids.items[1], "identifier")) {
            fe_error(c, n, "invalid syntax");
            VEC_FREE(&kids);
            return fe_bad_expr(c, fe_span(n));
        }
        AstNode *e = ast_new(c->arena, AST_ATTRIBUTE, fe_span(n));
        e->u.attribute.value = type_expr(c, kids.items[0]);
        e->u.attribute.attr = fe_ident(c, kids.items[1]);
        VEC_FREE(&kids);
        return e;
    }
    if (fe_is(n, "splat_type")) {
        AstNode *e = ast_new(c->arena, AST_STARRED, fe_span(n));
        TSNode v = fe_first_named(n);
        e->u.starred.value = ts_node_is_null(v) ? fe_bad_expr(c, fe_span(n)) : fe_expr(c, v);
        return e;
    }
    if (fe_is(n, "constrained_type")) {
        fe_error_not_311(c, n, "a constrained type parameter (PEP 695)");
        return fe_bad_expr(c, fe_span(n));
    }
    return fe_expr(c, n);
}

AstNode *fe_type_expr(FeCtx *c, TSNode n) { return type_expr(c, n); }
