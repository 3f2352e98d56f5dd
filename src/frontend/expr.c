/* Expressions: CST -> AST, in Load context (targets.c sets Store/Del).
 * Parentheses never make nodes: a parenthesized expression converts to its
 * inner expression with the inner span, as CPython's parser does, while the
 * spans of enclosing nodes come from their CST nodes and so include them. */
#include "frontend/fe_convert.h"
#include "ir/ast_kinds.h"

#include <string.h>

AstNode *fe_name(FeCtx *c, TSNode id, AstCtx ctx) {
    AstNode *e = ast_new(c->arena, AST_NAME, fe_span(id));
    e->u.name.id = fe_name_text(c, id);
    e->u.name.ctx = ctx;
    return e;
}

static AstNode *constant(FeCtx *c, TSNode n, AstConstKind kind) {
    AstNode *e = ast_new(c->arena, AST_CONSTANT, fe_span(n));
    e->u.constant.kind = kind;
    return e;
}

const char *fe_expr_name(const AstNode *e) {
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOL_OP: case AST_BIN_OP: case AST_UNARY_OP: return "expression";
    case AST_GENERATOR_EXP: return "generator expression";
    case AST_YIELD: case AST_YIELD_FROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LIST_COMP: return "list comprehension";
    case AST_SET_COMP: return "set comprehension";
    case AST_DICT_COMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINED_STR: case AST_FORMATTED_VALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->u.constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        case AST_CONST_INT: case AST_CONST_FLOAT: case AST_CONST_IMAG:
        case AST_CONST_STR: case AST_CONST_BYTES: return "literal";
        }
        return "literal";
    case AST_COMPARE: return "comparison";
    case AST_IF_EXP: return "conditional expression";
    case AST_NAMED_EXPR: return "named expression";
    case AST_SLICE: return "slice";
    AST_CASES_NOT_EXPR:
        break;
    }
    return "expression";
}

static bool op_from_token(const char *t, AstOp *op) {
    static const struct { const char *tok; AstOp op; } ops[] = {
        {"+", AST_OP_ADD}, {"-", AST_OP_SUB}, {"*", AST_OP_MULT}, {"@", AST_OP_MAT_MULT},
        {"/", AST_OP_DIV}, {"%", AST_OP_MOD}, {"**", AST_OP_POW}, {"<<", AST_OP_LSHIFT},
        {">>", AST_OP_RSHIFT}, {"|", AST_OP_BIT_OR}, {"^", AST_OP_BIT_XOR}, {"&", AST_OP_BIT_AND},
        {"//", AST_OP_FLOOR_DIV}, {"==", AST_OP_EQ}, {"!=", AST_OP_NOT_EQ}, {"<", AST_OP_LT},
        {"<=", AST_OP_LT_E}, {">", AST_OP_GT}, {">=", AST_OP_GT_E}, {"is", AST_OP_IS},
        {"is not", AST_OP_IS_NOT}, {"in", AST_OP_IN}, {"not in", AST_OP_NOT_IN},
    };
    for (size_t i = 0; i < ARRAY_LEN(ops); i++)
        if (strcmp(ops[i].tok, t) == 0) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

/* Converts a child that the grammar guarantees, or reports a bad tree. */
static AstNode *expr_field(FeCtx *c, TSNode parent, const char *field) {
    TSNode n = fe_field(parent, field);
    if (ts_node_is_null(n)) {
        fe_error(c, parent, "invalid syntax");
        return fe_bad_expr(c, fe_span(parent));
    }
    return fe_expr(c, n);
}

/* tree-sitter counts `*a` as a primary expression, so it parses `*a(b)`,
 * `*a.b` and `*a[i]` as a call, attribute or subscript of `*a`, where CPython
 * has the star apply to the whole `a(b)`. The chain is converted with the
 * star dropped (chain_child) and fe_expr wraps the result in a Starred. */
static AstNode *attribute(FeCtx *c, TSNode n);
static AstNode *subscript(FeCtx *c, TSNode n);
static AstNode *call(FeCtx *c, TSNode n);

static bool is_chain(TSNode n) { return fe_is(n, "call") || fe_is(n, "attribute") || fe_is(n, "subscript"); }

static TSNode chain_next(TSNode n) {
    return fe_field(n, fe_is(n, "call") ? "function" : fe_is(n, "attribute") ? "object" : "value");
}

TSNode fe_leading_splat(TSNode n) {
    TSNode null = {0};
    for (;;) {
        TSNode next;
        if (is_chain(n)) next = chain_next(n);
        else if (fe_is(n, "binary_operator")) next = fe_field(n, "left");
        else return null;
        if (ts_node_is_null(next)) return null;
        if (fe_is(next, "list_splat")) return next;
        n = next;
    }
}

static AstNode *chain_expr(FeCtx *c, TSNode n) {
    if (fe_is(n, "call")) return call(c, n);
    if (fe_is(n, "attribute")) return attribute(c, n);
    if (fe_is(n, "subscript")) return subscript(c, n);
    return fe_expr(c, n);
}

static AstNode *chain_child(FeCtx *c, TSNode parent, const char *field) {
    TSNode n = fe_field(parent, field);
    if (ts_node_is_null(n)) return expr_field(c, parent, field);
    if (fe_is(n, "list_splat")) {
        TSNode inner = fe_first_named(n);
        return ts_node_is_null(inner) ? fe_bad_expr(c, fe_span(n)) : fe_expr(c, inner);
    }
    return chain_expr(c, n);
}

/* Moves the start of e and of the nodes down its left spine that began at
 * the dropped star to `start`. */
void fe_fix_left_spine(AstNode *e, Span star, Span start) {
    while (e && e->span.start_byte == star.start_byte) {
        e->span.line = start.line;
        e->span.col = start.col;
        e->span.start_byte = start.start_byte;
        if (e->kind == AST_CALL) e = e->u.call.func;
        else if (e->kind == AST_ATTRIBUTE) e = e->u.attribute.value;
        else if (e->kind == AST_SUBSCRIPT) e = e->u.subscript.value;
        else if (e->kind == AST_BIN_OP) e = e->u.bin_op.left;
        else e = NULL;
    }
}

AstNode *fe_expr_unstarred(FeCtx *c, TSNode n, TSNode splat) {
    AstNode *e = chain_expr(c, n);
    TSNode inner = fe_first_named(splat);
    if (!ts_node_is_null(inner)) fe_fix_left_spine(e, fe_span(splat), fe_span(inner));
    return e;
}

static AstNode *starred_chain(FeCtx *c, TSNode n, TSNode splat) {
    AstNode *s = ast_new(c->arena, AST_STARRED, fe_span(n));
    s->u.starred.value = fe_expr_unstarred(c, n, splat);
    return s;
}

/* boolean_operator: left operator=('and'|'or') right. CPython makes one BoolOp
 * of an unparenthesized chain of the same operator. */
static bool same_bool_op(TSNode n, const char *op) {
    if (!fe_is(n, "boolean_operator")) return false;
    TSNode o = fe_field(n, "operator");
    return !ts_node_is_null(o) && fe_is(o, op);
}

/* The chain is left-nested (`a and b and c` is ((a and b) and c)), as deep
 * as it is long: walked down its left spine in a loop, not recursively
 * (CPython accepts chains of any length). */
static void bool_values(FeCtx *c, TSNode n, const char *op, AstNodeVec *out) {
    TSNodeVec rights = {0};
    while (same_bool_op(n, op)) {
        VEC_PUSH(&rights, fe_field(n, "right"));
        n = fe_field(n, "left");
    }
    if (!ts_node_is_null(n)) VEC_PUSH(out, fe_expr(c, n));
    for (int i = rights.len - 1; i >= 0; i--) {
        TSNode r = rights.items[i];
        if (same_bool_op(r, op)) bool_values(c, r, op, out);
        else if (!ts_node_is_null(r)) VEC_PUSH(out, fe_expr(c, r));
    }
    VEC_FREE(&rights);
}

static AstNode *boolean(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_BOOL_OP, fe_span(n));
    TSNode o = fe_field(n, "operator");
    const char *op = ts_node_is_null(o) ? "and" : ts_node_type(o);
    e->u.bool_op.op = strcmp(op, "or") == 0 ? AST_OP_OR : AST_OP_AND;
    AstNodeVec v = {0};
    bool_values(c, n, op, &v);
    e->u.bool_op.values = fe_list(c, &v);
    return e;
}

/* comparison_operator: primary_expression (operators=op primary_expression)+ */
static AstNode *comparison(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_COMPARE, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNodeVec operands = {0};
    VEC(AstOp) ops = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (ts_node_is_named(k)) {
            VEC_PUSH(&operands, fe_expr(c, k));
            continue;
        }
        AstOp op;
        if (!op_from_token(ts_node_type(k), &op)) {
            fe_error(c, k, "invalid syntax"); /* `<>` */
            op = AST_OP_NOT_EQ;
        }
        VEC_PUSH(&ops, op);
    }
    VEC_FREE(&kids);
    if (operands.len < 1 || ops.len != operands.len - 1) {
        fe_error(c, n, "invalid syntax");
        VEC_FREE(&ops);
        VEC_FREE(&operands);
        return fe_bad_expr(c, fe_span(n));
    }
    e->u.compare.left = operands.items[0];
    e->u.compare.op_count = ops.len;
    e->u.compare.ops = ARENA_NEW_ARRAY(c->arena, AstOp, ops.len);
    memcpy(e->u.compare.ops, ops.items, sizeof(AstOp) * (size_t)ops.len);
    e->u.compare.comparators = ast_list_from(c->arena, operands.items + 1, operands.len - 1);
    VEC_FREE(&ops);
    VEC_FREE(&operands);
    return e;
}

/* conditional_expression: body 'if' test 'else' orelse */
static AstNode *conditional(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    if (kids.len != 3) {
        VEC_FREE(&kids);
        fe_error(c, n, "invalid syntax");
        return fe_bad_expr(c, fe_span(n));
    }
    for (int i = 0; i < 3; i++)
        if (fe_is(kids.items[i], "list_splat")) {
            fe_error_span(c, fe_span(ts_node_child(kids.items[i], 0)), "invalid syntax");
            VEC_FREE(&kids);
            return fe_bad_expr(c, fe_span(n));
        }
    AstNode *e = ast_new(c->arena, AST_IF_EXP, fe_span(n));
    e->u.if_exp.body = fe_expr(c, kids.items[0]);
    e->u.if_exp.test = fe_expr(c, kids.items[1]);
    e->u.if_exp.orelse = fe_expr(c, kids.items[2]);
    VEC_FREE(&kids);
    return e;
}

/* attribute: object=primary_expression '.' attribute=identifier */
static AstNode *attribute(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_ATTRIBUTE, fe_span(n));
    e->u.attribute.value = chain_child(c, n, "object");
    TSNode id = fe_field(n, "attribute");
    e->u.attribute.attr = ts_node_is_null(id) ? (AstIdent){"<error>", fe_span(n)} : fe_ident(c, id);
    return e;
}

/* slice: [lower] ':' [upper] [':' [step]] */
static AstNode *slice(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_SLICE, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    int colons = 0;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (!ts_node_is_named(k)) {
            if (fe_is(k, ":")) colons++;
            continue;
        }
        AstNode *x = fe_expr(c, k);
        if (colons == 0) e->u.slice.lower = x;
        else if (colons == 1) e->u.slice.upper = x;
        else e->u.slice.step = x;
    }
    VEC_FREE(&kids);
    return e;
}

/* The element of a subscript or display: a slice, a starred item or an expression. */
static AstNode *element(FeCtx *c, TSNode n) {
    if (fe_is(n, "slice")) return slice(c, n);
    return fe_expr(c, n);
}

/* Several items, a trailing comma or a starred item make a Tuple that spans
 * from the first item to the last comma or item; one plain item stands alone.
 * This is CPython's rule for comma lists written without parentheses, shared
 * by subscripts, generic types (annotation.c) and match subjects (pattern.c). */
AstNode *fe_tuple_or_single(FeCtx *c, AstNodeVec *items, bool tuple, Span first, Span last) {
    if (items->len == 0) {
        VEC_FREE(items);
        return NULL;
    }
    if (items->len == 1 && !tuple) {
        AstNode *only = items->items[0];
        VEC_FREE(items);
        return only;
    }
    AstNode *t = ast_new(c->arena, AST_TUPLE, fe_span_join(first, last));
    t->u.seq.elts = fe_list(c, items);
    return t;
}

AstNode *fe_bracket_slice(FeCtx *c, TSNode n, AstNode *(*convert)(FeCtx *c, TSNode n)) {
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNodeVec items = {0};
    bool comma = false, starred = false;
    Span first = fe_span(n), last = fe_span(n);
    bool open = false; /* a subscript's value comes before the '[' */
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "[")) { open = true; continue; }
        if (!open || fe_is(k, "]")) continue;
        if (!ts_node_is_named(k)) {
            if (fe_is(k, ",")) {
                comma = true;
                last = fe_span(k);
            }
            continue;
        }
        if (items.len == 0) first = fe_span(k);
        last = fe_span(k);
        AstNode *x = convert(c, k);
        if (x->kind == AST_STARRED) starred = true;
        VEC_PUSH(&items, x);
    }
    VEC_FREE(&kids);
    return fe_tuple_or_single(c, &items, comma || starred, first, last);
}

/* subscript: value '[' subscript=(expression|slice) (',' subscript)* [','] ']' */
static AstNode *subscript(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_SUBSCRIPT, fe_span(n));
    e->u.subscript.value = chain_child(c, n, "value");
    e->u.subscript.slice = fe_bracket_slice(c, n, element);
    if (!e->u.subscript.slice) {
        fe_error(c, n, "invalid syntax");
        e->u.subscript.slice = fe_bad_expr(c, fe_span(n));
    }
    return e;
}

/* list_splat: '*' expression -> Starred */
static AstNode *starred(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_STARRED, fe_span(n));
    TSNode v = fe_first_named(n);
    e->u.starred.value = ts_node_is_null(v) ? fe_bad_expr(c, fe_span(n)) : fe_expr(c, v);
    return e;
}

/* The items of list / set / tuple / expression_list / pattern_list, in order. */
AstList fe_elements(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec v = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "parenthesized_list_splat")) {
            /* `[(*a)]`: CPython rejects the parenthesized starred item. */
            TSNode inner = k;
            while (!ts_node_is_null(inner) && !fe_is(inner, "list_splat")) inner = fe_first_named(inner);
            fe_error(c, ts_node_is_null(inner) ? k : inner, "cannot use starred expression here");
            VEC_PUSH(&v, fe_bad_expr(c, fe_span(k)));
            continue;
        }
        VEC_PUSH(&v, fe_expr(c, k));
    }
    VEC_FREE(&kids);
    return fe_list(c, &v);
}

static AstNode *sequence(FeCtx *c, TSNode n, AstKind kind) {
    AstNode *e = ast_new(c->arena, kind, fe_span(n));
    AstList elts = fe_elements(c, n);
    if (kind == AST_SET) e->u.set.elts = elts;
    else e->u.seq.elts = elts;
    return e;
}

/* dictionary: '{' (pair | dictionary_splat) (',' ...)* '}' */
static AstNode *dictionary(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_DICT, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec keys = {0}, values = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "pair")) {
            VEC_PUSH(&keys, expr_field(c, k, "key"));
            VEC_PUSH(&values, expr_field(c, k, "value"));
        } else if (fe_is(k, "dictionary_splat")) {
            TSNode v = fe_first_named(k);
            VEC_PUSH(&keys, NULL);
            VEC_PUSH(&values, ts_node_is_null(v) ? fe_bad_expr(c, fe_span(k)) : fe_expr(c, v));
        } else {
            fe_error(c, k, "invalid syntax");
        }
    }
    VEC_FREE(&kids);
    e->u.dict.keys = fe_list(c, &keys);
    e->u.dict.values = fe_list(c, &values);
    return e;
}

/* argument_list: '(' (expression | list_splat | dictionary_splat | keyword_argument)* ')'
 * or a lone generator_expression (`f(x for x in y)`). Reports CPython's
 * ordering errors. */
void fe_call_args(FeCtx *c, TSNode args, AstList *pos, AstList *kw) {
    AstNodeVec p = {0}, k = {0};
    if (fe_is(args, "generator_expression")) {
        VEC_PUSH(&p, fe_comprehension(c, args));
    } else {
        TSNodeVec kids = {0};
        fe_children(args, true, &kids);
        bool seen_kw = false, seen_dstar = false, reported = false;
        for (int i = 0; i < kids.len; i++) {
            TSNode a = kids.items[i];
            if (fe_is(a, "keyword_argument")) {
                TSNode name = fe_field(a, "name");
                AstNode *kwn = ast_new(c->arena, AST_KEYWORD, fe_span(a));
                kwn->u.keyword.arg = ts_node_is_null(name) ? (AstIdent){0} : fe_ident(c, name);
                kwn->u.keyword.value = expr_field(c, a, "value");
                VEC_PUSH(&k, kwn);
                seen_kw = true;
            } else if (fe_is(a, "dictionary_splat")) {
                TSNode v = fe_first_named(a);
                AstNode *kwn = ast_new(c->arena, AST_KEYWORD, fe_span(a));
                kwn->u.keyword.value = ts_node_is_null(v) ? fe_bad_expr(c, fe_span(a)) : fe_expr(c, v);
                VEC_PUSH(&k, kwn);
                seen_dstar = true;
            } else {
                AstNode *x = fe_expr(c, a);
                if (reported) {
                } else if (fe_is(a, "list_splat")) {
                    if (seen_dstar) {
                        Span sp = fe_span(a);
                        sp.end_line = sp.line;
                        sp.end_col = sp.col + 1;
                        sp.end_byte = sp.start_byte + 1;
                        fe_error_span(c, sp, "iterable argument unpacking follows keyword argument unpacking");
                        reported = true;
                    }
                } else if (seen_dstar || seen_kw) {
                    /* CPython points at the closing parenthesis. */
                    Span sp = fe_span(args);
                    sp.line = sp.end_line;
                    sp.col = sp.end_col > 0 ? sp.end_col - 1 : 0;
                    sp.start_byte = sp.end_byte > 0 ? sp.end_byte - 1 : 0;
                    fe_error_span(c, sp, seen_dstar ? "positional argument follows keyword argument unpacking"
                                                    : "positional argument follows keyword argument");
                    reported = true;
                }
                if (!reported && fe_is(a, "generator_expression") && kids.len > 1 && !fe_has_token(a, "(")) {
                    fe_error(c, a, "Generator expression must be parenthesized");
                    reported = true;
                }
                VEC_PUSH(&p, x);
            }
        }
        VEC_FREE(&kids);
    }
    *pos = fe_list(c, &p);
    *kw = fe_list(c, &k);
}

/* call: function=primary_expression arguments=(argument_list | generator_expression) */
static AstNode *call(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_CALL, fe_span(n));
    e->u.call.func = chain_child(c, n, "function");
    TSNode args = fe_field(n, "arguments");
    if (!ts_node_is_null(args)) fe_call_args(c, args, &e->u.call.args, &e->u.call.keywords);
    return e;
}

/* lambda: 'lambda' [parameters=lambda_parameters] ':' body=expression */
static AstNode *lambda(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_LAMBDA, fe_span(n));
    e->u.lambda.args = fe_arguments(c, fe_field(n, "parameters"), fe_span(n));
    e->u.lambda.body = expr_field(c, n, "body");
    return e;
}

/* named_expression: name=identifier ':=' value=expression */
static AstNode *named(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_NAMED_EXPR, fe_span(n));
    TSNode name = fe_field(n, "name");
    e->u.named_expr.target = ts_node_is_null(name) ? fe_bad_expr(c, fe_span(n)) : fe_name(c, name, AST_STORE);
    e->u.named_expr.value = expr_field(c, n, "value");
    return e;
}

/* yield: 'yield' [expression | expression_list] | 'yield' 'from' expression */
static AstNode *yield(FeCtx *c, TSNode n) {
    bool from = fe_has_token(n, "from");
    AstNode *e = ast_new(c->arena, from ? AST_YIELD_FROM : AST_YIELD, fe_span(n));
    TSNode v = fe_first_named(n);
    if (!ts_node_is_null(v)) e->u.await_yield.value = fe_expr(c, v);
    else if (from) {
        fe_error(c, n, "invalid syntax");
        e->u.await_yield.value = fe_bad_expr(c, fe_span(n));
    }
    return e;
}

/* not_operator: 'not' argument=expression */
static AstNode *not_op(FeCtx *c, TSNode n) {
    AstNode *e = ast_new(c->arena, AST_UNARY_OP, fe_span(n));
    e->u.unary_op.op = AST_OP_NOT;
    e->u.unary_op.operand = expr_field(c, n, "argument");
    return e;
}

/* parenthesized_expression: '(' (expression | yield | list_splat | parenthesized_expression) ')' */
static AstNode *parenthesized(FeCtx *c, TSNode n) {
    TSNode inner = fe_first_named(n);
    if (ts_node_is_null(inner)) {
        fe_error(c, n, "invalid syntax");
        return fe_bad_expr(c, fe_span(n));
    }
    if (fe_is(inner, "list_splat")) {
        fe_error(c, inner, "cannot use starred expression here");
        return fe_bad_expr(c, fe_span(inner));
    }
    return fe_expr(c, inner);
}

AstNode *fe_expr(FeCtx *c, TSNode n) {
    const char *t = ts_node_type(n);
    if (is_chain(n)) {
        TSNode splat = fe_leading_splat(n);
        return ts_node_is_null(splat) ? chain_expr(c, n) : starred_chain(c, n, splat);
    }
    switch (t[0]) {
    case 'a':
        if (strcmp(t, "attribute") == 0) break;
        if (strcmp(t, "await") == 0) return fe_operators(c, n);
        break;
    case 'b':
        if (strcmp(t, "binary_operator") == 0) return fe_operators(c, n);
        if (strcmp(t, "boolean_operator") == 0) return boolean(c, n);
        break;
    case 'c':
        if (strcmp(t, "call") == 0) break;
        if (strcmp(t, "comparison_operator") == 0) return comparison(c, n);
        if (strcmp(t, "conditional_expression") == 0) return conditional(c, n);
        if (strcmp(t, "concatenated_string") == 0) return fe_strings(c, n);
        break;
    case 'd':
        if (strcmp(t, "dictionary") == 0) return dictionary(c, n);
        if (strcmp(t, "dictionary_comprehension") == 0) return fe_comprehension(c, n);
        break;
    case 'e':
        if (strcmp(t, "ellipsis") == 0) return constant(c, n, AST_CONST_ELLIPSIS);
        if (strcmp(t, "expression_list") == 0) return sequence(c, n, AST_TUPLE);
        break;
    case 'f':
        if (strcmp(t, "false") == 0) return constant(c, n, AST_CONST_FALSE);
        if (strcmp(t, "float") == 0) return fe_number(c, n);
        break;
    case 'g':
        if (strcmp(t, "generator_expression") == 0) return fe_comprehension(c, n);
        break;
    case 'i':
        if (strcmp(t, "identifier") == 0) return fe_name(c, n, AST_LOAD);
        if (strcmp(t, "integer") == 0) return fe_number(c, n);
        break;
    case 'l':
        if (strcmp(t, "list") == 0 || strcmp(t, "list_pattern") == 0) return sequence(c, n, AST_LIST);
        if (strcmp(t, "list_comprehension") == 0) return fe_comprehension(c, n);
        if (strcmp(t, "list_splat") == 0 || strcmp(t, "list_splat_pattern") == 0) return starred(c, n);
        if (strcmp(t, "lambda") == 0) return lambda(c, n);
        break;
    case 'n':
        if (strcmp(t, "none") == 0) return constant(c, n, AST_CONST_NONE);
        if (strcmp(t, "named_expression") == 0) return named(c, n);
        if (strcmp(t, "not_operator") == 0) return not_op(c, n);
        break;
    case 'p':
        if (strcmp(t, "parenthesized_expression") == 0) return parenthesized(c, n);
        if (strcmp(t, "pattern_list") == 0) return sequence(c, n, AST_TUPLE);
        break;
    case 's':
        if (strcmp(t, "string") == 0) return fe_strings(c, n);
        if (strcmp(t, "subscript") == 0) break;
        if (strcmp(t, "set") == 0) return sequence(c, n, AST_SET);
        if (strcmp(t, "set_comprehension") == 0) return fe_comprehension(c, n);
        break;
    case 't':
        if (strcmp(t, "true") == 0) return constant(c, n, AST_CONST_TRUE);
        if (strcmp(t, "tuple") == 0 || strcmp(t, "tuple_pattern") == 0) {
            TSNode inner = fe_paren_inner(n);
            if (!ts_node_is_null(inner)) return fe_expr(c, inner);
            return sequence(c, n, AST_TUPLE);
        }
        if (strcmp(t, "type") == 0) return fe_type_expr(c, n);
        break;
    case 'u':
        if (strcmp(t, "unary_operator") == 0) return fe_operators(c, n);
        break;
    case 'y':
        if (strcmp(t, "yield") == 0) return yield(c, n);
        break;
    default:
        break;
    }
    if (strcmp(t, "generic_type") == 0 || strcmp(t, "union_type") == 0 || strcmp(t, "member_type") == 0 ||
        strcmp(t, "splat_type") == 0 || strcmp(t, "constrained_type") == 0)
        return fe_type_expr(c, n);
    /* as_pattern outside with/except/case, keyword_argument outside a call,
     * a stray slice or dictionary_splat, ... */
    fe_error(c, n, "invalid syntax");
    return fe_bad_expr(c, fe_span(n));
}
