/* Frontend driver: runs tree-sitter, turns ERROR/MISSING nodes into syntax
 * diagnostics, then converts the CST (stmt.c, expr.c, ...) and runs the checks
 * CPython makes beyond its grammar (check.c). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "frontend/check_tokens.h"
#include "frontend/fe_convert.h"
#include "frontend/fe_internal.h"
#include "frontend/frontend.h"

const TSLanguage *tree_sitter_python(void);

/* The file fe_parse is converting. Lines and columns come from byte offsets
 * and its line index, not from tree-sitter's points: the tree may be of a
 * rewritten copy of the text whose lines differ (see parse_tree), and the line
 * index counts \r\n, \r and \n as line ends as CPython does, while tree-sitter
 * counts only \n. A file-level variable because fe_span, called from every
 * conversion file, takes no context. */
static _Thread_local const SourceFile *span_src;

Span fe_span(TSNode n) {
    if (!span_src) INTERNAL_ERROR("fe_span outside fe_parse");
    return source_span(span_src, ts_node_start_byte(n), ts_node_end_byte(n));
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

/* A point span at byte `at` of the source. */
static Span point_at(FeCtx *c, uint32_t at) {
    Span sp = source_span(c->src, at, at + 1);
    sp.end_line = sp.line;
    sp.end_col = sp.col + 1;
    return sp;
}

/* The line of byte `at` (tree-sitter's rows count only \n as a line end). */
static int line_of(FeCtx *c, uint32_t at) {
    int32_t col;
    return source_line_of(c->src, at, &col);
}

/* True when only blanks or a comment follow byte `at` on its line. */
static bool rest_of_line_empty(FeCtx *c, uint32_t at) {
    const char *t = c->src->text;
    while (at < c->src->len && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r' || t[at] == '\f')) at++;
    return at >= c->src->len || t[at] == '\n' || t[at] == '#';
}

static bool is_compound_keyword(const char *t) {
    static const char *const kws[] = {"if", "elif", "else", "while", "for", "with", "def", "class",
                                      "try", "except", "finally", "async"};
    for (size_t i = 0; i < ARRAY_LEN(kws); i++)
        if (strcmp(t, kws[i]) == 0) return true;
    return false;
}

/* An ERROR node: CPython's wording and position where a pattern is clear. */
static void report_error_node(FeCtx *c, TSNode n) {
    uint32_t nkids = ts_node_child_count(n);
    if (nkids > 0) {
        TSNode first = ts_node_child(n, 0);
        /* `if x` / `class C` + newline: a compound statement header without its
         * colon. CPython points just after the header's last token. */
        if (!ts_node_is_named(first) && is_compound_keyword(ts_node_type(first))) {
            int row = line_of(c, ts_node_start_byte(first));
            TSNode last = first;
            bool colon = false;
            for (uint32_t i = 0; i < nkids; i++) {
                TSNode k = ts_node_child(n, i);
                if (line_of(c, ts_node_start_byte(k)) != row) break;
                if (fe_is(k, ":")) colon = true;
                last = k;
            }
            uint32_t end = ts_node_end_byte(last);
            if (!colon && rest_of_line_empty(c, end)) {
                fe_error_span(c, point_at(c, end), "expected ':'");
                return;
            }
        }
    }
    /* An incomplete line (`x = 1 +`): CPython fails at the newline. */
    uint32_t end = ts_node_end_byte(n);
    if (line_of(c, end) == line_of(c, ts_node_start_byte(n)) && end > ts_node_start_byte(n) &&
        rest_of_line_empty(c, end)) {
        fe_error_span(c, point_at(c, end), "invalid syntax");
        return;
    }
    Span sp = fe_span(n);
    /* Point at the first token of the error, not its whole extent. */
    if (nkids > 0) {
        Span f = fe_span(ts_node_child(n, 0));
        sp.end_line = f.end_line;
        sp.end_col = f.end_col;
        sp.end_byte = f.end_byte;
    }
    fe_error_span(c, sp, "invalid syntax");
}

/* Reports every outermost ERROR node and every MISSING node that ends before
 * byte `limit`, where the tokenizer check found the first error (a node
 * reaching past it is a consequence of that error); returns how many. */
static int report_tree_errors(FeCtx *c, TSNode root, uint32_t limit) {
    int count = 0;
    TSTreeCursor cur = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&cur);
        bool descend = ts_node_has_error(n);
        bool is_error = ts_node_is_missing(n) || fe_is(n, "ERROR");
        if (ts_node_start_byte(n) >= limit || (is_error && ts_node_end_byte(n) > limit)) {
            descend = false;
        } else if (ts_node_is_missing(n)) {
            const char *t = ts_node_type(n);
            if (strcmp(t, ":") == 0)
                fe_error(c, n, "expected ':'");
            else
                fe_error(c, n, "invalid syntax");
            count++;
            descend = false;
        } else if (is_error) {
            /* CPython's specific wording where the shape is known (hints.c),
             * e.g. "cannot assign to function call here...". */
            if (!fe_explain_error(c, n)) report_error_node(c, n);
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

/* tree-sitter's tree of the file, or NULL when the tokenizer check found a
 * nesting limit exceeded (then tree-sitter is not run: libtree-sitter 0.20.7
 * corrupts its heap on some very deep inputs, e.g. 66000 nested f-strings,
 * and the tokenizer's error is the one CPython reports anyway). When the tree
 * has errors and the tokenizer found none, a second parse of the text with
 * its bracketed lines joined (fe_join_bracket_lines: same bytes, so every
 * node's offsets hold for the original) replaces it if that one is clean.
 * Python ignores line ends inside brackets; tree-sitter-python's scanner does
 * not always (a continuation line indented less than its block ends the block). */
static TSTree *parse_tree(FeCtx *c, TSParser *parser, uint32_t *token_error) {
    const SourceFile *src = c->src;
    bool limit = false;
    *token_error = fe_check_tokens(c, &limit);
    if (limit) return NULL;
    TSTree *tree = ts_parser_parse_string(parser, NULL, src->text, src->len);
    if (!ts_node_has_error(ts_tree_root_node(tree)) || *token_error != UINT32_MAX) return tree;
    char *joined = fe_join_bracket_lines(c);
    if (!joined) return tree;
    TSTree *retry = ts_parser_parse_string(parser, NULL, joined, src->len);
    free(joined);
    if (ts_node_has_error(ts_tree_root_node(retry))) {
        ts_tree_delete(retry);
        return tree;
    }
    ts_tree_delete(tree);
    return retry;
}

/* CPython's compiler recurses over the AST and gives up near 3000 levels
 * ("RecursionError: maximum recursion depth exceeded during compilation", or
 * MemoryError from its parser); py2c's phases recurse too. A tree deeper than
 * this is reported instead of converted, so that no phase can overflow the
 * stack. The depth is counted as the AST will have it: a chain of one boolean
 * operator is one BoolOp; each elif (and the final else) nests one If deeper. */
enum { FE_MAX_NESTING = 3000 };

typedef struct NestLevel {
    uint32_t depth; /* of the cursor's node at this level */
    uint32_t elifs; /* elif clauses seen among its children so far */
} NestLevel;

/* The depth of the cursor's current node, a child of parent (at parent_lv). */
static uint32_t child_depth(TSTreeCursor *cur, TSNode parent, NestLevel *parent_lv) {
    TSNode n = ts_tree_cursor_current_node(cur);
    uint32_t d = parent_lv->depth + 1;
    if (fe_is(n, "boolean_operator") && fe_is(parent, "boolean_operator")) {
        const char *field = ts_tree_cursor_current_field_name(cur);
        TSNode po = fe_field(parent, "operator"), no = fe_field(n, "operator");
        if (field && strcmp(field, "left") == 0 && !ts_node_is_null(po) && !ts_node_is_null(no) &&
            strcmp(ts_node_type(po), ts_node_type(no)) == 0)
            d = parent_lv->depth;
    } else if (fe_is(parent, "if_statement") && (fe_is(n, "elif_clause") || fe_is(n, "else_clause"))) {
        d += parent_lv->elifs;
        if (fe_is(n, "elif_clause")) parent_lv->elifs++;
    }
    return d;
}

/* Reports the first node nested deeper than FE_MAX_NESTING (iteratively:
 * this walk must not recurse either); whether the tree is within the limit. */
static bool check_nesting(FeCtx *c, TSNode root) {
    VEC(NestLevel) st = {0};
    VEC(TSNode) nodes = {0}; /* the cursor's node at each level */
    VEC_PUSH(&st, ((NestLevel){1, 0}));
    VEC_PUSH(&nodes, root);
    TSTreeCursor cur = ts_tree_cursor_new(root);
    bool ok = true;
    for (;;) {
        if (st.items[st.len - 1].depth > FE_MAX_NESTING) {
            fe_error(c, ts_tree_cursor_current_node(&cur),
                     "too deeply nested: more than %d levels (CPython gives up about there too, with "
                     "RecursionError)", FE_MAX_NESTING);
            ok = false;
            break;
        }
        if (ts_tree_cursor_goto_first_child(&cur)) {
            TSNode parent = nodes.items[nodes.len - 1];
            st.items[st.len - 1].elifs = 0;
            uint32_t d = child_depth(&cur, parent, &st.items[st.len - 1]);
            VEC_PUSH(&st, ((NestLevel){d, 0}));
            VEC_PUSH(&nodes, ts_tree_cursor_current_node(&cur));
            continue;
        }
        bool done = false;
        while (!ts_tree_cursor_goto_next_sibling(&cur)) {
            if (!ts_tree_cursor_goto_parent(&cur)) {
                done = true;
                break;
            }
            st.len--;
            nodes.len--;
        }
        if (done) break;
        TSNode parent = nodes.items[nodes.len - 2];
        st.items[st.len - 1].depth = child_depth(&cur, parent, &st.items[st.len - 2]);
        st.items[st.len - 1].elifs = 0;
        nodes.items[nodes.len - 1] = ts_tree_cursor_current_node(&cur);
    }
    ts_tree_cursor_delete(&cur);
    VEC_FREE(&st);
    VEC_FREE(&nodes);
    return ok;
}

AstModule *fe_parse(SourceFile *src, DiagList *diags) {
    AstModule *m = xmalloc(sizeof *m);
    arena_init(&m->arena);
    m->src = src;
    FeCtx ctx = {&m->arena, src, diags};
    Span whole = {1, 0, 1, 0, 0, 0};
    m->root = ast_new(&m->arena, AST_MODULE, whole);
    if (!fe_check_encoding(&ctx, src)) return m;

    const SourceFile *outer = span_src;
    span_src = src;
    TSParser *parser = ts_parser_new();
    if (!ts_parser_set_language(parser, tree_sitter_python()))
        INTERNAL_ERROR("tree-sitter-python grammar does not load (ABI mismatch)");
    /* The tokenizer's errors first: they explain tree-sitter's ERROR nodes
     * after them better than those nodes do. */
    uint32_t token_error;
    TSTree *tree = parse_tree(&ctx, parser, &token_error);
    if (tree) {
        TSNode root = ts_tree_root_node(tree);
        int tree_errors = ts_node_has_error(root) ? report_tree_errors(&ctx, root, token_error) : 0;
        if (token_error == UINT32_MAX && tree_errors == 0 && check_nesting(&ctx, root)) {
            m->root->span = fe_span(root);
            m->root->u.module.body = fe_block(&ctx, root);
            if (diags->error_count == 0) fe_check_module(&ctx, m->root);
        }
        ts_tree_delete(tree);
    }
    ts_parser_delete(parser);
    span_src = outer;
    return m;
}
