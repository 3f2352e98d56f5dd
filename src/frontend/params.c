/* Parameter lists of `def` and `lambda` -> the `arguments` node, with the
 * parser errors CPython reports for badly ordered parameters. */
#include "frontend/fe_convert.h"

static Span first_token(TSNode n) {
    while (ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
    return fe_span(n);
}

static AstNode *new_arg(FeCtx *c, TSNode id, Span span, TSNode type) {
    AstNode *a = ast_new(c->arena, AST_ARG, span);
    a->u.arg.arg = fe_ident(c, id);
    if (!ts_node_is_null(type)) a->u.arg.annotation = fe_expr(c, type);
    return a;
}

typedef enum ParamKind { P_PLAIN, P_STAR, P_DSTAR, P_BARE_STAR, P_SLASH, P_BAD } ParamKind;

typedef struct Param {
    ParamKind kind;
    AstNode *arg;      /* P_PLAIN, P_STAR, P_DSTAR */
    AstNode *deflt;    /* P_PLAIN with a default */
} Param;

/* One element of `parameters` / `lambda_parameters`:
 *   identifier | typed_parameter | default_parameter | typed_default_parameter
 *   | list_splat_pattern | dictionary_splat_pattern | keyword_separator
 *   | positional_separator | tuple_pattern (Python 2) */
static Param param(FeCtx *c, TSNode n) {
    Param p = {P_BAD, NULL, NULL};
    TSNode null = {0};
    if (fe_is(n, "identifier")) {
        p.kind = P_PLAIN;
        p.arg = new_arg(c, n, fe_span(n), null);
    } else if (fe_is(n, "default_parameter") || fe_is(n, "typed_default_parameter")) {
        TSNode name = fe_field(n, "name"), type = fe_field(n, "type"), value = fe_field(n, "value");
        if (ts_node_is_null(name) || !fe_is(name, "identifier") || ts_node_is_null(value)) {
            fe_error(c, ts_node_is_null(name) ? n : name, "Function parameters cannot be parenthesized");
            return p;
        }
        p.kind = P_PLAIN;
        Span sp = ts_node_is_null(type) ? fe_span(name) : fe_span_join(fe_span(name), fe_span(type));
        p.arg = new_arg(c, name, sp, type);
        p.deflt = fe_expr(c, value);
    } else if (fe_is(n, "typed_parameter")) {
        TSNode type = fe_field(n, "type"), inner = fe_first_named(n);
        if (ts_node_is_null(inner)) return p;
        p.kind = fe_is(inner, "list_splat_pattern") ? P_STAR : fe_is(inner, "dictionary_splat_pattern") ? P_DSTAR : P_PLAIN;
        TSNode id = p.kind == P_PLAIN ? inner : fe_first_named(inner);
        if (ts_node_is_null(id) || !fe_is(id, "identifier")) {
            fe_error(c, inner, "invalid syntax");
            p.kind = P_BAD;
            return p;
        }
        p.arg = new_arg(c, id, fe_span_join(fe_span(id), fe_span(n)), type);
    } else if (fe_is(n, "list_splat_pattern") || fe_is(n, "dictionary_splat_pattern")) {
        TSNode id = fe_first_named(n);
        if (ts_node_is_null(id) || !fe_is(id, "identifier")) {
            fe_error(c, n, "invalid syntax");
            return p;
        }
        p.kind = fe_is(n, "list_splat_pattern") ? P_STAR : P_DSTAR;
        p.arg = new_arg(c, id, fe_span(id), null);
    } else if (fe_is(n, "keyword_separator")) {
        p.kind = P_BARE_STAR;
    } else if (fe_is(n, "positional_separator")) {
        p.kind = P_SLASH;
    } else if (fe_is(n, "tuple_pattern") || fe_is(n, "list_pattern")) {
        fe_error(c, n, "Function parameters cannot be parenthesized");
    } else {
        fe_error(c, n, "invalid syntax");
    }
    return p;
}

AstNode *fe_arguments(FeCtx *c, TSNode params, Span where) {
    AstNode *a = ast_new(c->arena, AST_ARGUMENTS, where);
    if (ts_node_is_null(params)) return a;
    bool is_lambda = fe_is(params, "lambda_parameters");
    TSNodeVec kids = {0};
    fe_children(params, true, &kids);
    AstNodeVec pos = {0}, kwonly = {0}, kwdef = {0}, defaults = {0};
    bool seen_star = false, seen_slash = false, seen_dstar = false, reported = false;
    bool default_after_slash = false;
    TSNode bare_star = {0};
    bool bare_star_pending = false;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        Param p = param(c, k);
        if (p.kind == P_BAD) continue;
        if (seen_dstar && !reported) {
            fe_error_span(c, first_token(k), "arguments cannot follow var-keyword argument");
            reported = true;
        }
        switch (p.kind) {
        case P_PLAIN:
            if (seen_star) {
                bare_star_pending = false;
                VEC_PUSH(&kwonly, p.arg);
                VEC_PUSH(&kwdef, p.deflt);
            } else {
                if (p.deflt) {
                    if (defaults.len == 0 && seen_slash) default_after_slash = true;
                    VEC_PUSH(&defaults, p.deflt);
                } else if (defaults.len > 0 && !reported) {
                    if (default_after_slash) { /* CPython stops at the token after the parameter */
                        TSNode next = ts_node_next_sibling(k);
                        Span sp = fe_span(k);
                        if (!ts_node_is_null(next)) sp = fe_span(next);
                        else sp = (Span){sp.end_line, sp.end_col, sp.end_line, sp.end_col + 1, sp.end_byte, sp.end_byte + 1};
                        fe_error_span(c, sp, "invalid syntax");
                    } else
                        fe_error(c, k, "non-default argument follows default argument");
                    reported = true;
                }
                VEC_PUSH(&pos, p.arg);
            }
            break;
        case P_STAR:
        case P_BARE_STAR:
            if (seen_star && !reported) {
                fe_error_span(c, first_token(k), "* argument may appear only once");
                reported = true;
            }
            seen_star = true;
            if (p.kind == P_STAR) {
                a->u.arguments.vararg = p.arg;
            } else {
                bare_star = k;
                bare_star_pending = true;
            }
            break;
        case P_DSTAR:
            if (bare_star_pending && !reported) {
                fe_error(c, bare_star, "named arguments must follow bare *");
                reported = true;
            }
            bare_star_pending = false;
            seen_dstar = true;
            a->u.arguments.kwarg = p.arg;
            break;
        case P_SLASH:
            if (reported) break;
            if (seen_star) fe_error(c, k, "/ must be ahead of *");
            else if (seen_slash) fe_error(c, k, "/ may appear only once");
            else if (pos.len == 0) fe_error(c, k, "at least one argument must precede /");
            if (seen_star || seen_slash || pos.len == 0) {
                reported = true;
                break;
            }
            seen_slash = true;
            a->u.arguments.posonlyargs = fe_list(c, &pos);
            break;
        case P_BAD:
            break;
        }
    }
    if (bare_star_pending && !reported) {
        if (is_lambda) {
            /* CPython points at the token after the `*` (the colon). */
            Span sp = fe_span(bare_star);
            sp.col = sp.end_col;
            sp.end_col++;
            sp.start_byte = sp.end_byte;
            sp.end_byte++;
            fe_error_span(c, sp, "named arguments must follow bare *");
        } else {
            fe_error(c, bare_star, "named arguments must follow bare *");
        }
    }
    VEC_FREE(&kids);
    a->u.arguments.args = fe_list(c, &pos);
    a->u.arguments.kwonlyargs = fe_list(c, &kwonly);
    a->u.arguments.kw_defaults = fe_list(c, &kwdef);
    a->u.arguments.defaults = fe_list(c, &defaults);
    return a;
}
