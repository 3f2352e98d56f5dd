/* Compound statements: if, for, while, try, with, def, class.
 * CPython's span of a compound statement runs from its first keyword (`async`,
 * `def`, `if`, ...; never a decorator) to the end of the last statement of its
 * last block, so trailing comments never count. */
#include "frontend/fe_convert.h"

static AstNode *expr_or_bad(FeCtx *c, TSNode n, TSNode parent) {
    if (ts_node_is_null(n)) {
        fe_error(c, parent, "invalid syntax");
        return fe_bad_expr(c, fe_span(parent));
    }
    return fe_expr(c, n);
}

static AstList block_field(FeCtx *c, TSNode n, const char *field) {
    TSNode b = fe_field(n, field);
    if (ts_node_is_null(b)) {
        fe_error(c, n, "invalid syntax");
        return (AstList){0};
    }
    return fe_block(c, b);
}

/* The first `block` child (except_clause and finally_clause have no field for it). */
static AstList first_block(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstList body = {0};
    bool found = false;
    for (int i = 0; i < kids.len && !found; i++)
        if (fe_is(kids.items[i], "block")) {
            body = fe_block(c, kids.items[i]);
            found = true;
        }
    VEC_FREE(&kids);
    if (!found) fe_error(c, n, "invalid syntax");
    return body;
}

/* else_clause: 'else' ':' body=block */
static AstList else_body(FeCtx *c, TSNode n) {
    TSNode e = fe_field(n, "alternative");
    if (ts_node_is_null(e)) return (AstList){0};
    return block_field(c, e, "body");
}

/* if_statement: 'if' condition ':' consequence (alternative=elif_clause)* [alternative=else_clause]
 * elif_clause: 'elif' condition ':' consequence */
static AstNode *if_stmt(FeCtx *c, TSNode n) {
    TSNodeVec alts = {0};
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    for (int i = 0; i < kids.len; i++)
        if (fe_is(kids.items[i], "elif_clause") || fe_is(kids.items[i], "else_clause")) VEC_PUSH(&alts, kids.items[i]);
    VEC_FREE(&kids);
    /* Built from the last clause backwards: each elif is an If in the orelse of the previous one. */
    AstList orelse = {0};
    for (int i = alts.len - 1; i >= 0; i--) {
        TSNode a = alts.items[i];
        if (fe_is(a, "else_clause")) {
            orelse = block_field(c, a, "body");
            continue;
        }
        AstNode *s = ast_new(c->arena, AST_IF, fe_span(a));
        s->u.if_.test = expr_or_bad(c, fe_field(a, "condition"), a);
        s->u.if_.body = block_field(c, a, "consequence");
        s->u.if_.orelse = orelse;
        s->span = fe_stmt_span(c, fe_span(a), orelse.len ? orelse : s->u.if_.body);
        orelse = ast_list_from(c->arena, &s, 1);
    }
    VEC_FREE(&alts);
    AstNode *s = ast_new(c->arena, AST_IF, fe_span(n));
    s->u.if_.test = expr_or_bad(c, fe_field(n, "condition"), n);
    s->u.if_.body = block_field(c, n, "consequence");
    s->u.if_.orelse = orelse;
    s->span = fe_stmt_span(c, fe_span(n), orelse.len ? orelse : s->u.if_.body);
    return s;
}

/* for_statement: ['async'] 'for' left 'in' right ':' body [alternative=else_clause] */
static AstNode *for_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, fe_has_token(n, "async") ? AST_ASYNC_FOR : AST_FOR, fe_span(n));
    TSNode left = fe_field(n, "left");
    s->u.for_.target = ts_node_is_null(left) ? fe_bad_expr(c, fe_span(n)) : fe_target(c, left, AST_STORE);
    s->u.for_.iter = expr_or_bad(c, fe_field(n, "right"), n);
    s->u.for_.body = block_field(c, n, "body");
    s->u.for_.orelse = else_body(c, n);
    s->span = fe_stmt_span(c, fe_span(n), s->u.for_.orelse.len ? s->u.for_.orelse : s->u.for_.body);
    return s;
}

/* while_statement: 'while' condition ':' body [alternative=else_clause] */
static AstNode *while_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_WHILE, fe_span(n));
    s->u.while_.test = expr_or_bad(c, fe_field(n, "condition"), n);
    s->u.while_.body = block_field(c, n, "body");
    s->u.while_.orelse = else_body(c, n);
    s->span = fe_stmt_span(c, fe_span(n), s->u.while_.orelse.len ? s->u.while_.orelse : s->u.while_.body);
    return s;
}

/* The `TYPE [as NAME]` of an except clause: an expression, an as_pattern with an
 * as_pattern_target, or (Python 2) `TYPE, NAME`. */
static void except_head(FeCtx *c, TSNode n, AstNode *h) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    int exprs = 0;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "block")) continue;
        if (exprs++ > 0) {
            if (h->u.except_handler.type)
                fe_error_span(c, fe_span_join(h->u.except_handler.type->span, fe_span(k)),
                              "multiple exception types must be parenthesized");
            continue;
        }
        if (fe_is(k, "as_pattern")) {
            TSNode type = fe_first_named(k), alias = fe_field(k, "alias");
            if (!ts_node_is_null(type) && fe_is(type, "list_splat")) type = fe_first_named(type);
            h->u.except_handler.type = expr_or_bad(c, type, k);
            TSNode id = ts_node_is_null(alias) ? alias : fe_first_named(alias);
            if (ts_node_is_null(id) || !fe_is(id, "identifier") || ts_node_named_child_count(alias) != 1) {
                fe_error(c, ts_node_is_null(alias) ? k : alias, "invalid syntax");
            } else {
                h->u.except_handler.name = fe_ident(c, id);
            }
        } else {
            h->u.except_handler.type = fe_expr(c, fe_is(k, "list_splat") && !ts_node_is_null(fe_first_named(k)) ? fe_first_named(k) : k);
        }
    }
    TSNode alias = fe_field(n, "alias");
    if (!ts_node_is_null(alias) && fe_is(alias, "identifier") && !h->u.except_handler.name.name)
        h->u.except_handler.name = fe_ident(c, alias);
    VEC_FREE(&kids);
}

/* `except *T:` (with a space) reaches here as an except_clause whose type is a list_splat. */
static bool except_splat(TSNode k) {
    TSNode v = fe_field(k, "value");
    if (!ts_node_is_null(v) && fe_is(v, "as_pattern")) v = fe_first_named(v);
    return !ts_node_is_null(v) && fe_is(v, "list_splat");
}

/* try_statement: 'try' ':' body (except_clause+ | except_group_clause+) [else_clause] [finally_clause]
 * except_clause: 'except' [value ['as' alias]] ':' block;  except_group_clause: 'except*' ... */
static AstNode *try_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_TRY, fe_span(n));
    s->u.try_.body = block_field(c, n, "body");
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec handlers = {0};
    bool plain = false, star = false;
    AstList last = s->u.try_.body;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "except_clause") || fe_is(k, "except_group_clause")) {
            bool is_star = fe_is(k, "except_group_clause") || except_splat(k);
            if ((is_star && plain) || (!is_star && star))
                fe_error(c, k, "cannot have both 'except' and 'except*' on the same 'try'");
            plain |= !is_star;
            star |= is_star;
            AstNode *h = ast_new(c->arena, AST_EXCEPT_HANDLER, fe_span(k));
            except_head(c, k, h);
            if (is_star && !h->u.except_handler.type) fe_error(c, k, "expected one or more exception types");
            h->u.except_handler.body = first_block(c, k);
            h->span = fe_stmt_span(c, fe_span(k), h->u.except_handler.body);
            VEC_PUSH(&handlers, h);
            last = h->u.except_handler.body;
        } else if (fe_is(k, "else_clause")) {
            s->u.try_.orelse = block_field(c, k, "body");
            last = s->u.try_.orelse;
        } else if (fe_is(k, "finally_clause")) {
            s->u.try_.finalbody = first_block(c, k);
            last = s->u.try_.finalbody;
        }
    }
    VEC_FREE(&kids);
    if (star) s->kind = AST_TRY_STAR;
    s->u.try_.handlers = fe_list(c, &handlers);
    s->span = fe_stmt_span(c, fe_span(n), last);
    return s;
}

/* with_item: value=(expression | as_pattern); `with (a as b):` puts the
 * as_pattern inside a parenthesized_expression. */
static AstNode *with_item(FeCtx *c, TSNode n) {
    AstNode *w = ast_new(c->arena, AST_WITHITEM, fe_span(n));
    TSNode v = fe_field(n, "value");
    if (ts_node_is_null(v)) v = fe_first_named(n);
    if (!ts_node_is_null(v) && fe_is(v, "parenthesized_expression")) {
        TSNode inner = fe_first_named(v);
        if (!ts_node_is_null(inner) && fe_is(inner, "as_pattern")) v = inner;
    }
    if (!ts_node_is_null(v) && fe_is(v, "as_pattern")) {
        w->u.withitem.context_expr = expr_or_bad(c, fe_first_named(v), v);
        TSNode alias = fe_field(v, "alias");
        TSNode target = ts_node_is_null(alias) ? alias : fe_first_named(alias);
        if (ts_node_is_null(target) || ts_node_named_child_count(alias) != 1) {
            fe_error(c, v, "invalid syntax");
        } else {
            w->u.withitem.optional_vars = fe_target(c, target, AST_STORE);
        }
    } else {
        w->u.withitem.context_expr = expr_or_bad(c, v, n);
    }
    return w;
}

/* with_statement: ['async'] 'with' with_clause ':' body
 * with_clause: with_item (',' with_item)* | '(' with_item (',' with_item)* [','] ')' */
static AstNode *with_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, fe_has_token(n, "async") ? AST_ASYNC_WITH : AST_WITH, fe_span(n));
    TSNode clause = {0};
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    for (int i = 0; i < kids.len; i++)
        if (fe_is(kids.items[i], "with_clause")) clause = kids.items[i];
    VEC_FREE(&kids);
    AstNodeVec items = {0};
    if (!ts_node_is_null(clause)) {
        fe_children(clause, true, &kids);
        for (int i = 0; i < kids.len; i++) VEC_PUSH(&items, with_item(c, kids.items[i]));
        VEC_FREE(&kids);
    }
    if (items.len == 0) fe_error(c, n, "invalid syntax");
    s->u.with.items = fe_list(c, &items);
    s->u.with.body = block_field(c, n, "body");
    s->span = fe_stmt_span(c, fe_span(n), s->u.with.body);
    return s;
}

/* function_definition: ['async'] 'def' name [type_parameters] parameters ['->' return_type] ':' body */
static AstNode *function_def(FeCtx *c, TSNode n, AstList decorators) {
    AstNode *s = ast_new(c->arena, fe_has_token(n, "async") ? AST_ASYNC_FUNCTION_DEF : AST_FUNCTION_DEF, fe_span(n));
    TSNode name = fe_field(n, "name"), tp = fe_field(n, "type_parameters"), ret = fe_field(n, "return_type");
    s->u.function_def.name = ts_node_is_null(name) ? (AstIdent){"<error>", fe_span(n)} : fe_ident(c, name);
    if (!ts_node_is_null(tp)) fe_error_not_311(c, tp, "a type parameter list (PEP 695)");
    s->u.function_def.args = fe_arguments(c, fe_field(n, "parameters"), fe_span(n));
    if (!ts_node_is_null(ret)) s->u.function_def.returns = fe_expr(c, ret);
    s->u.function_def.body = block_field(c, n, "body");
    s->u.function_def.decorator_list = decorators;
    s->span = fe_stmt_span(c, fe_span(n), s->u.function_def.body);
    return s;
}

/* class_definition: 'class' name [type_parameters] [superclasses=argument_list] ':' body */
static AstNode *class_def(FeCtx *c, TSNode n, AstList decorators) {
    AstNode *s = ast_new(c->arena, AST_CLASS_DEF, fe_span(n));
    TSNode name = fe_field(n, "name"), tp = fe_field(n, "type_parameters"), sup = fe_field(n, "superclasses");
    s->u.class_def.name = ts_node_is_null(name) ? (AstIdent){"<error>", fe_span(n)} : fe_ident(c, name);
    if (!ts_node_is_null(tp)) fe_error_not_311(c, tp, "a type parameter list (PEP 695)");
    if (!ts_node_is_null(sup)) {
        TSNodeVec kids = {0};
        fe_children(sup, true, &kids);
        for (int i = 0; i < kids.len; i++)
            if (fe_is(kids.items[i], "generator_expression")) {
                TSNode clause = ts_node_named_child(kids.items[i], 1);
                fe_error(c, ts_node_is_null(clause) ? kids.items[i] : ts_node_child(clause, 0), "invalid syntax");
            }
        VEC_FREE(&kids);
        fe_call_args(c, sup, &s->u.class_def.bases, &s->u.class_def.keywords);
    }
    s->u.class_def.body = block_field(c, n, "body");
    s->u.class_def.decorator_list = decorators;
    s->span = fe_stmt_span(c, fe_span(n), s->u.class_def.body);
    return s;
}

/* decorated_definition: ('@' expression NEWLINE)+ definition=(function_definition | class_definition) */
static AstNode *decorated(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec decos = {0};
    for (int i = 0; i < kids.len; i++)
        if (fe_is(kids.items[i], "decorator")) VEC_PUSH(&decos, expr_or_bad(c, fe_first_named(kids.items[i]), kids.items[i]));
    VEC_FREE(&kids);
    AstList list = fe_list(c, &decos);
    TSNode def = fe_field(n, "definition");
    if (!ts_node_is_null(def) && fe_is(def, "function_definition")) return function_def(c, def, list);
    if (!ts_node_is_null(def) && fe_is(def, "class_definition")) return class_def(c, def, list);
    fe_error(c, n, "invalid syntax");
    return ast_new(c->arena, AST_PASS, fe_span(n));
}

AstNode *fe_compound(FeCtx *c, TSNode n) {
    AstList none = {0};
    if (fe_is(n, "if_statement")) return if_stmt(c, n);
    if (fe_is(n, "for_statement")) return for_stmt(c, n);
    if (fe_is(n, "while_statement")) return while_stmt(c, n);
    if (fe_is(n, "try_statement")) return try_stmt(c, n);
    if (fe_is(n, "with_statement")) return with_stmt(c, n);
    if (fe_is(n, "function_definition")) return function_def(c, n, none);
    if (fe_is(n, "class_definition")) return class_def(c, n, none);
    if (fe_is(n, "decorated_definition")) return decorated(c, n);
    /* Anything else in statement position has no Python 3.11 meaning. */
    fe_error(c, n, "invalid syntax");
    return ast_new(c->arena, AST_PASS, fe_span(n));
}
