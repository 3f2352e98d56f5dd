/* Statements: CST -> AST. This file has the block walker and the simple
 * statements; compound.c the compound ones, pattern.c `match`. */
#include "frontend/fe_convert.h"

#include <string.h>

AstList fe_block(FeCtx *c, TSNode block) {
    TSNodeVec kids = {0};
    fe_children(block, true, &kids);
    AstNodeVec body = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "case_clause")) continue; /* the cases of a match: see pattern.c */
        VEC_PUSH(&body, fe_stmt(c, k));
    }
    VEC_FREE(&kids);
    return fe_list(c, &body);
}

static AstNode *expr_or_bad(FeCtx *c, TSNode n, TSNode parent) {
    if (ts_node_is_null(n)) {
        fe_error(c, parent, "invalid syntax");
        return fe_bad_expr(c, fe_span(parent));
    }
    return fe_expr(c, n);
}

static AstNode *stmt_pass(FeCtx *c, TSNode n) { return ast_new(c->arena, AST_PASS, fe_span(n)); }

/* Where a line ends in text[from, to) (a newline neither escaped by a
 * backslash nor inside brackets: the caller's span has none), or -1. */
static int64_t line_end_between(const FeCtx *c, uint32_t from, uint32_t to) {
    const char *t = c->src->text;
    for (uint32_t i = from; i < to; i++) {
        if (t[i] == '#')
            while (i < to && t[i] != '\n') i++;
        if (i < to && t[i] == '\\' && i + 1 < to && (t[i + 1] == '\n' || t[i + 1] == '\r')) {
            i += t[i + 1] == '\r' && i + 2 < to && t[i + 2] == '\n' ? 2 : 1;
            continue;
        }
        if (i < to && (t[i] == '\n' || t[i] == '\r')) return i;
    }
    return -1;
}

/* An annotated assignment: left ':' type ['=' right] */
static AstNode *ann_assign(FeCtx *c, TSNode n, TSNode left, TSNode type, TSNode right) {
    AstNode *s = ast_new(c->arena, AST_ANN_ASSIGN, fe_span(n));
    /* tree-sitter lets the annotation start on the next line (`x:` NEWLINE
     * `f()`); CPython's statement ends at the newline */
    int64_t eol = line_end_between(c, ts_node_end_byte(left), ts_node_start_byte(type));
    if (eol >= 0) fe_error_span(c, source_span(c->src, (uint32_t)eol, (uint32_t)eol), "invalid syntax");
    AstNode *target = fe_expr(c, left);
    if (target->kind == AST_NAME || target->kind == AST_ATTRIBUTE || target->kind == AST_SUBSCRIPT) {
        fe_set_ctx(c, target, AST_STORE);
    } else if (target->kind == AST_TUPLE) {
        /* CPython points at the first element of an unparenthesized tuple. */
        bool bare = fe_is(left, "pattern_list") && target->u.seq.elts.len > 0;
        fe_error_span(c, bare ? target->u.seq.elts.items[0]->span : target->span,
                      "only single target (not tuple) can be annotated");
    } else if (target->kind == AST_LIST) {
        fe_error_span(c, target->span, "only single target (not list) can be annotated");
    } else {
        fe_error_span(c, target->span, "illegal target for annotation");
    }
    s->u.ann_assign.target = target;
    s->u.ann_assign.simple = fe_is(left, "identifier");
    s->u.ann_assign.annotation = fe_expr(c, type);
    if (!ts_node_is_null(right)) {
        if (fe_is(right, "assignment") || fe_is(right, "augmented_assignment")) {
            fe_error(c, right, "invalid syntax");
            s->u.ann_assign.value = fe_bad_expr(c, fe_span(right));
        } else {
            s->u.ann_assign.value = fe_expr(c, right);
        }
    }
    return s;
}

/* assignment: left=(pattern | pattern_list) ['=' right | ':' type ['=' right]]
 * where right may itself be an assignment: `a = b = c` is one Assign. */
static AstNode *assignment(FeCtx *c, TSNode n) {
    TSNode left = fe_field(n, "left"), right = fe_field(n, "right"), type = fe_field(n, "type");
    if (ts_node_is_null(left)) {
        fe_error(c, n, "invalid syntax");
        return stmt_pass(c, n);
    }
    if (!ts_node_is_null(type)) return ann_assign(c, n, left, type, right);
    AstNode *s = ast_new(c->arena, AST_ASSIGN, fe_span(n));
    AstNodeVec targets = {0};
    VEC_PUSH(&targets, fe_target(c, left, AST_STORE));
    while (!ts_node_is_null(right) && fe_is(right, "assignment")) {
        TSNode l = fe_field(right, "left");
        if (ts_node_is_null(l) || !ts_node_is_null(fe_field(right, "type"))) {
            fe_error(c, right, "invalid syntax");
            break;
        }
        VEC_PUSH(&targets, fe_target(c, l, AST_STORE));
        right = fe_field(right, "right");
    }
    s->u.assign.targets = fe_list(c, &targets);
    if (ts_node_is_null(right) || fe_is(right, "assignment") || fe_is(right, "augmented_assignment")) {
        fe_error(c, ts_node_is_null(right) ? n : right, "invalid syntax");
        s->u.assign.value = fe_bad_expr(c, fe_span(n));
    } else {
        s->u.assign.value = fe_expr(c, right);
    }
    return s;
}

/* augmented_assignment: left operator=('+=' | ...) right */
static AstNode *aug_assign(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_AUG_ASSIGN, fe_span(n));
    static const struct { const char *tok; AstOp op; } ops[] = {
        {"+=", AST_OP_ADD}, {"-=", AST_OP_SUB}, {"*=", AST_OP_MULT}, {"@=", AST_OP_MAT_MULT},
        {"/=", AST_OP_DIV}, {"%=", AST_OP_MOD}, {"**=", AST_OP_POW}, {"<<=", AST_OP_LSHIFT},
        {">>=", AST_OP_RSHIFT}, {"|=", AST_OP_BIT_OR}, {"^=", AST_OP_BIT_XOR}, {"&=", AST_OP_BIT_AND},
        {"//=", AST_OP_FLOOR_DIV},
    };
    TSNode op = fe_field(n, "operator");
    s->u.aug_assign.op = AST_OP_ADD;
    for (size_t i = 0; !ts_node_is_null(op) && i < ARRAY_LEN(ops); i++)
        if (fe_is(op, ops[i].tok)) s->u.aug_assign.op = ops[i].op;
    AstNode *target = expr_or_bad(c, fe_field(n, "left"), n);
    if (target->kind == AST_NAME || target->kind == AST_ATTRIBUTE || target->kind == AST_SUBSCRIPT)
        fe_set_ctx(c, target, AST_STORE);
    else
        fe_error_span(c, target->span, "'%s' is an illegal expression for augmented assignment", fe_expr_name(target));
    s->u.aug_assign.target = target;
    TSNode right = fe_field(n, "right");
    if (!ts_node_is_null(right) && (fe_is(right, "assignment") || fe_is(right, "augmented_assignment"))) {
        fe_error(c, right, "invalid syntax");
        s->u.aug_assign.value = fe_bad_expr(c, fe_span(right));
    } else {
        s->u.aug_assign.value = expr_or_bad(c, right, n);
    }
    return s;
}

/* expression_statement: (expression | yield | assignment | augmented_assignment) (',' ...)* [','] */
static AstNode *expression_statement(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNode *s;
    if (kids.len == 1 && fe_is(kids.items[0], "assignment")) {
        s = assignment(c, kids.items[0]);
    } else if (kids.len == 1 && fe_is(kids.items[0], "augmented_assignment")) {
        s = aug_assign(c, kids.items[0]);
    } else if (kids.len == 0) {
        fe_error(c, n, "invalid syntax");
        s = stmt_pass(c, n);
    } else {
        s = ast_new(c->arena, AST_EXPR, fe_span(n));
        if (kids.len == 1 && !fe_has_token(n, ",")) {
            s->u.expr.value = fe_expr(c, kids.items[0]);
        } else {
            /* `a, b` as a statement: the statement's own node is the tuple. */
            AstNode *t = ast_new(c->arena, AST_TUPLE, fe_span(n));
            t->u.seq.elts = fe_elements(c, n);
            s->u.expr.value = t;
            for (int i = 0; i < kids.len; i++)
                if (fe_is(kids.items[i], "assignment") || fe_is(kids.items[i], "augmented_assignment"))
                    fe_error(c, kids.items[i], "invalid syntax");
        }
    }
    VEC_FREE(&kids);
    return s;
}

/* delete_statement: 'del' (expression | expression_list) */
static AstNode *delete_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_DELETE, fe_span(n));
    TSNode t = fe_first_named(n);
    AstNodeVec targets = {0};
    if (ts_node_is_null(t)) {
        fe_error(c, n, "invalid syntax");
    } else if (fe_is(t, "expression_list")) {
        TSNodeVec kids = {0};
        fe_children(t, true, &kids);
        for (int i = 0; i < kids.len; i++) VEC_PUSH(&targets, fe_target(c, kids.items[i], AST_DEL));
        VEC_FREE(&kids);
    } else {
        VEC_PUSH(&targets, fe_target(c, t, AST_DEL));
    }
    s->u.delete_.targets = fe_list(c, &targets);
    return s;
}

/* return_statement: 'return' [expression | expression_list] */
static AstNode *return_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_RETURN, fe_span(n));
    TSNode v = fe_first_named(n);
    if (!ts_node_is_null(v)) s->u.return_.value = fe_expr(c, v);
    return s;
}

/* raise_statement: 'raise' [expression ['from' cause=expression]] */
static AstNode *raise_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_RAISE, fe_span(n));
    TSNode cause = fe_field(n, "cause");
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (!ts_node_is_null(cause) && ts_node_eq(k, cause)) continue;
        if (fe_is(k, "expression_list")) /* `raise E, v`: CPython stops at the comma */
            fe_error(c, ts_node_child_count(k) > 1 ? ts_node_child(k, 1) : k, "invalid syntax");
        s->u.raise.exc = fe_expr(c, k);
    }
    VEC_FREE(&kids);
    if (!ts_node_is_null(cause)) s->u.raise.cause = fe_expr(c, cause);
    return s;
}

/* assert_statement: 'assert' expression [',' expression] */
static AstNode *assert_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_ASSERT, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    if (kids.len < 1 || kids.len > 2) {
        fe_error(c, n, "invalid syntax");
        s->u.assert_.test = fe_bad_expr(c, fe_span(n));
    } else {
        s->u.assert_.test = fe_expr(c, kids.items[0]);
        if (kids.len == 2) s->u.assert_.msg = fe_expr(c, kids.items[1]);
    }
    VEC_FREE(&kids);
    return s;
}

/* global_statement / nonlocal_statement: keyword identifier (',' identifier)* */
static AstNode *global_stmt(FeCtx *c, TSNode n, AstKind kind) {
    AstNode *s = ast_new(c->arena, kind, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    s->u.global.names.items = ARENA_NEW_ARRAY(c->arena, AstIdent, kids.len);
    for (int i = 0; i < kids.len; i++) s->u.global.names.items[s->u.global.names.len++] = fe_ident(c, kids.items[i]);
    VEC_FREE(&kids);
    return s;
}

/* dotted_name | aliased_import (name=dotted_name 'as' alias=identifier) -> alias */
static AstNode *import_alias(FeCtx *c, TSNode n, bool from) {
    AstNode *a = ast_new(c->arena, AST_ALIAS, fe_span(n));
    TSNode name = fe_is(n, "aliased_import") ? fe_field(n, "name") : n;
    if (ts_node_is_null(name)) {
        fe_error(c, n, "invalid syntax");
        a->u.alias.name = "<error>";
        return a;
    }
    if (from && ts_node_named_child_count(name) > 1) /* from x import a.b: CPython stops at the dot */
        fe_error(c, ts_node_child(name, 1), "invalid syntax");
    a->u.alias.name = fe_dotted(c, name);
    if (fe_is(n, "aliased_import")) {
        TSNode as = fe_field(n, "alias");
        if (!ts_node_is_null(as)) a->u.alias.asname = fe_ident(c, as);
    }
    return a;
}

/* import_statement: 'import' name=(dotted_name | aliased_import) (',' ...)* */
static AstNode *import_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_IMPORT, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec names = {0};
    for (int i = 0; i < kids.len; i++) VEC_PUSH(&names, import_alias(c, kids.items[i], false));
    VEC_FREE(&kids);
    s->u.import.names = fe_list(c, &names);
    return s;
}

/* import_from_statement: 'from' module_name=(dotted_name | relative_import) 'import'
 *     (wildcard_import | name=... (',' name=...)* | '(' ... ')')
 * relative_import: import_prefix [dotted_name];  future_import_statement likewise
 * with module `__future__`. */
static AstNode *import_from_stmt(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_IMPORT_FROM, fe_span(n));
    bool future = fe_is(n, "future_import_statement");
    TSNode module = fe_field(n, "module_name");
    if (future) {
        s->u.import_from.module = "__future__";
    } else if (!ts_node_is_null(module) && fe_is(module, "relative_import")) {
        TSNodeVec parts = {0};
        fe_children(module, true, &parts);
        for (int i = 0; i < parts.len; i++) {
            TSNode p = parts.items[i];
            if (fe_is(p, "import_prefix")) {
                uint32_t b = ts_node_start_byte(p), e = ts_node_end_byte(p);
                for (uint32_t j = b; j < e; j++) s->u.import_from.level += c->src->text[j] == '.';
            } else {
                s->u.import_from.module = fe_dotted(c, p);
            }
        }
        VEC_FREE(&parts);
    } else if (!ts_node_is_null(module)) {
        s->u.import_from.module = fe_dotted(c, module);
    }
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec names = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (!ts_node_is_null(module) && ts_node_eq(k, module)) continue;
        if (fe_is(k, "wildcard_import")) {
            AstNode *a = ast_new(c->arena, AST_ALIAS, fe_span(k));
            a->u.alias.name = "*";
            VEC_PUSH(&names, a);
        } else if (fe_is(k, "dotted_name") || fe_is(k, "aliased_import")) {
            VEC_PUSH(&names, import_alias(c, k, true));
        }
    }
    VEC_FREE(&kids);
    s->u.import_from.names = fe_list(c, &names);
    return s;
}

/* print_statement: 'print' [chevron] [argument (',' argument)* [',']].
 * `print x` is Python 2; `print >>f, x` is a valid Python 3 tuple expression
 * `(print >> f, x)`, which CPython accepts, so it is rebuilt as such. */
static AstNode *print_stmt(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    TSNode chevron = {0}, kw = {0};
    AstNodeVec elts = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "print")) kw = k;
        else if (fe_is(k, "chevron")) chevron = k;
        else if (ts_node_is_named(k)) VEC_PUSH(&elts, fe_expr(c, k));
    }
    VEC_FREE(&kids);
    if (ts_node_is_null(chevron) || ts_node_is_null(kw)) {
        VEC_FREE(&elts);
        fe_error(c, n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
        return stmt_pass(c, n);
    }
    AstNode *bin = ast_new(c->arena, AST_BIN_OP, fe_span_join(fe_span(kw), fe_span(chevron)));
    bin->u.bin_op.left = fe_name(c, kw, AST_LOAD);
    bin->u.bin_op.op = AST_OP_RSHIFT;
    bin->u.bin_op.right = expr_or_bad(c, fe_first_named(chevron), chevron);
    AstNode *s = ast_new(c->arena, AST_EXPR, fe_span(n));
    if (elts.len == 0 && !fe_has_token(n, ",")) {
        VEC_FREE(&elts);
        s->u.expr.value = bin;
        return s;
    }
    VEC_PUSH(&elts, NULL);
    memmove(elts.items + 1, elts.items, sizeof(AstNode *) * (size_t)(elts.len - 1));
    elts.items[0] = bin;
    AstNode *t = ast_new(c->arena, AST_TUPLE, fe_span(n));
    t->u.seq.elts = fe_list(c, &elts);
    s->u.expr.value = t;
    return s;
}

/* tree-sitter reads `type(x).y = v` and `type[k] = v` as PEP 695 `type X = ...`
 * aliases. Such a statement is really an assignment whose target begins with
 * the name `type`: the target is converted from the alias' left side, whose
 * leftmost atom (`(x)`, `(a, b)` or `[k]`) is then applied to a Name `type`. */
static AstNode *type_misparse(FeCtx *c, TSNode n, TSNode kw, TSNode inner) {
    int depth = 0;
    TSNode atom = inner;
    while (fe_is(atom, "call") || fe_is(atom, "attribute") || fe_is(atom, "subscript")) {
        atom = fe_field(atom, fe_is(atom, "call") ? "function" : fe_is(atom, "attribute") ? "object" : "value");
        if (ts_node_is_null(atom)) return NULL;
        depth++;
    }
    bool list = fe_is(atom, "list");
    if (!list && !fe_is(atom, "parenthesized_expression") && !fe_is(atom, "tuple")) return NULL;
    AstNode *target = fe_expr(c, inner);
    /* Find the converted atom at the bottom of the left spine. */
    AstNode **slot = &target;
    for (int i = 0; i < depth; i++) {
        AstNode *e = *slot;
        if (e->kind == AST_CALL) slot = &e->u.call.func;
        else if (e->kind == AST_ATTRIBUTE) slot = &e->u.attribute.value;
        else if (e->kind == AST_SUBSCRIPT) slot = &e->u.subscript.value;
        else return NULL;
    }
    Span whole = fe_span_join(fe_span(kw), fe_span(atom));
    AstNode *name = fe_name(c, kw, AST_LOAD);
    AstNode *applied;
    if (list) {
        applied = ast_new(c->arena, AST_SUBSCRIPT, whole);
        applied->u.subscript.value = name;
        AstNode *elts = *slot;
        if (elts->kind == AST_LIST && elts->u.seq.elts.len == 1 && !fe_has_token(atom, ",")) {
            applied->u.subscript.slice = elts->u.seq.elts.items[0];
        } else {
            elts->kind = AST_TUPLE;
            Span sp = fe_span(atom);
            elts->span = (Span){sp.line, sp.col + 1, sp.end_line, sp.end_col - 1, sp.start_byte + 1, sp.end_byte - 1};
            applied->u.subscript.slice = elts;
        }
    } else {
        applied = ast_new(c->arena, AST_CALL, whole);
        applied->u.call.func = name;
        if (fe_is(atom, "tuple")) applied->u.call.args = (*slot)->u.seq.elts;
        else applied->u.call.args = ast_list_from(c->arena, slot, 1);
    }
    *slot = applied;
    fe_fix_left_spine(target, fe_span(atom), fe_span(kw));
    AstNode *s = ast_new(c->arena, AST_ASSIGN, fe_span(n));
    if (target->kind == AST_CALL)
        fe_error_span(c, target->span, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
    else
        fe_set_ctx(c, target, AST_STORE);
    s->u.assign.targets = ast_list_from(c->arena, &target, 1);
    s->u.assign.value = expr_or_bad(c, fe_field(n, "right"), n);
    return s;
}

/* type_alias_statement: 'type' left=type '=' right=type */
static AstNode *type_alias(FeCtx *c, TSNode n) {
    TSNode kw = ts_node_child(n, 0), left = fe_field(n, "left");
    TSNode inner = ts_node_is_null(left) ? left : fe_first_named(left);
    if (!ts_node_is_null(inner)) {
        AstNode *s = type_misparse(c, n, kw, inner);
        if (s) return s;
    }
    fe_error_not_311(c, ts_node_is_null(left) ? n : left, "a `type` alias statement (PEP 695)");
    return stmt_pass(c, n);
}

AstNode *fe_stmt(FeCtx *c, TSNode n) {
    const char *t = ts_node_type(n);
    if (strcmp(t, "expression_statement") == 0) return expression_statement(c, n);
    if (strcmp(t, "pass_statement") == 0) return stmt_pass(c, n);
    if (strcmp(t, "break_statement") == 0) return ast_new(c->arena, AST_BREAK, fe_span(n));
    if (strcmp(t, "continue_statement") == 0) return ast_new(c->arena, AST_CONTINUE, fe_span(n));
    if (strcmp(t, "return_statement") == 0) return return_stmt(c, n);
    if (strcmp(t, "delete_statement") == 0) return delete_stmt(c, n);
    if (strcmp(t, "raise_statement") == 0) return raise_stmt(c, n);
    if (strcmp(t, "assert_statement") == 0) return assert_stmt(c, n);
    if (strcmp(t, "global_statement") == 0) return global_stmt(c, n, AST_GLOBAL);
    if (strcmp(t, "nonlocal_statement") == 0) return global_stmt(c, n, AST_NONLOCAL);
    if (strcmp(t, "import_statement") == 0) return import_stmt(c, n);
    if (strcmp(t, "import_from_statement") == 0 || strcmp(t, "future_import_statement") == 0)
        return import_from_stmt(c, n);
    if (strcmp(t, "print_statement") == 0) return print_stmt(c, n);
    if (strcmp(t, "exec_statement") == 0) {
        fe_error(c, n, "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
        return stmt_pass(c, n);
    }
    if (strcmp(t, "type_alias_statement") == 0) return type_alias(c, n);
    if (strcmp(t, "match_statement") == 0) return fe_match(c, n);
    return fe_compound(c, n);
}
