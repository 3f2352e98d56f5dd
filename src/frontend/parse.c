/* Frontend driver: runs tree-sitter, turns ERROR/MISSING nodes into syntax
 * diagnostics, then converts the CST (stmt.c, expr.c, ...) and runs the checks
 * CPython makes beyond its grammar (check.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "frontend/fe_internal.h"
#include "frontend/frontend.h"

const TSLanguage *tree_sitter_python(void);

Span fe_span(TSNode n) {
    TSPoint s = ts_node_start_point(n), e = ts_node_end_point(n);
    return (Span){(int32_t)s.row + 1, (int32_t)s.column, (int32_t)e.row + 1, (int32_t)e.column,
                  ts_node_start_byte(n), ts_node_end_byte(n)};
}

Span fe_span_join(Span a, Span b) {
    return (Span){a.line, a.col, b.end_line, b.end_col, a.start_byte, b.end_byte};
}

const char *fe_text(FeCtx *c, TSNode n) {
    uint32_t s = ts_node_start_byte(n), e = ts_node_end_byte(n);
    return arena_strndup(c->arena, c->src->text + s, e - s);
}

bool fe_is(TSNode n, const char *type) { return strcmp(ts_node_type(n), type) == 0; }

TSNode fe_field(TSNode n, const char *field) {
    return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
}

static void vreport(FeCtx *c, Span span, const char *fmt, va_list ap) {
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    diag_error(c->diags, c->src, span, "%s", buf);
}

void fe_error(FeCtx *c, TSNode n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(c, fe_span(n), fmt, ap);
    va_end(ap);
}

void fe_error_span(FeCtx *c, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(c, span, fmt, ap);
    va_end(ap);
}

void fe_error_not_311(FeCtx *c, TSNode n, const char *what) {
    fe_error(c, n, "invalid syntax: %s is not Python 3.11", what);
}

AstList fe_list(FeCtx *c, AstNodeVec *v) {
    AstList l = ast_list_from(c->arena, v->items, v->len);
    VEC_FREE(v);
    return l;
}

/* Reports every outermost ERROR node and every MISSING node; returns how many. */
static int report_tree_errors(FeCtx *c, TSNode root) {
    int count = 0;
    TSTreeCursor cur = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        bool descend = ts_node_has_error(n);
        if (ts_node_is_missing(n)) {
            const char *t = ts_node_type(n);
            if (ts_node_is_named(n))
                fe_error(c, n, "invalid syntax: expected %s", t);
            else
                fe_error(c, n, "invalid syntax: expected '%s'", t);
            count++;
            descend = false;
        } else if (fe_is(n, "ERROR")) {
            Span sp = fe_span(n);
            /* Point at the first token of the error, not its whole extent. */
            if (ts_node_child_count(n) > 0) {
                Span first = fe_span(ts_node_child(n, 0));
                sp.end_line = first.end_line;
                sp.end_col = first.end_col;
                sp.end_byte = first.end_byte;
            }
            fe_error_span(c, sp, "invalid syntax");
            count++;
            descend = false;
        }
        if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&cur)) {
            if (!ts_tree_cursor_goto_parent(&cur)) {
                ts_tree_cursor_delete(&cur);
                return count;
            }
        }
    }
}

/* CPython decodes source as UTF-8 (after an optional BOM); report the first bad byte. */
static bool check_utf8(FeCtx *c) {
    uint32_t ok = utf8_valid_prefix(c->src->text, c->src->len);
    if (ok == c->src->len) return true;
    int line = 1;
    uint32_t line_start = 0;
    for (uint32_t i = 0; i < ok; i++)
        if (c->src->text[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    Span sp = {line, (int32_t)(ok - line_start), line, (int32_t)(ok - line_start + 1), ok, ok + 1};
    fe_error_span(c, sp, "invalid UTF-8: byte 0x%02x at offset %u cannot be decoded",
                  (unsigned char)c->src->text[ok], ok);
    return false;
}

AstModule *fe_parse(const SourceFile *src, DiagList *diags) {
    AstModule *m = xmalloc(sizeof *m);
    arena_init(&m->arena);
    m->src = src;
    FeCtx ctx = {&m->arena, src, diags};
    Span whole = {1, 0, 1, 0, 0, 0};
    m->root = ast_new(&m->arena, AST_MODULE, whole);
    if (!check_utf8(&ctx)) return m;

    TSParser *parser = ts_parser_new();
    if (!ts_parser_set_language(parser, tree_sitter_python()))
        INTERNAL_ERROR("tree-sitter-python grammar does not load (ABI mismatch)");
    TSTree *tree = ts_parser_parse_string(parser, NULL, src->text, src->len);
    TSNode root = ts_tree_root_node(tree);
    if (!ts_node_has_error(root) || report_tree_errors(&ctx, root) == 0) {
        m->root->span = fe_span(root);
        m->root->u.module.body = fe_block(&ctx, root);
        if (diags->error_count == 0) fe_check_module(&ctx, m->root);
    }
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    return m;
}
