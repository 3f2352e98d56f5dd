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

/* East Asian Wide and Fullwidth ranges: CPython 3.11 counts such characters
 * as two columns when it lines carets up under non-ASCII source lines
 * (traceback._display_width). */
static const struct { unsigned lo, hi; } wide_ranges[] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, {0x3041, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA4C6}, {0xA960, 0xA97C},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B}, {0xFF01, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CD5}, {0x1B000, 0x1B2FB}, {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

/* Display columns of the first n bytes of UTF-8 text s. */
static int display_width(const char *s, uint32_t n) {
    int w = 0;
    for (uint32_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        unsigned cp = b;
        int len = 1;
        if (b >= 0xF0) cp = b & 0x07, len = 4;
        else if (b >= 0xE0) cp = b & 0x0F, len = 3;
        else if (b >= 0xC0) cp = b & 0x1F, len = 2;
        for (int k = 1; k < len && i + (uint32_t)k < n; k++) cp = (cp << 6) | ((unsigned char)s[i + (uint32_t)k] & 0x3F);
        i += (uint32_t)len;
        int cw = 1;
        if (cp >= 0x1100)
            for (size_t r = 0; r < sizeof wide_ranges / sizeof wide_ranges[0]; r++)
                if (cp >= wide_ranges[r].lo && cp <= wide_ranges[r].hi) {
                    cw = 2;
                    break;
                }
        w += cw;
    }
    return w;
}

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

/* Python/compile.c update_start_location_to_match_attr (3.11): when an
 * operation's span starts on another line than its attribute's name ends,
 * the location starts at the name, on the line that holds it:
 *
 *     x = (a               File "x.py", line 2
 *          .missing)           .missing)
 *                               ^^^^^^^
 *
 * CPython subtracts the name's length in characters from the end column in
 * bytes; so do we (it differs only for non-ASCII names). */
static Span match_attr(const AstNode *attr, Span sp) {
    if (sp.line == attr->span.end_line) return sp;
    sp.line = attr->span.end_line;
    int n = 0;
    for (const char *p = attr->u.attribute.attr.name; *p; p++) n += ((unsigned char)*p & 0xC0) != 0x80;
    if (n <= attr->span.end_col) sp.col = attr->span.end_col - n;
    if (sp.end_line < sp.line) sp.end_line = sp.line;
    if (sp.end_line == sp.line && sp.end_col < sp.col) sp.end_col = sp.col;
    return sp;
}

/* Whether CPython 3.11 compiles this call as LOAD_METHOD ... PRECALL/CALL
 * (compile.c maybe_optimize_method_call), whose CALL location starts at the
 * attribute's name: a call of an attribute with no *args or **kwargs and
 * fewer than STACK_USE_GUIDELINE (30) stack items.
 * TODO: CPython also excludes `m.f(...)` where m is imported at module level
 * (is_import_originated); this matters only for calls spanning lines. */
static bool method_call(const AstNode *e) {
    if (e->u.call.func->kind != AST_ATTRIBUTE) return false;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    if (na + nk + (nk != 0) >= 30) return false;
    for (int i = 0; i < na; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return false;
    for (int i = 0; i < nk; i++)
        if (!e->u.call.keywords.items[i]->u.keyword.arg.name) return false;
    return true;
}

int lw_loc(LwCtx *c, const AstNode *node) {
    Span sp = node->span;
    if (node->kind == AST_ATTRIBUTE) sp = match_attr(node, sp);
    else if (node->kind == AST_CALL && method_call(node)) sp = match_attr(node->u.call.func, sp);
    uint32_t len;
    const char *text = source_line(c->src, sp.line, &len);
    uint32_t lead = 0, end = len;
    while (lead < len && (is_ws(text[lead]) || text[lead] == '\r')) lead++;
    while (end > lead && (is_ws(text[end - 1]) || text[end - 1] == '\r' || text[end - 1] == '\n')) end--;
    int lead_chars = display_width(text, lead);
    int stripped_chars = display_width(text + lead, end - lead);

    uint32_t col = (uint32_t)sp.col > len ? len : (uint32_t)sp.col;
    int start_char = display_width(text, col);
    int end_char;
    bool single_line = sp.end_line == sp.line;
    if (single_line) {
        uint32_t ecol = (uint32_t)sp.end_col > len ? len : (uint32_t)sp.end_col;
        end_char = display_width(text, ecol);
    } else {
        end_char = display_width(text, end);
    }

    int la = 0, ra = 0;
    bool anchors = false;
    if (single_line && node->kind == AST_BIN_OP) {
        const AstNode *l = node->u.bin_op.left, *r = node->u.bin_op.right;
        if (l->span.end_line == sp.line && r->span.line == sp.line) {
            const char *seg = text + col;
            anchors = binop_anchors(seg, l->span.end_col - (int)col, r->span.col - (int)col, &la, &ra);
            if (anchors) {
                la = display_width(seg, (uint32_t)la);
                ra = display_width(seg, (uint32_t)ra);
            }
        }
    }

    if (single_line && node->kind == AST_SUBSCRIPT) {
        /* value[slice]: `~` under the value, `^` from '[' to ']' */
        const AstNode *v = node->u.subscript.value, *k = node->u.subscript.slice;
        if (v->span.end_line == sp.line && k->span.end_line == sp.line) {
            const char *seg = text + col;
            int seg_len = (int)(((uint32_t)sp.end_col > len ? len : (uint32_t)sp.end_col) - col);
            int l = v->span.end_col - (int)col, r = k->span.end_col - (int)col + 1;
            while (l < seg_len && seg[l] != '[') l++;
            while (r < seg_len && seg[r] != ']') r++;
            if (r < seg_len) r++;
            la = display_width(seg, (uint32_t)l);
            ra = display_width(seg, (uint32_t)(r > seg_len ? seg_len : r));
            anchors = true;
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
    if (c->fn->locs.len > 0) {
        IrLoc *last = &VEC_LAST(&c->fn->locs);
        if (last->line == loc.line && strcmp(last->text, loc.text) == 0 &&
            ((!last->carets && !loc.carets) || (last->carets && loc.carets && strcmp(last->carets, loc.carets) == 0)))
            return c->fn->locs.len - 1;
    }
    VEC_PUSH(&c->fn->locs, loc);
    return c->fn->locs.len - 1;
}
