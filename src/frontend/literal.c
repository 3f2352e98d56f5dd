/* Literals: numbers, strings, bytes and f-strings, CST -> AST.
 *
 * Values and positions follow CPython 3.11 (Parser/string_parser.c and the
 * tokenizer's number rules), including its f-string quirks: the Constant and
 * FormattedValue parts of a JoinedStr get the span of the whole (possibly
 * concatenated) literal, and a format spec's JoinedStr the span of the one
 * string token it is written in. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/strbuf.h"
#include "common/util.h"
#include "frontend/fe_convert.h"
#include "frontend/unicode_names.h"

/* ---------------------------------------------------------------- numbers */

static bool is_digit_in(char ch, int base) {
    switch (base) {
    case 2: return ch == '0' || ch == '1';
    case 8: return ch >= '0' && ch <= '7';
    case 10: return ch >= '0' && ch <= '9';
    case 16: return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }
    return false;
}

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    return ch - 'A' + 10;
}

/* digitpart: digit (["_"] digit)*, starting at s[*i]. Returns false (and leaves
 * *i where it stopped) on a misplaced underscore; true with zero digits read
 * when s[*i] is no digit. */
static bool scan_digits(const char *s, size_t *i, int base, int *count) {
    *count = 0;
    while (is_digit_in(s[*i], base)) {
        (*i)++;
        (*count)++;
        if (s[*i] == '_') {
            if (!is_digit_in(s[*i + 1], base)) return false;
            (*i)++;
        }
    }
    return true;
}

/* The exact decimal digits of the digits (underscores skipped) of s in base. */
static const char *int_to_decimal(FeCtx *c, const char *s, int base) {
    enum { LIMB = 1000000000 };
    size_t n = strlen(s);
    uint32_t *limbs = xmalloc(sizeof(uint32_t) * (n + 1)); /* little-endian, base 1e9 */
    size_t nl = 1;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        uint64_t carry = (uint64_t)digit_value(s[i]);
        for (size_t k = 0; k < nl; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % LIMB);
            carry = v / LIMB;
        }
        if (carry) limbs[nl++] = (uint32_t)carry;
    }
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%u", limbs[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;) sb_printf(&b, "%09u", limbs[k]);
    free(limbs);
    const char *r = arena_strndup(c->arena, b.data, b.len);
    sb_free(&b);
    return r;
}

static void set_int(AstConst *k, const char *digits) {
    k->kind = AST_CONST_INT;
    k->int_digits = digits;
    size_t len = strlen(digits);
    k->fits_i64 = len < 19 || (len == 19 && strcmp(digits, "9223372036854775807") <= 0);
    k->i64 = k->fits_i64 ? strtoll(digits, NULL, 10) : 0;
}

/* Checks a decimal int/float/imaginary literal against CPython's grammar:
 *   decinteger: nonzerodigit (["_"] digit)* | "0"+ (["_"] "0")*
 *   floatnumber: digitpart? "." digitpart | digitpart "." | (digitpart | pointfloat) exponent
 *   imagnumber: (floatnumber | digitpart) ("j" | "J")
 * Returns NULL or CPython's error message. */
static const char *check_decimal(const char *s, bool *is_float) {
    size_t i = 0;
    int nint = 0, nfrac = 0;
    *is_float = false;
    if (!scan_digits(s, &i, 10, &nint)) return "invalid decimal literal";
    if (s[i] == '.') {
        *is_float = true;
        i++;
        if (!scan_digits(s, &i, 10, &nfrac)) return "invalid decimal literal";
        if (nint == 0 && nfrac == 0) return "invalid decimal literal";
    }
    if (s[i] == 'e' || s[i] == 'E') {
        *is_float = true;
        i++;
        if (s[i] == '+' || s[i] == '-') i++;
        int nexp = 0;
        if (!scan_digits(s, &i, 10, &nexp) || nexp == 0) return "invalid decimal literal";
    }
    bool imag = false;
    if (s[i] == 'j' || s[i] == 'J') {
        imag = true;
        i++;
    }
    if (s[i] != '\0' || nint + nfrac == 0) return "invalid decimal literal";
    if (!*is_float && !imag && s[0] == '0') {
        for (const char *p = s; *p; p++)
            if (*p != '0' && *p != '_')
                return "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers";
    }
    if (imag) *is_float = true;
    return NULL;
}

static const char *check_prefixed(const char *s, int base) {
    const char *what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    static char msg[64];
    size_t i = 2;
    if (s[i] == '_') i++;
    int count = 0;
    bool ok = scan_digits(s, &i, base, &count);
    if (ok && count > 0 && s[i] == '\0') return NULL;
    /* `0b2`, `0o8`: a decimal digit that the base does not allow */
    if (base != 16 && s[i] >= '0' && s[i] <= '9') {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", s[i], what);
        return msg;
    }
    snprintf(msg, sizeof msg, "invalid %s literal", what);
    return msg;
}

/* integer: 42, 0x_ff, 0o17, 0b1, 1_000, 2j (tree-sitter puts some imaginaries here)
 * float:   1.5, .5, 1., 1e-3, 1_0.0_1, 1.5j, 1E5J */
AstNode *fe_number(FeCtx *c, TSNode n) {
    const char *text = fe_text(c, n);
    AstNode *e = ast_new(c->arena, AST_CONSTANT, fe_span(n));
    AstConst *k = &e->u.constant;
    set_int(k, "0");
    int base = 10;
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) base = 16;
    if (text[0] == '0' && (text[1] == 'o' || text[1] == 'O')) base = 8;
    if (text[0] == '0' && (text[1] == 'b' || text[1] == 'B')) base = 2;
    if (base != 10) {
        const char *err = check_prefixed(text, base);
        if (err) {
            fe_error(c, n, "%s", err);
            return e;
        }
        set_int(k, int_to_decimal(c, text + 2, base));
        return e;
    }
    bool is_float;
    const char *err = check_decimal(text, &is_float);
    if (err) {
        fe_error(c, n, "%s", err);
        return e;
    }
    if (!is_float) {
        set_int(k, int_to_decimal(c, text, 10));
        return e;
    }
    size_t len = strlen(text);
    char *clean = xmalloc(len + 1);
    size_t j = 0;
    bool imag = false;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '_') continue;
        if (text[i] == 'j' || text[i] == 'J') {
            imag = true;
            continue;
        }
        clean[j++] = text[i];
    }
    clean[j] = '\0';
    /* Overflow gives inf, as in CPython (1e999 == inf); ERANGE is no error. */
    k->kind = imag ? AST_CONST_IMAG : AST_CONST_FLOAT;
    k->f = strtod(clean, NULL);
    k->int_digits = NULL;
    k->fits_i64 = false;
    free(clean);
    return e;
}

/* ---------------------------------------------------------------- strings */

typedef struct StrTok {
    TSNode node;         /* the `string` node */
    bool raw, bytes, fstr, u;
    char quote;          /* ' or " */
    bool triple;
    uint32_t body_start, body_end; /* bytes between the quotes */
} StrTok;

/* CPython's FstringParser state: the pending literal and the parts so far. */
typedef struct StrState {
    StrBuf last;         /* last_str: pending literal text (empty = none) */
    AstNodeVec values;
    bool fmode;          /* an f-string was seen: the result is a JoinedStr */
} StrState;

/* What the f-string parts need to know about where they are. */
typedef struct FCtx {
    Span whole;          /* the whole concatenation: CPython's first..last token */
    bool u_kind;         /* the concatenation starts with u"...": Constant.kind "u" */
    const StrTok *tok;   /* the token being parsed (CPython's `t`) */
} FCtx;

static StrTok str_tok(FeCtx *c, TSNode s) {
    StrTok t = {.node = s};
    TSNode start = {0}, end = {0};
    uint32_t count = ts_node_child_count(s);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_child(s, i);
        if (fe_is(ch, "string_start")) start = ch;
        else if (fe_is(ch, "string_end")) end = ch;
    }
    if (ts_node_is_null(start) || ts_node_is_null(end))
        INTERNAL_ERROR("string node without string_start/string_end");
    const char *src = c->src->text;
    uint32_t p = ts_node_start_byte(start), q = ts_node_end_byte(start);
    for (; p < q && src[p] != '\'' && src[p] != '"'; p++) {
        switch (src[p]) {
        case 'r': case 'R': t.raw = true; break;
        case 'b': case 'B': t.bytes = true; break;
        case 'f': case 'F': t.fstr = true; break;
        case 'u': t.u = true; break;
        default: break; /* 'U' gives no kind: CPython looks for a lowercase u only */
        }
    }
    t.quote = src[p];
    t.triple = q - p == 3;
    t.body_start = q;
    /* Not string_end's start: tree-sitter puts the `\\` of r"\\" into string_end. */
    t.body_end = ts_node_end_byte(end) - (t.triple ? 3 : 1);
    if (t.body_end < t.body_start) INTERNAL_ERROR("string literal shorter than its quotes");
    return t;
}

/* Position CPython gives an escape error: its offset in the literal after
 * non-ASCII characters were replaced by 10-byte \UXXXXXXXX escapes. */
static long esc_pos(const char *s, uint32_t from, uint32_t at) {
    long pos = 0;
    for (uint32_t i = from; i < at; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) pos++;
        else if ((ch & 0xC0) != 0x80) pos += 10;
    }
    return pos;
}

static int hex_run(const char *s, uint32_t i, uint32_t end, int max) {
    int n = 0;
    while (n < max && i + (uint32_t)n < end && is_digit_in(s[i + (uint32_t)n], 16)) n++;
    return n;
}

/* Decodes literal source text s[from, to) of a string token into out: escapes
 * (unless raw), \r\n -> \n, and in an f-string's top level, {{ and }} -> { and }.
 * Reports CPython's errors; returns false after one. */
static bool decode_text(FeCtx *c, const StrTok *t, uint32_t from, uint32_t to, bool undouble, StrBuf *out) {
    const char *s = c->src->text;
    Span where = fe_span(t->node);
    for (uint32_t i = from; i < to; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\r') {
            sb_putc(out, '\n');
            if (i + 1 < to && s[i + 1] == '\n') i++;
            continue;
        }
        if (t->bytes && ch >= 0x80) {
            fe_error_span(c, where, "bytes can only contain ASCII literal characters");
            return false;
        }
        if (undouble && (ch == '{' || ch == '}')) {
            if (i + 1 < to && (unsigned char)s[i + 1] == ch) {
                sb_putc(out, (char)ch);
                i++;
                continue;
            }
            if (ch == '}') {
                fe_error_span(c, where, "f-string: single '}' is not allowed");
                return false;
            }
        }
        if (ch != '\\' || t->raw || i + 1 >= to) {
            sb_putc(out, (char)ch);
            continue;
        }
        uint32_t esc = i;
        char e = s[++i];
        switch (e) {
        case '\n': continue;
        case '\r':
            if (i + 1 < to && s[i + 1] == '\n') i++;
            continue;
        case '\\': sb_putc(out, '\\'); continue;
        case '\'': sb_putc(out, '\''); continue;
        case '"': sb_putc(out, '"'); continue;
        case 'a': sb_putc(out, '\a'); continue;
        case 'b': sb_putc(out, '\b'); continue;
        case 'f': sb_putc(out, '\f'); continue;
        case 'n': sb_putc(out, '\n'); continue;
        case 'r': sb_putc(out, '\r'); continue;
        case 't': sb_putc(out, '\t'); continue;
        case 'v': sb_putc(out, '\v'); continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = 0;
            int n = 0;
            while (n < 3 && i < to && s[i] >= '0' && s[i] <= '7') {
                v = v * 8 + (unsigned)(s[i] - '0');
                i++;
                n++;
            }
            i--;
            if (t->bytes) sb_putc(out, (char)(v & 0xFF));
            else sb_put_utf8(out, v);
            continue;
        }
        case 'x': {
            int n = hex_run(s, i + 1, to, 2);
            if (n < 2) {
                if (t->bytes)
                    fe_error_span(c, where, "(value error) invalid \\x escape at position %ld",
                                  esc_pos(s, from, esc));
                else
                    fe_error_span(c, where,
                                  "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                  "%ld-%ld: truncated \\xXX escape",
                                  esc_pos(s, from, esc), esc_pos(s, from, esc) + 1 + n);
                return false;
            }
            unsigned v = (unsigned)(digit_value(s[i + 1]) * 16 + digit_value(s[i + 2]));
            i += 2;
            if (t->bytes) sb_putc(out, (char)v);
            else sb_put_utf8(out, v);
            continue;
        }
        case 'u':
        case 'U': {
            if (t->bytes) break;
            int want = e == 'u' ? 4 : 8;
            int n = hex_run(s, i + 1, to, want);
            long p0 = esc_pos(s, from, esc);
            if (n < want) {
                fe_error_span(c, where,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              "%ld-%ld: truncated \\%s escape",
                              p0, p0 + 1 + n, e == 'u' ? "uXXXX" : "UXXXXXXXX");
                return false;
            }
            unsigned long v = 0;
            for (int k = 1; k <= want; k++) v = v * 16 + (unsigned long)digit_value(s[i + (uint32_t)k]);
            if (v > 0x10FFFF) {
                fe_error_span(c, where,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              "%ld-%ld: illegal Unicode character",
                              p0, p0 + 1 + want);
                return false;
            }
            i += (uint32_t)want;
            sb_put_utf8(out, (unsigned)v);
            continue;
        }
        case 'N': {
            /* \N{name}: not an escape in bytes. CPython's f-string scanner skips
             * `{...}` after \N as literal text, where tree-sitter may have read
             * an empty `{}` as a replacement field: so in an f-string the name
             * may run on past this literal part, up to the '}'. */
            if (t->bytes) break;
            long p0 = esc_pos(s, from, esc);
            uint32_t lim = t->fstr ? t->body_end : to;
            uint32_t k = i + 2;
            while (k < lim && s[k] != '}') k++;
            bool brace = i + 1 < lim && s[i + 1] == '{';
            if (!brace || k >= lim || k == i + 2) {
                /* CPython's error span ends where its decoder stopped: after the
                 * N, at the end of the literal, or at the '}' of `\N{}`. */
                long end = !brace ? p0 + 2 : k >= lim ? esc_pos(s, from, lim) : p0 + 3;
                fe_error_span(c, where,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              "%ld-%ld: malformed \\N character escape",
                              p0, end - 1);
                return false;
            }
            uint32_t cp;
            if (!fe_unicode_lookup(s + i + 2, k - (i + 2), &cp)) {
                fe_error_span(c, where,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              "%ld-%ld: unknown Unicode character name",
                              p0, esc_pos(s, from, k + 1) - 1);
                return false;
            }
            sb_put_utf8(out, cp);
            i = k;
            continue;
        }
        default: break;
        }
        /* Not an escape (a DeprecationWarning in 3.11): the backslash stays. */
        sb_putc(out, '\\');
        i--;
    }
    return true;
}

static void state_add_text(StrState *st, const char *s, size_t n) { sb_append(&st->last, s, n); }

/* make_str_node_and_del: the pending literal as a Constant. */
static AstNode *make_str(FeCtx *c, StrBuf *text, Span span, bool u_kind) {
    AstNode *e = ast_new(c->arena, AST_CONSTANT, span);
    e->u.constant.kind = AST_CONST_STR;
    e->u.constant.data = arena_strndup(c->arena, text->data, text->len);
    e->u.constant.len = (uint32_t)text->len;
    e->u.constant.u_prefix = u_kind;
    text->len = 0;
    text->data[0] = '\0';
    return e;
}

static void state_flush(FeCtx *c, StrState *st, Span span, bool u_kind) {
    if (st->last.len > 0) VEC_PUSH(&st->values, make_str(c, &st->last, span, u_kind));
}

/* FstringParser_Finish: a Constant when no f-string was seen, else a JoinedStr. */
static AstNode *state_finish(FeCtx *c, StrState *st, Span span, bool u_kind) {
    AstNode *r;
    if (!st->fmode) {
        r = make_str(c, &st->last, span, u_kind);
    } else {
        state_flush(c, st, span, u_kind);
        r = ast_new(c->arena, AST_JOINED_STR, span);
        r->u.joined_str.values = fe_list(c, &st->values);
    }
    sb_free(&st->last);
    VEC_FREE(&st->values);
    return r;
}

static void fstring_parts(FeCtx *c, const FCtx *f, StrState *st, TSNode container, uint32_t from, uint32_t to,
                          int level);

static bool contains_comment(TSNode n) {
    if (fe_is(n, "comment")) return true;
    uint32_t count = ts_node_child_count(n);
    for (uint32_t i = 0; i < count; i++)
        if (contains_comment(ts_node_child(n, i))) return true;
    return false;
}

/* interpolation / format_expression:
 *   '{' expression ['='] [type_conversion] [format_specifier] '}'
 * Adds the self-documenting text (for `=`) and a FormattedValue to st. */
static void fstring_field(FeCtx *c, const FCtx *f, StrState *st, TSNode field, int level) {
    const char *src = c->src->text;
    if (level >= 2) {
        fe_error(c, field, "f-string: expressions nested too deeply");
        return;
    }
    TSNode expr = fe_field(field, "expression");
    TSNode conv = fe_field(field, "type_conversion");
    TSNode spec = fe_field(field, "format_specifier");
    TSNode eq = {0};
    uint32_t count = ts_node_child_count(field);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_child(field, i);
        if (!ts_node_is_named(ch) && fe_is(ch, "=")) eq = ch;
    }
    if (ts_node_is_null(expr)) {
        fe_error(c, field, "f-string: empty expression not allowed");
        return;
    }
    uint32_t open = ts_node_start_byte(field); /* the '{' */
    uint32_t expr_end = ts_node_end_byte(expr);
    for (uint32_t i = open + 1; i < expr_end; i++) {
        if (src[i] == '\\') {
            fe_error(c, field, "f-string expression part cannot include a backslash");
            return;
        }
        /* The f-string's own quotes end the token in CPython 3.11's tokenizer. */
        if (src[i] == f->tok->quote &&
            (!f->tok->triple || (i + 2 < expr_end && src[i + 1] == src[i] && src[i + 2] == src[i]))) {
            fe_error_not_311(c, field, "reusing the f-string's quotes inside a replacement field");
            return;
        }
    }
    if (contains_comment(field)) {
        fe_error(c, field, "f-string expression part cannot include '#'");
        return;
    }
    /* `{x:=1}` is `x` with the format spec "=1" in CPython; tree-sitter reads a walrus. */
    const char *walrus_spec = NULL;
    if (fe_is(expr, "named_expression") && ts_node_is_null(conv) && ts_node_is_null(spec) && ts_node_is_null(eq)) {
        TSNode name = fe_field(expr, "name"), value = fe_field(expr, "value");
        uint32_t vs = ts_node_end_byte(name), ve = ts_node_end_byte(value);
        while (src[vs] != ':') vs++;
        for (uint32_t i = vs; i < ve; i++)
            if (src[i] == '{' || src[i] == '}') {
                fe_error(c, field, "py2c does not support a format spec starting with '=' that has replacement fields");
                return;
            }
        walrus_spec = arena_strndup(c->arena, src + vs + 1, ve - vs - 1);
        expr = name;
    }
    if (fe_is(expr, "lambda")) {
        fe_error(c, expr, "f-string: invalid syntax");
        return;
    }

    if (!ts_node_is_null(eq)) {
        /* expr_text: from after '{' through '=' and the whitespace after it */
        uint32_t e = ts_node_end_byte(eq);
        while (strchr(" \t\n\r\f\v", src[e]) && src[e]) e++;
        state_add_text(st, src + open + 1, e - open - 1);
    }
    int conversion = -1;
    if (!ts_node_is_null(conv)) {
        const char *ct = fe_text(c, conv);
        if (strcmp(ct, "!s") == 0) conversion = 's';
        else if (strcmp(ct, "!r") == 0) conversion = 'r';
        else if (strcmp(ct, "!a") == 0) conversion = 'a';
        else {
            fe_error(c, conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return;
        }
    }
    AstNode *value = fe_expr(c, expr);
    if (value->kind == AST_TUPLE && fe_is(expr, "expression_list")) {
        /* CPython 3.11 parses the field's text as "(text)", the parentheses
         * written over the '{' and the character ending the expression, and a
         * tuple's span includes its parentheses. */
        TSNode next = ts_node_next_sibling(expr);
        while (!ts_node_is_null(next) && fe_is(next, "comment")) next = ts_node_next_sibling(next);
        if (!ts_node_is_null(next)) {
            Span open_sp = fe_span(ts_node_child(field, 0)), end_sp = fe_span(next);
            value->span = (Span){open_sp.line, open_sp.col, end_sp.line, end_sp.col + 1,
                                 open_sp.start_byte, end_sp.start_byte + 1};
        }
    }
    AstNode *format_spec = NULL;
    Span tok_span = fe_span(f->tok->node);
    if (walrus_spec) {
        format_spec = ast_new(c->arena, AST_JOINED_STR, tok_span);
        StrBuf b;
        sb_init(&b);
        sb_puts(&b, walrus_spec);
        AstNode *k = make_str(c, &b, tok_span, false);
        sb_free(&b);
        format_spec->u.joined_str.values = ast_list_from(c->arena, &k, 1);
    } else if (!ts_node_is_null(spec)) {
        /* fstring_parse(..., first_token, t, last_token) then Finish(t, t) */
        StrState sub = {.fmode = true};
        sb_init(&sub.last);
        uint32_t from = ts_node_start_byte(spec) + 1; /* after ':' */
        fstring_parts(c, f, &sub, spec, from, ts_node_end_byte(spec), level + 1);
        format_spec = state_finish(c, &sub, tok_span, false);
    }
    if (conversion == -1 && !ts_node_is_null(eq) && !format_spec) conversion = 'r';

    state_flush(c, st, f->whole, f->u_kind);
    AstNode *fv = ast_new(c->arena, AST_FORMATTED_VALUE, f->whole);
    fv->u.formatted_value.value = value;
    fv->u.formatted_value.conversion = conversion;
    fv->u.formatted_value.format_spec = format_spec;
    VEC_PUSH(&st->values, fv);
}

/* The literal text and replacement fields of container (a `string` or a
 * `format_specifier`) between bytes from and to. */
static void fstring_parts(FeCtx *c, const FCtx *f, StrState *st, TSNode container, uint32_t from, uint32_t to,
                          int level) {
    uint32_t pos = from;
    uint32_t count = ts_node_child_count(container);
    StrBuf text;
    sb_init(&text);
    for (uint32_t i = 0; i < count; i++) {
        TSNode ch = ts_node_child(container, i);
        if (!fe_is(ch, "interpolation") && !fe_is(ch, "format_expression")) continue;
        uint32_t s = ts_node_start_byte(ch);
        text.len = 0;
        if (s > pos && !decode_text(c, f->tok, pos, s, level == 0, &text)) goto out;
        state_add_text(st, text.data, text.len);
        fstring_field(c, f, st, ch, level);
        pos = ts_node_end_byte(ch);
    }
    text.len = 0;
    if (to > pos && !decode_text(c, f->tok, pos, to, level == 0, &text)) goto out;
    state_add_text(st, text.data, text.len);
out:
    sb_free(&text);
}

/* string: string_start (string_content | interpolation)* string_end
 * concatenated_string: string string+
 * -> Constant (str or bytes) or JoinedStr, as CPython's _PyPegen_concatenate_strings. */
AstNode *fe_strings(FeCtx *c, TSNode n) {
    TSNodeVec parts = {0};
    if (fe_is(n, "concatenated_string")) {
        uint32_t count = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < count; i++) {
            TSNode ch = ts_node_named_child(n, i);
            if (fe_is(ch, "string")) VEC_PUSH(&parts, ch);
        }
    } else {
        VEC_PUSH(&parts, n);
    }
    if (parts.len == 0) INTERNAL_ERROR("concatenated_string without strings");
    Span whole = fe_span(n);
    StrState st = {0};
    sb_init(&st.last);
    StrTok first = str_tok(c, parts.items[0]);
    FCtx f = {.whole = whole, .u_kind = first.u};
    bool failed = false;
    for (int i = 0; i < parts.len && !failed; i++) {
        StrTok t = str_tok(c, parts.items[i]);
        if (t.bytes != first.bytes) {
            fe_error_span(c, whole, "cannot mix bytes and nonbytes literals");
            failed = true;
            break;
        }
        f.tok = &t;
        if (t.fstr) {
            st.fmode = true;
            int before = c->diags->error_count;
            fstring_parts(c, &f, &st, t.node, t.body_start, t.body_end, 0);
            failed = c->diags->error_count != before;
        } else {
            failed = !decode_text(c, &t, t.body_start, t.body_end, false, &st.last);
        }
    }
    VEC_FREE(&parts);
    if (first.bytes) {
        AstNode *e = ast_new(c->arena, AST_CONSTANT, whole);
        e->u.constant.kind = AST_CONST_BYTES;
        e->u.constant.data = arena_strndup(c->arena, st.last.data, st.last.len);
        e->u.constant.len = (uint32_t)st.last.len;
        sb_free(&st.last);
        VEC_FREE(&st.values);
        return e;
    }
    return state_finish(c, &st, whole, first.u);
}
