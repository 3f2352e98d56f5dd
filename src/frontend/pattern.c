/* The match statement and its patterns.
 * tree-sitter-python's pattern nodes hold some parts of a pattern as loose
 * tokens: a negative number is a '-' token followed by its number, a wildcard
 * is a '_' token, so patterns are read from a container's child list in order. */
#include "frontend/fe_convert.h"

#include <string.h>

static AstNode *pat_new(FeCtx *c, AstKind kind, Span span) { return ast_new(c->arena, kind, span); }

static AstNode *bad_pattern(FeCtx *c, Span span) { return pat_new(c, AST_MATCH_AS, span); }

static bool is_number(TSNode n) { return fe_is(n, "integer") || fe_is(n, "float"); }

/* '-' NUMBER -> UnaryOp(USub, Constant); *i moves past what was used. */
static AstNode *signed_number(FeCtx *c, TSNodeVec *kids, int *i) {
    TSNode minus = kids->items[*i];
    if (*i + 1 >= kids->len || !is_number(kids->items[*i + 1])) {
        fe_error(c, minus, "invalid syntax");
        (*i)++;
        return fe_bad_expr(c, fe_span(minus));
    }
    TSNode num = kids->items[*i + 1];
    *i += 2;
    AstNode *e = ast_new(c->arena, AST_UNARY_OP, fe_span_join(fe_span(minus), fe_span(num)));
    e->u.unary_op.op = AST_OP_USUB;
    e->u.unary_op.operand = fe_number(c, num);
    return e;
}

/* dotted_name -> Name or a chain of Attribute (Load). */
static AstNode *dotted_expr(FeCtx *c, TSNode n) {
    if (!fe_is(n, "dotted_name")) return fe_expr(c, n);
    TSNodeVec ids = {0};
    fe_children(n, true, &ids);
    AstNode *e = NULL;
    for (int i = 0; i < ids.len; i++) {
        if (!e) {
            e = fe_name(c, ids.items[i], AST_LOAD);
            continue;
        }
        AstNode *a = ast_new(c->arena, AST_ATTRIBUTE, fe_span_join(e->span, fe_span(ids.items[i])));
        a->u.attribute.value = e;
        a->u.attribute.attr = fe_ident(c, ids.items[i]);
        e = a;
    }
    VEC_FREE(&ids);
    if (!e) {
        fe_error(c, n, "invalid syntax");
        e = fe_bad_expr(c, fe_span(n));
    }
    return e;
}

static bool is_imag(const AstNode *e) { return e->kind == AST_CONSTANT && e->u.constant.kind == AST_CONST_IMAG; }

static bool is_real(const AstNode *e) {
    if (e->kind == AST_UNARY_OP) e = e->u.unary_op.operand;
    return e->kind == AST_CONSTANT && (e->u.constant.kind == AST_CONST_INT || e->u.constant.kind == AST_CONST_FLOAT);
}

/* complex_pattern: ['-'] NUMBER ('+' | '-') NUMBER -> BinOp */
static AstNode *complex_value(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNode *left = NULL, *right = NULL;
    AstOp op = AST_OP_ADD;
    for (int i = 0; i < kids.len;) {
        TSNode k = kids.items[i];
        if (!left) {
            left = fe_is(k, "-") ? signed_number(c, &kids, &i) : (i++, fe_number(c, k));
        } else if (!ts_node_is_named(k)) {
            op = fe_is(k, "-") ? AST_OP_SUB : AST_OP_ADD;
            i++;
        } else {
            right = fe_number(c, k);
            i++;
        }
    }
    VEC_FREE(&kids);
    if (!left || !right) {
        fe_error(c, n, "invalid syntax");
        return fe_bad_expr(c, fe_span(n));
    }
    if (!is_real(left)) fe_error_span(c, left->span, "real number required in complex literal");
    else if (!is_imag(right)) fe_error_span(c, right->span, "imaginary number required in complex literal");
    AstNode *e = ast_new(c->arena, AST_BIN_OP, fe_span(n));
    e->u.bin_op.left = left;
    e->u.bin_op.op = op;
    e->u.bin_op.right = right;
    return e;
}

/* A literal or value used as a mapping key or a value pattern. */
static AstNode *value_expr(FeCtx *c, TSNode n) {
    if (fe_is(n, "complex_pattern")) return complex_value(c, n);
    if (fe_is(n, "string") || fe_is(n, "concatenated_string")) {
        AstNode *s = fe_strings(c, n);
        if (s->kind == AST_JOINED_STR) fe_error_span(c, s->span, "patterns may only match literals and attribute lookups");
        return s;
    }
    if (fe_is(n, "dotted_name") && ts_node_named_child_count(n) >= 2) return dotted_expr(c, n);
    if (is_number(n) || fe_is(n, "none") || fe_is(n, "true") || fe_is(n, "false")) return fe_expr(c, n);
    if (fe_is(n, "dotted_name") && !ts_node_is_null(ts_node_next_sibling(n))) {
        fe_error(c, ts_node_next_sibling(n), "invalid syntax"); /* CPython stops at the ':' after a name */
        return fe_bad_expr(c, fe_span(n));
    }
    fe_error(c, n, "mapping pattern keys may only match literals and attribute lookups");
    return fe_bad_expr(c, fe_span(n));
}

static AstNode *pattern_at(FeCtx *c, TSNodeVec *kids, int *i);

/* Every pattern among kids (skipping punctuation). */
static AstList patterns_of(FeCtx *c, TSNodeVec *kids) {
    AstNodeVec v = {0};
    for (int i = 0; i < kids->len;) {
        AstNode *p = pattern_at(c, kids, &i);
        if (p) VEC_PUSH(&v, p);
    }
    return fe_list(c, &v);
}

static AstList child_patterns(FeCtx *c, TSNode n) {
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstList l = patterns_of(c, &kids);
    VEC_FREE(&kids);
    return l;
}

/* splat_pattern: ('*' | '**') (identifier | '_') */
static AstIdent splat_name(FeCtx *c, TSNode n) {
    TSNode id = fe_first_named(n);
    return ts_node_is_null(id) ? (AstIdent){0} : fe_ident(c, id);
}

/* dict_pattern: '{' (key ':' value | '**' splat) (',' ...)* [','] '}' */
static AstNode *mapping(FeCtx *c, TSNode n) {
    AstNode *p = pat_new(c, AST_MATCH_MAPPING, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNodeVec keys = {0}, pats = {0};
    bool want_key = true;
    for (int i = 0; i < kids.len;) {
        TSNode k = kids.items[i];
        if (fe_is(k, "splat_pattern")) {
            p->u.match_mapping.rest = splat_name(c, k);
            if (!p->u.match_mapping.rest.name) /* `**_` */
                fe_error(c, ts_node_child(k, ts_node_child_count(k) - 1), "invalid syntax");
            i++;
            continue;
        }
        if (!ts_node_is_named(k) && !fe_is(k, "-") && !fe_is(k, "_")) {
            if (fe_is(k, ":")) want_key = false;
            else if (fe_is(k, ",")) want_key = true;
            i++;
            continue;
        }
        if (want_key) {
            if (fe_is(k, "-")) {
                VEC_PUSH(&keys, signed_number(c, &kids, &i));
            } else {
                if (fe_is(k, "_")) fe_error(c, k, "mapping pattern keys may only match literals and attribute lookups");
                VEC_PUSH(&keys, fe_is(k, "_") ? fe_bad_expr(c, fe_span(k)) : value_expr(c, k));
                i++;
            }
        } else {
            AstNode *v = pattern_at(c, &kids, &i);
            if (v) VEC_PUSH(&pats, v);
        }
    }
    VEC_FREE(&kids);
    if (keys.len != pats.len) fe_error(c, n, "invalid syntax");
    p->u.match_mapping.keys = fe_list(c, &keys);
    p->u.match_mapping.patterns = fe_list(c, &pats);
    return p;
}

/* class_pattern: dotted_name '(' [case_pattern (',' case_pattern)* [',']] ')'
 * where a case_pattern may hold a keyword_pattern: identifier '=' pattern. */
static AstNode *class_pattern(FeCtx *c, TSNode n) {
    AstNode *p = pat_new(c, AST_MATCH_CLASS, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    AstNodeVec pos = {0}, kwp = {0};
    VEC(AstIdent) names = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (i == 0 && fe_is(k, "dotted_name")) {
            p->u.match_class.cls = dotted_expr(c, k);
            continue;
        }
        TSNode inner = fe_is(k, "case_pattern") ? fe_first_named(k) : k;
        if (!ts_node_is_null(inner) && fe_is(inner, "keyword_pattern")) {
            TSNodeVec kk = {0};
            fe_children(inner, false, &kk);
            if (kk.len < 3 || !fe_is(kk.items[0], "identifier")) {
                fe_error(c, inner, "invalid syntax");
                VEC_FREE(&kk);
                continue;
            }
            VEC_PUSH(&names, fe_ident(c, kk.items[0]));
            int j = 2; /* after identifier '=' */
            AstNode *v = pattern_at(c, &kk, &j);
            VEC_PUSH(&kwp, v ? v : bad_pattern(c, fe_span(inner)));
            VEC_FREE(&kk);
        } else {
            if (kwp.len > 0) fe_error(c, k, "positional patterns follow keyword patterns");
            VEC_PUSH(&pos, fe_pattern(c, k));
        }
    }
    VEC_FREE(&kids);
    if (!p->u.match_class.cls) {
        fe_error(c, n, "invalid syntax");
        p->u.match_class.cls = fe_bad_expr(c, fe_span(n));
    }
    p->u.match_class.patterns = fe_list(c, &pos);
    p->u.match_class.kwd_patterns = fe_list(c, &kwp);
    p->u.match_class.kwd_attrs.items = ARENA_NEW_ARRAY(c->arena, AstIdent, names.len);
    for (int i = 0; i < names.len; i++) p->u.match_class.kwd_attrs.items[i] = names.items[i];
    p->u.match_class.kwd_attrs.len = names.len;
    VEC_FREE(&names);
    return p;
}

/* One pattern starting at kids[*i]; skips punctuation; NULL when none is left. */
static AstNode *pattern_at(FeCtx *c, TSNodeVec *kids, int *i) {
    while (*i < kids->len) {
        TSNode k = kids->items[*i];
        if (fe_is(k, "-")) {
            Span sp = fe_span(k);
            AstNode *v = signed_number(c, kids, i);
            AstNode *p = pat_new(c, AST_MATCH_VALUE, fe_span_join(sp, v->span));
            p->u.match_value.value = v;
            return p;
        }
        if (fe_is(k, "_")) {
            (*i)++;
            return pat_new(c, AST_MATCH_AS, fe_span(k));
        }
        (*i)++;
        if (ts_node_is_named(k)) return fe_pattern(c, k);
    }
    return NULL;
}

/* union_pattern: pattern ('|' pattern)+; a nested union_pattern (not
 * parenthesized) is part of the same MatchOr, as in CPython. */
static void union_alternatives(FeCtx *c, TSNode n, AstNodeVec *out) {
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    for (int i = 0; i < kids.len;) {
        if (fe_is(kids.items[i], "union_pattern")) {
            union_alternatives(c, kids.items[i++], out);
            continue;
        }
        AstNode *p = pattern_at(c, &kids, &i);
        if (p) VEC_PUSH(out, p);
    }
    VEC_FREE(&kids);
}

static AstNode *sequence(FeCtx *c, TSNode n) {
    AstNode *p = pat_new(c, AST_MATCH_SEQUENCE, fe_span(n));
    p->u.match_sequence.patterns = child_patterns(c, n);
    return p;
}

AstNode *fe_pattern(FeCtx *c, TSNode n) {
    const char *t = ts_node_type(n);
    if (strcmp(t, "case_pattern") == 0) {
        TSNodeVec kids = {0};
        fe_children(n, false, &kids);
        int i = 0;
        AstNode *p = pattern_at(c, &kids, &i);
        if (!p) { /* `case _:` when tree-sitter keeps no child */
            p = pat_new(c, AST_MATCH_AS, fe_span(n));
        } else if (i < kids.len) {
            fe_error(c, n, "invalid syntax");
        }
        VEC_FREE(&kids);
        return p;
    }
    if (strcmp(t, "union_pattern") == 0) {
        AstNode *p = pat_new(c, AST_MATCH_OR, fe_span(n));
        AstNodeVec alts = {0};
        union_alternatives(c, n, &alts);
        p->u.match_or.patterns = fe_list(c, &alts);
        return p;
    }
    if (strcmp(t, "as_pattern") == 0) {
        AstNode *p = pat_new(c, AST_MATCH_AS, fe_span(n));
        TSNodeVec kids = {0};
        fe_children(n, true, &kids);
        TSNode last = ts_node_child(n, ts_node_child_count(n) - 1);
        if (fe_is(last, "_") || (fe_is(last, "identifier") && ts_node_end_byte(last) - ts_node_start_byte(last) == 1 &&
                                 c->src->text[ts_node_start_byte(last)] == '_')) {
            fe_error(c, last, "cannot use '_' as a target");
        } else if (kids.len != 2 || !fe_is(kids.items[1], "identifier")) {
            if (kids.len == 2 && fe_has_token(n, "as") && !fe_is(kids.items[1], "identifier"))
                fe_error(c, kids.items[1], "invalid pattern target");
            else
                fe_error(c, n, "invalid syntax");
        } else {
            p->u.match_as.pattern = fe_pattern(c, kids.items[0]);
            p->u.match_as.name = fe_ident(c, kids.items[1]);
        }
        VEC_FREE(&kids);
        return p;
    }
    if (strcmp(t, "dotted_name") == 0) {
        if (ts_node_named_child_count(n) == 1) {
            AstNode *p = pat_new(c, AST_MATCH_AS, fe_span(n));
            p->u.match_as.name = fe_ident(c, ts_node_named_child(n, 0));
            return p;
        }
        AstNode *p = pat_new(c, AST_MATCH_VALUE, fe_span(n));
        p->u.match_value.value = dotted_expr(c, n);
        return p;
    }
    if (strcmp(t, "none") == 0 || strcmp(t, "true") == 0 || strcmp(t, "false") == 0) {
        AstNode *p = pat_new(c, AST_MATCH_SINGLETON, fe_span(n));
        p->u.match_singleton.value = t[0] == 'n' ? AST_CONST_NONE : t[0] == 't' ? AST_CONST_TRUE : AST_CONST_FALSE;
        return p;
    }
    if (is_number(n) || strcmp(t, "string") == 0 || strcmp(t, "concatenated_string") == 0 ||
        strcmp(t, "complex_pattern") == 0) {
        AstNode *p = pat_new(c, AST_MATCH_VALUE, fe_span(n));
        p->u.match_value.value = value_expr(c, n);
        return p;
    }
    if (strcmp(t, "list_pattern") == 0) return sequence(c, n);
    if (strcmp(t, "tuple_pattern") == 0) {
        TSNode inner = fe_paren_inner(n);
        if (!ts_node_is_null(inner)) return fe_pattern(c, inner);
        return sequence(c, n);
    }
    if (strcmp(t, "splat_pattern") == 0) {
        AstNode *p = pat_new(c, AST_MATCH_STAR, fe_span(n));
        if (fe_has_token(n, "**")) fe_error(c, n, "invalid syntax");
        p->u.match_star.name = splat_name(c, n);
        return p;
    }
    if (strcmp(t, "dict_pattern") == 0) return mapping(c, n);
    if (strcmp(t, "class_pattern") == 0) return class_pattern(c, n);
    fe_error(c, n, "invalid syntax");
    return bad_pattern(c, fe_span(n));
}

/* case_clause: 'case' case_pattern (',' case_pattern)* [','] [guard=if_clause] ':' consequence=block */
static AstNode *match_case(FeCtx *c, TSNode n) {
    AstNode *mc = ast_new(c->arena, AST_MATCH_CASE, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNodeVec pats = {0};
    bool comma = false;
    Span first = fe_span(n), last = fe_span(n);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "case_pattern")) {
            if (pats.len == 0) first = fe_span(k);
            last = fe_span(k);
            VEC_PUSH(&pats, fe_pattern(c, k));
        } else if (fe_is(k, ",") && pats.len > 0) {
            comma = true;
            last = fe_span(k);
        }
    }
    VEC_FREE(&kids);
    if (pats.len == 1 && !comma) {
        mc->u.match_case.pattern = pats.items[0];
        VEC_FREE(&pats);
    } else {
        AstNode *seq = pat_new(c, AST_MATCH_SEQUENCE, fe_span_join(first, last));
        seq->u.match_sequence.patterns = fe_list(c, &pats);
        mc->u.match_case.pattern = seq;
    }
    TSNode guard = fe_field(n, "guard");
    if (!ts_node_is_null(guard)) {
        TSNode g = fe_first_named(guard);
        mc->u.match_case.guard = ts_node_is_null(g) ? fe_bad_expr(c, fe_span(guard)) : fe_expr(c, g);
    }
    TSNode body = fe_field(n, "consequence");
    if (ts_node_is_null(body)) fe_error(c, n, "invalid syntax");
    else mc->u.match_case.body = fe_block(c, body);
    return mc;
}

/* match_statement: 'match' subject (',' subject)* [','] ':' body=block(case_clause+) */
AstNode *fe_match(FeCtx *c, TSNode n) {
    AstNode *s = ast_new(c->arena, AST_MATCH, fe_span(n));
    TSNodeVec kids = {0};
    fe_children(n, false, &kids);
    AstNodeVec subjects = {0};
    bool comma = false, done = false;
    Span first = fe_span(n), last = fe_span(n);
    TSNode body = {0};
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i];
        if (fe_is(k, "block")) {
            body = k;
            continue;
        }
        if (done || fe_is(k, "match")) continue;
        if (fe_is(k, ":")) {
            done = true;
        } else if (fe_is(k, ",")) {
            comma = true;
            last = fe_span(k);
        } else if (ts_node_is_named(k)) {
            if (subjects.len == 0) first = fe_span(k);
            last = fe_span(k);
            VEC_PUSH(&subjects, fe_expr(c, k));
        }
    }
    VEC_FREE(&kids);
    s->u.match.subject = fe_tuple_or_single(c, &subjects, comma, first, last);
    if (!s->u.match.subject) {
        fe_error(c, n, "invalid syntax");
        s->u.match.subject = fe_bad_expr(c, fe_span(n));
    }
    AstNodeVec cases = {0};
    if (!ts_node_is_null(body)) {
        fe_children(body, true, &kids);
        for (int i = 0; i < kids.len; i++)
            if (fe_is(kids.items[i], "case_clause")) VEC_PUSH(&cases, match_case(c, kids.items[i]));
        VEC_FREE(&kids);
    }
    if (cases.len == 0) fe_error(c, n, "invalid syntax");
    s->u.match.cases = fe_list(c, &cases);
    AstNode *lastc = cases.len ? s->u.match.cases.items[s->u.match.cases.len - 1] : NULL;
    if (lastc) s->span = fe_stmt_span(c, fe_span(n), lastc->u.match_case.body);
    return s;
}
