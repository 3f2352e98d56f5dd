/* Annotations: tree-sitter-python parses the expression after `:` / `->` as a
 * `type` node, and some annotations as forms of its own (generic_type,
 * union_type, member_type, splat_type), which become the Subscript, BinOp,
 * Attribute and Starred nodes CPython has there. */
#include "frontend/fe_convert.h"

/* The two named children of a generic_type (type type_parameter), union_type
 * (type '|' type) or member_type (type '.' identifier); reports the node as
 * invalid syntax when there are not two or the second is not a `second`
 * (NULL: anything). */
static bool two_parts(FeCtx *c, TSNode n, const char *second, TSNode part[2]) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    bool ok = kids.len == 2 && (!second || fe_is(kids.items[1], second));
    if (ok) {
        part[0] = kids.items[0];
        part[1] = kids.items[1];
    } else {
        fe_error(c, n, "invalid syntax");
    }
    VEC_FREE(&kids);
    return ok;
}

static AstNode *type_expr(FeCtx *c, TSNode n) {
    TSNode part[2];
    if (fe_is(n, "type")) {
        TSNode inner = fe_first_named(n);
        if (ts_node_is_null(inner)) {
            fe_error(c, n, "invalid syntax");
            return fe_bad_expr(c, fe_span(n));
        }
        return type_expr(c, inner);
    }
    if (fe_is(n, "generic_type")) {
        if (!two_parts(c, n, "type_parameter", part)) return fe_bad_expr(c, fe_span(n));
        AstNode *e = ast_new(c->arena, AST_SUBSCRIPT, fe_span(n));
        e->u.subscript.value = type_expr(c, part[0]);
        /* type_parameter: '[' type (',' type)* [','] ']', a slice as in a subscript */
        e->u.subscript.slice = fe_bracket_slice(c, part[1], type_expr);
        if (!e->u.subscript.slice) {
            fe_error(c, part[1], "invalid syntax");
            e->u.subscript.slice = fe_bad_expr(c, fe_span(part[1]));
        }
        return e;
    }
    if (fe_is(n, "union_type")) {
        if (!two_parts(c, n, NULL, part)) return fe_bad_expr(c, fe_span(n));
        AstNode *e = ast_new(c->arena, AST_BIN_OP, fe_span(n));
        e->u.bin_op.left = type_expr(c, part[0]);
        e->u.bin_op.op = AST_OP_BIT_OR;
        e->u.bin_op.right = type_expr(c, part[1]);
        return e;
    }
    if (fe_is(n, "member_type")) {
        if (!two_parts(c, n, "identifier", part)) return fe_bad_expr(c, fe_span(n));
        AstNode *e = ast_new(c->arena, AST_ATTRIBUTE, fe_span(n));
        e->u.attribute.value = type_expr(c, part[0]);
        e->u.attribute.attr = fe_ident(c, part[1]);
        return e;
    }
    if (fe_is(n, "splat_type")) {
        AstNode *e = ast_new(c->arena, AST_STARRED, fe_span(n));
        TSNode v = fe_first_named(n);
        e->u.starred.value = ts_node_is_null(v) ? fe_bad_expr(c, fe_span(n)) : fe_expr(c, v);
        return e;
    }
    if (fe_is(n, "constrained_type")) { /* `T: int`: only in PEP 695 type parameters */
        fe_error_not_311(c, n, "a constrained type parameter (PEP 695)");
        return fe_bad_expr(c, fe_span(n));
    }
    return fe_expr(c, n);
}

AstNode *fe_type_expr(FeCtx *c, TSNode n) { return type_expr(c, n); }
