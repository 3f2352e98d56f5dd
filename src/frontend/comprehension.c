/* Comprehensions and generator expressions. */
#include "frontend/fe_convert.h"

/* `f(x for x in y,)`: tree-sitter takes the comma into the for clause; CPython
 * reports the unparenthesized generator. Elsewhere the comma is a plain error. */
static void trailing_comma(FeCtx *c, TSNode comp, TSNode comma, TSNode before) {
    TSNode parent = ts_node_parent(comp);
    TSNode body = fe_field(comp, "body");
    if (fe_is(comp, "generator_expression") && !ts_node_is_null(parent) && fe_is(parent, "call") && !ts_node_is_null(body))
        fe_error_span(c, fe_span_join(fe_span(body), fe_span(before)), "Generator expression must be parenthesized");
    else
        fe_error(c, comma, "invalid syntax");
}

/* for_in_clause: ['async'] 'for' left=(pattern | pattern_list) 'in' right=expression (',' expression)* [',']
 * Several `right` expressions only come from tree-sitter accepting
 * `for x in a, b` inside a comprehension, which CPython rejects. */
static AstNode *for_in(FeCtx *c, TSNode n, TSNode comp) {
    AstNode *g = ast_new(c->arena, AST_COMPREHENSION, fe_span(n));
    g->u.comprehension.is_async = fe_has_token(n, "async");
    TSNode left = fe_field(n, "left");
    g->u.comprehension.target = ts_node_is_null(left) ? fe_bad_expr(c, fe_span(n)) : fe_target(c, left, AST_STORE);
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    bool after_in = false;
    int count = 0;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (!ts_node_is_named(k)) {
            if (fe_is(k, "in")) after_in = true;
            else if (after_in && fe_is(k, ",")) trailing_comma(c, comp, k, i > 0 ? kids.items[i - 1] : k);
            continue;
        }
        if (!after_in) continue;
        if (count++ == 0) g->u.comprehension.iter = fe_expr(c, k);
    }
    VEC_FREE(&kids);
    if (!g->u.comprehension.iter) {
        fe_error(c, n, "invalid syntax");
        g->u.comprehension.iter = fe_bad_expr(c, fe_span(n));
    }
    return g;
}

/* list_comprehension / set_comprehension / generator_expression:
 *   open body=expression (for_in_clause | if_clause)+ close
 * dictionary_comprehension: '{' body=pair (for_in_clause | if_clause)+ '}' */
AstNode *fe_comprehension(FeCtx *c, TSNode n) {
    AstKind kind = fe_is(n, "list_comprehension") ? AST_LIST_COMP
                   : fe_is(n, "set_comprehension") ? AST_SET_COMP
                   : fe_is(n, "dictionary_comprehension") ? AST_DICT_COMP
                                                          : AST_GENERATOR_EXP;
    AstNode *e = ast_new(c->arena, kind, fe_span(n));
    TSNode body = fe_field(n, "body");
    if (ts_node_is_null(body)) {
        fe_error(c, n, "invalid syntax");
        return fe_bad_expr(c, fe_span(n));
    }
    if (kind == AST_DICT_COMP) {
        TSNode k = fe_field(body, "key"), v = fe_field(body, "value");
        if (!fe_is(body, "pair") || ts_node_is_null(k) || ts_node_is_null(v)) {
            fe_error(c, body, "invalid syntax");
            return fe_bad_expr(c, fe_span(n));
        }
        e->u.dict_comp.key = fe_expr(c, k);
        e->u.dict_comp.value = fe_expr(c, v);
    } else {
        if (fe_is(body, "list_splat") || fe_is(body, "parenthesized_list_splat")) {
            fe_error(c, body, "iterable unpacking cannot be used in comprehension");
            return fe_bad_expr(c, fe_span(n));
        }
        e->u.comp.elt = fe_expr(c, body);
    }
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec gens = {0}, ifs = {0};
    AstNode *cur = NULL;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "for_in_clause")) {
            if (cur) cur->u.comprehension.ifs = fe_list(c, &ifs);
            cur = for_in(c, k, n);
            VEC_PUSH(&gens, cur);
        } else if (fe_is(k, "if_clause")) {
            TSNode cond = fe_first_named(k);
            if (!cur || ts_node_is_null(cond)) {
                fe_error(c, k, "invalid syntax");
                continue;
            }
            VEC_PUSH(&ifs, fe_expr(c, cond));
        }
    }
    VEC_FREE(&kids);
    if (cur) cur->u.comprehension.ifs = fe_list(c, &ifs);
    else VEC_FREE(&ifs);
    AstList g = fe_list(c, &gens);
    if (kind == AST_DICT_COMP) e->u.dict_comp.generators = g;
    else e->u.comp.generators = g;
    return e;
}
