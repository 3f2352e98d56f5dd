/* Small helpers for walking tree-sitter-python's CST. */
#include "frontend/fe_convert.h"

#include <stdlib.h>
#include <string.h>

#include <uninorm.h>

void fe_children(TSNode n, bool named_only, TSNodeVec *out) {
    uint32_t count = ts_node_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_child(n, i);
        if (named_only && !ts_node_is_named(ch)) continue;
        if (ts_node_is_extra(ch) || fe_is(ch, "comment") || fe_is(ch, "line_continuation")) continue;
        VEC_PUSH(out, ch);
    }
}

TSNode fe_first_named(TSNode n) {
    uint32_t count = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_named_child(n, i);
        if (!ts_node_is_extra(ch) && !fe_is(ch, "comment") && !fe_is(ch, "line_continuation")) return ch;
    }
    TSNode null = {0};
    return null;
}

bool fe_has_token(TSNode n, const char *tok) {
    uint32_t count = ts_node_child_count(n);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_child(n, i);
        if (!ts_node_is_named(ch) && fe_is(ch, tok)) return true;
    }
    return false;
}

TSNode fe_paren_inner(TSNode n) {
    TSNode null = {0};
    if (!fe_is(n, "tuple") && !fe_is(n, "tuple_pattern") && !fe_is(n, "parenthesized_expression"))
        return null;
    if (!fe_is(n, "parenthesized_expression") && fe_has_token(n, ",")) return null;
    TSNodeVec kids = {0};
    fe_children(n, true, &kids);
    TSNode r = kids.len == 1 ? kids.items[0] : null;
    VEC_FREE(&kids);
    return r;
}

/* CPython normalizes identifiers to NFKC (PEP 3131): `ｗｉｄｔｈ` is `width`. */
static const char *nfkc(FeCtx *c, const char *s) {
    size_t n = strlen(s);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
    if (ascii) return s;
    size_t len = 0;
    uint8_t *norm = u8_normalize(UNINORM_NFKC, (const uint8_t *)s, n, NULL, &len);
    if (!norm) return s; /* invalid UTF-8 was rejected before; keep the text as written */
    const char *r = arena_strndup(c->arena, (const char *)norm, len);
    free(norm);
    return r;
}

const char *fe_name_text(FeCtx *c, TSNode id) { return nfkc(c, fe_text(c, id)); }

AstIdent fe_ident(FeCtx *c, TSNode id) { return (AstIdent){fe_name_text(c, id), fe_span(id)}; }

const char *fe_dotted(FeCtx *c, TSNode n) {
    if (!fe_is(n, "dotted_name")) return fe_name_text(c, n);
    /* Rebuilt from the identifiers: the source may have spaces or comments
     * around the dots. */
    TSNodeVec ids = {0};
    fe_children(n, true, &ids);
    size_t len = 0;
    for (int i = 0; i < ids.len; i++)
        len += ts_node_end_byte(ids.items[i]) - ts_node_start_byte(ids.items[i]) + 1;
    char *s = arena_alloc(c->arena, len + 1), *p = s;
    for (int i = 0; i < ids.len; i++) {
        uint32_t b = ts_node_start_byte(ids.items[i]), e = ts_node_end_byte(ids.items[i]);
        if (i > 0) *p++ = '.';
        memcpy(p, c->src->text + b, e - b);
        p += e - b;
    }
    *p = '\0';
    VEC_FREE(&ids);
    return nfkc(c, s);
}

AstNode *fe_bad_expr(FeCtx *c, Span span) {
    AstNode *e = ast_new(c->arena, AST_NAME, span);
    e->u.name.id = "<error>";
    return e;
}

Span fe_stmt_span(FeCtx *c, Span start, AstList last_body) {
    if (last_body.len == 0) return start;
    Span end = last_body.items[last_body.len - 1]->span;
    /* A simple statement's trailing ';' is part of CPython's block (and so of
     * the compound statement) but not of the statement itself. */
    uint32_t i = end.end_byte;
    while (i < c->src->len && (c->src->text[i] == ' ' || c->src->text[i] == '\t' || c->src->text[i] == '\f')) i++;
    if (i < c->src->len && c->src->text[i] == ';') {
        end.end_col += (int32_t)(i + 1 - end.end_byte);
        end.end_byte = i + 1;
    }
    return fe_span_join(start, end);
}
