/* Traceback locations: what CPython 3.11 prints for a frame whose current
 * instruction is the operation at an AST node:
 *
 *       File "x.py", line 3, in <module>
 *         print((1 +  2) // 0)
 *               ~~~~~~~~~^^~~
 *
 * The caret line is computed here, at transpile time, following
 * Python/traceback.c (tb_displayline and extract_anchors_from_expr): the
 * operation's columns on its first line, with `~` for the operands and `^`
 * for the operator of a single-line binary operation, and no caret line at
 * all when plain carets would cover the whole stripped line. */
#include <string.h>

#include "common/strbuf.h"
#include "lower/lw_internal.h"

static bool is_ws(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

/* The operator's byte range [*la, *ra) in seg, between the operands; returns
 * false when none is found (then plain carets are used). */
static bool binop_anchors(const char *seg, int left_end, int right_start, int *la, int *ra) {
    bool found = false;
    for (int i = left_end; i < right_start; i++) {
        if (is_ws(seg[i])) continue;
        *la = i;
        *ra = i + 1;
        found = true;
        if (i + 1 < right_start && !is_ws(seg[i + 1])) ++*ra; /* two-character operator: // ** << */
        if (i + 1 < right_start && seg[i] == ')') continue;   /* a closing paren of the left operand */
        break;
    }
    return found;
}

static void put_n(StrBuf *sb, char ch, int n) {
    for (int i = 0; i < n; i++) sb_putc(sb, ch);
}

int lw_loc(LwCtx *c, const AstNode *node) {
    Span sp = node->span;
    uint32_t len;
    const char *text = source_line(c->src, sp.line, &len);
    uint32_t lead = 0, end = len;
    while (lead < len && (is_ws(text[lead]) || text[lead] == '\r')) lead++;
    while (end > lead && (is_ws(text[end - 1]) || text[end - 1] == '\r' || text[end - 1] == '\n')) end--;
    int lead_chars = utf8_count(text, lead);
    int stripped_chars = utf8_count(text + lead, end - lead);

    uint32_t col = (uint32_t)sp.col > len ? len : (uint32_t)sp.col;
    int start_char = utf8_count(text, col);
    int end_char;
    bool single_line = sp.end_line == sp.line;
    if (single_line) {
        uint32_t ecol = (uint32_t)sp.end_col > len ? len : (uint32_t)sp.end_col;
        end_char = utf8_count(text, ecol);
    } else {
        end_char = utf8_count(text, end);
    }

    int la = 0, ra = 0;
    bool anchors = false;
    if (single_line && node->kind == AST_BIN_OP) {
        const AstNode *l = node->u.bin_op.left, *r = node->u.bin_op.right;
        if (l->span.end_line == sp.line && r->span.line == sp.line) {
            const char *seg = text + col;
            anchors = binop_anchors(seg, l->span.end_col - (int)col, r->span.col - (int)col, &la, &ra);
            if (anchors) {
                la = utf8_count(seg, (uint32_t)la);
                ra = utf8_count(seg, (uint32_t)ra);
            }
        }
    }

    const char *carets = NULL;
    if (anchors || end_char - start_char != stripped_chars) {
        StrBuf sb;
        sb_init(&sb);
        put_n(&sb, ' ', start_char - lead_chars);
        if (anchors) {
            put_n(&sb, '~', la);
            put_n(&sb, '^', ra - la);
            put_n(&sb, '~', end_char - start_char - ra);
        } else {
            put_n(&sb, '^', end_char - start_char);
        }
        carets = arena_strndup(&c->m->arena, sb.data, sb.len);
        sb_free(&sb);
    }
    IrLoc loc = {sp.line, arena_strndup(&c->m->arena, text + lead, end - lead), carets};

    /* Consecutive operations often share a location: reuse the last entry. */
    if (c->locs.len > 0) {
        IrLoc *last = &VEC_LAST(&c->locs);
        if (last->line == loc.line && strcmp(last->text, loc.text) == 0 &&
            ((!last->carets && !loc.carets) || (last->carets && loc.carets && strcmp(last->carets, loc.carets) == 0)))
            return c->locs.len - 1;
    }
    VEC_PUSH(&c->locs, loc);
    return c->locs.len - 1;
}
