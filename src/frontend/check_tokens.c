/* Tokenizer-level syntax errors, worded and placed as CPython 3.11's
 * tokenizer does (Parser/tokenizer.c): tree-sitter accepts some of these
 * (indentation) and reports the others as a bare ERROR node far from the cause
 * (an unclosed bracket makes the rest of the file one error). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "frontend/check_tokens.h"
#include "frontend/encoding.h"

typedef struct Scan {
    FeCtx *c;
    const char *t;
    uint32_t len;
    uint32_t i;
    int line;
    uint32_t line_start;
    uint32_t error_at;
    char *join; /* fe_join_bracket_lines' copy of the text, or NULL (then errors are reported) */
    bool limit; /* the error is a nesting limit (brackets, indentation) */
} Scan;

enum { MAX_DEPTH = 200, MAX_INDENT = 100 };

static Span span_at(const Scan *s, uint32_t at, int line, uint32_t line_start) {
    (void)s;
    int col = (int)(at - line_start);
    return (Span){line, col, line, col + 1, at, at + 1};
}

static void scan_error(Scan *s, uint32_t at, int line, uint32_t line_start, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void scan_error(Scan *s, uint32_t at, int line, uint32_t line_start, const char *fmt, ...) {
    if (s->error_at != UINT32_MAX) return;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    s->error_at = at;
    if (!s->join) fe_error_span(s->c, span_at(s, at, line, line_start), "%s", buf);
}

static void newline(Scan *s) {
    s->line++;
    s->line_start = s->i;
}

/* A string starting at the quote s->i (prefix already skipped). */
static void scan_string(Scan *s, uint32_t start) {
    char q = s->t[s->i];
    bool triple = s->i + 2 < s->len && s->t[s->i + 1] == q && s->t[s->i + 2] == q;
    int line = s->line;
    uint32_t line_start = s->line_start;
    s->i += triple ? 3 : 1;
    while (s->i < s->len) {
        char ch = s->t[s->i];
        if (ch == '\\' && s->i + 1 < s->len) {
            s->i++;
            if (s->t[s->i] == '\r' && s->i + 1 < s->len && s->t[s->i + 1] == '\n') s->i++;
            if (s->t[s->i] == '\n') {
                s->i++;
                newline(s);
            } else {
                s->i++;
            }
            continue;
        }
        if (ch == '\n') {
            if (!triple) {
                scan_error(s, start, line, line_start, "unterminated string literal (detected at line %d)", s->line);
                return;
            }
            s->i++;
            newline(s);
            continue;
        }
        if (ch == q && (!triple || (s->i + 2 < s->len && s->t[s->i + 1] == q && s->t[s->i + 2] == q))) {
            s->i += triple ? 3 : 1;
            return;
        }
        s->i++;
    }
    /* End of file inside the string: CPython counts the last line. */
    int last = s->line;
    if (s->len > 0 && s->t[s->len - 1] == '\n' && s->line_start == s->len) last--;
    if (triple)
        scan_error(s, start, line, line_start, "unterminated triple-quoted string literal (detected at line %d)", last);
    else
        scan_error(s, start, line, line_start, "unterminated string literal (detected at line %d)", last);
}

static bool is_ident_char(char ch) { return isalnum((unsigned char)ch) || ch == '_' || (unsigned char)ch >= 0x80; }

/* What CPython calls the block a line ending in ':' opens, from its first word. */
static const char *block_name(const char *w, size_t n) {
    static const char *const stmts[] = {"if", "elif", "else", "for", "while", "with", "try",
                                        "except", "finally", "match", "case"};
    if (n == 3 && memcmp(w, "def", 3) == 0) return "function definition";
    if (n == 5 && memcmp(w, "class", 5) == 0) return "class definition";
    for (size_t i = 0; i < ARRAY_LEN(stmts); i++)
        if (strlen(stmts[i]) == n && memcmp(w, stmts[i], n) == 0) return stmts[i];
    return NULL;
}

static void expected_block(Scan *s, uint32_t at, int line, uint32_t line_start, const char *opener, int opener_line) {
    if (strchr(opener, ' '))
        scan_error(s, at, line, line_start, "expected an indented block after %s on line %d", opener, opener_line);
    else
        scan_error(s, at, line, line_start, "expected an indented block after '%s' statement on line %d", opener,
                   opener_line);
}

/* The scan of fe_check_tokens; with `join`, fe_join_bracket_lines' instead. */
static uint32_t scan_tokens(FeCtx *c, char *join, bool *limit) {
    Scan s = {c, c->src->text, c->src->len, 0, 1, 0, UINT32_MAX, join, false};
    char brackets[MAX_DEPTH];
    int bline[MAX_DEPTH];
    uint32_t bat[MAX_DEPTH], bls[MAX_DEPTH];
    int depth = 0;
    int indents[MAX_INDENT + 1] = {0}, altindents[MAX_INDENT + 1] = {0};
    int nind = 0;
    bool at_line_start = true;
    /* The last logical line: did it end with ':' and which block does it open. */
    char last_sig = 0;
    uint32_t last_sig_at = 0, last_sig_ls = 0, colon_at = 0, colon_line_start = 0;
    int last_sig_line = 0, colon_line = 0, stmt_line = 1;
    const char *opener = NULL;
    int opener_line = 0, opener_indent = 0;
    const char *first_word = NULL;
    size_t first_len = 0;
    int cur_indent = 0;
    bool header = false, header_colon = false; /* the last logical line starts with a block keyword; has a ':' */
    while (s.i < s.len && s.error_at == UINT32_MAX) {
        if (at_line_start) {
            at_line_start = false;
            int col = 0, altcol = 0;
            uint32_t j = s.i;
            for (; j < s.len; j++) {
                char ch = s.t[j];
                if (ch == ' ') col++, altcol++;
                else if (ch == '\t') col = (col / 8 + 1) * 8, altcol++;
                else if (ch == '\f') col = altcol = 0;
                else break;
            }
            s.i = j;
            if (j >= s.len || s.t[j] == '\n' || s.t[j] == '#' || s.t[j] == '\r' || s.t[j] == '\\') continue; /* blank */
            if (opener) {
                if (col <= opener_indent) {
                    expected_block(&s, j, s.line, s.line_start, opener, opener_line);
                    break;
                }
            } else if (col > indents[nind] && !(header && !header_colon)) {
                /* (A header without its colon, `if x`, is left to the parser's
                 * "expected ':'".) */
                scan_error(&s, j, s.line, s.line_start, "unexpected indent");
                break;
            }
            if (col > indents[nind]) {
                if (altcol <= altindents[nind]) {
                    scan_error(&s, j, s.line, s.line_start, "inconsistent use of tabs and spaces in indentation");
                    break;
                }
                if (nind == MAX_INDENT) {
                    s.limit = s.error_at == UINT32_MAX;
                    scan_error(&s, j, s.line, s.line_start, "too many levels of indentation");
                    break;
                }
                nind++;
                indents[nind] = col;
                altindents[nind] = altcol;
            } else if (col == indents[nind]) {
                if (altcol != altindents[nind]) {
                    scan_error(&s, j, s.line, s.line_start, "inconsistent use of tabs and spaces in indentation");
                    break;
                }
            } else {
                while (nind > 0 && col < indents[nind]) nind--;
                if (col != indents[nind]) {
                    scan_error(&s, j, s.line, s.line_start, "unindent does not match any outer indentation level");
                    break;
                }
                if (altcol != altindents[nind]) {
                    scan_error(&s, j, s.line, s.line_start, "inconsistent use of tabs and spaces in indentation");
                    break;
                }
            }
            cur_indent = col;
            stmt_line = s.line;
            opener = NULL;
            header_colon = false;
            last_sig = 0;
            first_word = s.t + j;
            first_len = 0;
            while (j + first_len < s.len && is_ident_char(s.t[j + first_len])) first_len++;
            if (first_len == 5 && memcmp(first_word, "async", 5) == 0) {
                uint32_t w = j + 5;
                while (w < s.len && (s.t[w] == ' ' || s.t[w] == '\t')) w++;
                first_word = s.t + w;
                first_len = 0;
                while (w + first_len < s.len && is_ident_char(s.t[w + first_len])) first_len++;
            }
            continue;
        }
        char ch = s.t[s.i];
        if (ch == '\n') {
            if (join && depth > 0) {
                join[s.i] = ' ';
                if (s.i > 0 && s.t[s.i - 1] == '\r') join[s.i - 1] = ' ';
            }
            s.i++;
            newline(&s);
            if (depth == 0) {
                at_line_start = true;
                header = block_name(first_word, first_len) != NULL;
                if (last_sig == ':') {
                    colon_at = last_sig_at;
                    colon_line_start = last_sig_ls;
                    colon_line = last_sig_line;
                    opener = block_name(first_word, first_len);
                    opener_line = stmt_line;
                    opener_indent = cur_indent;
                }
            }
            continue;
        }
        if (ch == '#') {
            /* Inside brackets the comment goes with the line end after it. */
            uint32_t b = s.i;
            while (s.i < s.len && s.t[s.i] != '\n') s.i++;
            if (join && depth > 0) memset(join + b, ' ', s.i - b);
            continue;
        }
        if (ch == '\\' && s.i + 1 < s.len && (s.t[s.i + 1] == '\n' || s.t[s.i + 1] == '\r')) {
            uint32_t b = s.i;
            s.i += s.t[s.i + 1] == '\r' && s.i + 2 < s.len && s.t[s.i + 2] == '\n' ? 3 : 2;
            if (join && depth > 0) memset(join + b, ' ', s.i - b);
            newline(&s);
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
            s.i++;
            continue;
        }
        last_sig = ch;
        last_sig_at = s.i;
        last_sig_ls = s.line_start;
        last_sig_line = s.line;
        if (ch == ':' && depth == 0) header_colon = true;
        if (ch == '"' || ch == '\'') {
            /* The prefix letters were consumed as an identifier just before. */
            uint32_t start = s.i;
            while (start > 0 && isalpha((unsigned char)s.t[start - 1]) && s.i - start < 2) start--;
            scan_string(&s, start);
            last_sig = '"';
            continue;
        }
        if (is_ident_char(ch)) {
            while (s.i < s.len && is_ident_char(s.t[s.i])) s.i++;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            if (depth == MAX_DEPTH) {
                s.limit = s.error_at == UINT32_MAX;
                scan_error(&s, s.i, s.line, s.line_start, "too many nested parentheses");
                break;
            }
            brackets[depth] = ch;
            bline[depth] = s.line;
            bat[depth] = s.i;
            bls[depth] = s.line_start;
            depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            char open = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (depth == 0) {
                scan_error(&s, s.i, s.line, s.line_start, "unmatched '%c'", ch);
                break;
            }
            if (brackets[depth - 1] != open) {
                if (bline[depth - 1] != s.line)
                    scan_error(&s, s.i, s.line, s.line_start,
                               "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", ch,
                               brackets[depth - 1], bline[depth - 1]);
                else
                    scan_error(&s, s.i, s.line, s.line_start,
                               "closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                               brackets[depth - 1]);
                break;
            }
            depth--;
        }
        s.i++;
    }
    if (s.error_at == UINT32_MAX && depth > 0)
        scan_error(&s, bat[depth - 1], bline[depth - 1], bls[depth - 1], "'%c' was never closed", brackets[depth - 1]);
    if (s.error_at == UINT32_MAX && opener)
        expected_block(&s, colon_at + 1, colon_line, colon_line_start, opener, opener_line);
    if (limit) *limit = s.limit;
    return s.error_at;
}

uint32_t fe_check_tokens(FeCtx *c, bool *limit) { return scan_tokens(c, NULL, limit); }

char *fe_join_bracket_lines(FeCtx *c) {
    char *join = xmalloc((size_t)c->src->len + 1);
    memcpy(join, c->src->text, (size_t)c->src->len + 1);
    if (scan_tokens(c, join, NULL) != UINT32_MAX || memcmp(join, c->src->text, c->src->len) == 0) {
        free(join);
        return NULL;
    }
    return join;
}

/* ---- source encoding ------------------------------------------------------ */

/* The coding cookie of a comment line: `coding[:=]\s*([-\w.]+)`. */
static bool cookie_in_line(const char *p, const char *end, const char **name, size_t *len) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= end || *p != '#') return false;
    for (; p + 6 < end; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '=')) continue;
        const char *q = p + 7;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        const char *b = q;
        while (q < end && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.')) q++;
        if (q == b) continue;
        *name = b;
        *len = (size_t)(q - b);
        return true;
    }
    return false;
}

/* Lower case, '_' -> '-' (as CPython's get_normal_name and codec lookup). */
static void normalize(const char *name, size_t len, char *out, size_t cap) {
    size_t n = len < cap - 1 ? len : cap - 1;
    for (size_t i = 0; i < n; i++) out[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    out[n] = '\0';
}

/* CPython's get_normal_name compares the first 12 characters of the cookie,
 * lower-cased with '_' as '-'. */
static bool normal_name_is(const char *name, size_t len, const char *exact, const char *prefix) {
    char buf[13];
    normalize(name, len < 12 ? len : 12, buf, sizeof buf);
    return strcmp(buf, exact) == 0 || strncmp(buf, prefix, strlen(prefix)) == 0;
}

/* A cookie CPython accepts after a UTF-8 byte order mark: only "utf-8". */
static bool is_bom_compatible(const char *name, size_t len) {
    return normal_name_is(name, len, "utf-8", "utf-8-");
}

/* The names CPython reports as "iso-8859-1". */
static bool is_latin1_name(const char *name, size_t len) {
    return normal_name_is(name, len, "latin-1", "latin-1-") || normal_name_is(name, len, "iso-8859-1", "iso-8859-1-") ||
           normal_name_is(name, len, "iso-latin-1", "iso-latin-1-");
}

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

static bool is_ascii(const char *t, uint32_t len) {
    for (uint32_t i = 0; i < len; i++)
        if ((unsigned char)t[i] >= 0x80) return false;
    return true;
}

/* The end of the line starting at byte i (its \n, \r\n or \r excluded). */
static uint32_t line_end(const char *t, uint32_t len, uint32_t i) {
    while (i < len && t[i] != '\n' && t[i] != '\r') i++;
    return i;
}

/* The start of the line after the one ending at byte e. */
static uint32_t next_line(const char *t, uint32_t len, uint32_t e) {
    if (e < len && t[e] == '\r') {
        e++;
        if (e < len && t[e] == '\n') e++;
    } else if (e < len && t[e] == '\n') {
        e++;
    }
    return e;
}

/* Decodes the file's bytes with codec into the text fe_parse parses. Decoding
 * is the one change the frontend makes to the caller's SourceFile, so that every later user of the file
 * (spans, diagnostics with their source line, the lowering's locations) reads
 * the text CPython parses, whose UTF-8 byte offsets are CPython's columns. The
 * bytes stay in src->raw, so a second fe_parse decodes the same way. */
static bool decode_source(FeCtx *c, SourceFile *src, const FeCodec *codec) {
    uint32_t len;
    const char *bytes = source_bytes(src, &len);
    FeDecoded d;
    fe_codec_decode(codec, bytes, len, &d);
    if (d.len == src->len && memcmp(d.text, src->text, d.len) == 0) free(d.text); /* ASCII, or UTF-8 */
    else source_set_decoded(src, d.text, d.len);
    if (!d.failed) return true;
    /* CPython says line 0 (the whole file is decoded before any line is read);
     * py2c points at the undecodable bytes, shown as U+FFFD. */
    Span sp = source_span(src, d.bad_out, d.bad_out + 3);
    fe_error_span(c, sp, "%s", d.message);
    return false;
}

static bool check_encoding(FeCtx *c, SourceFile *src) {
    uint32_t blen;
    const char *bytes = source_bytes(src, &blen);
    const char *name = NULL;
    size_t len = 0;
    int cookie_line = 0;
    /* Line 2 counts only when line 1 is a comment or blank (as the tokenizer). */
    uint32_t b = 0;
    for (int l = 0; l < 2 && b < blen && !name; l++) {
        uint32_t e = line_end(bytes, blen, b);
        if (cookie_in_line(bytes + b, bytes + e, &name, &len)) cookie_line = l + 1;
        uint32_t p = b;
        while (p < e && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\f')) p++;
        if (p < e && bytes[p] != '#') break;
        b = next_line(bytes, blen, e);
    }
    if (!name) return check_utf8(c);
    int shown = cookie_line <= src->line_count ? cookie_line : src->line_count;
    uint32_t at = src->line_starts[shown - 1];
    Span sp = {shown, 0, shown, 1, at, at + 1};
    if (src->had_bom && !is_bom_compatible(name, len)) {
        /* CPython says line 0 (before any line is read); py2c points at the cookie. */
        const char *latin1 = "iso-8859-1";
        if (is_latin1_name(name, len)) name = latin1, len = strlen(latin1);
        fe_error_span(c, sp, "encoding problem: %.*s with BOM", (int)len, name);
        return false;
    }
    /* CPython's get_normal_name: UTF-8 needs no decoding, and the latin-1
     * spellings (also "latin-1-anything") become "iso-8859-1". */
    if (normal_name_is(name, len, "utf-8", "utf-8-")) return check_utf8(c);
    if (is_latin1_name(name, len)) name = "iso-8859-1", len = strlen(name);
    FeCodecStatus status;
    const FeCodec *codec = fe_codec_lookup(name, len, &status);
    switch (status) {
    case FE_CODEC_FOUND: return decode_source(c, src, codec);
    case FE_CODEC_UNKNOWN: fe_error_span(c, sp, "unknown encoding: %.*s", (int)len, name); return false;
    case FE_CODEC_NOT_TEXT:
        fe_error_span(c, sp, "'%.*s' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                      (int)len, name);
        return false;
    case FE_CODEC_UNDEFINED:
        fe_error_span(c, sp, "decoding with '%.*s' codec failed (UnicodeError: undefined encoding)", (int)len,
                      name);
        return false;
    case FE_CODEC_ASCII_ONLY:
        if (is_ascii(bytes, blen)) return true;
        break;
    case FE_CODEC_UNSUPPORTED: break;
    }
    fe_error_span(c, sp, "py2c does not support the source encoding '%.*s': convert the file to UTF-8", (int)len,
                  name);
    return false;
}

/* CPython's tokenizer refuses a line with a NUL byte ("source code cannot
 * contain null bytes", at that line); tree-sitter would only see a syntax error. */
static bool check_no_nul(FeCtx *c, const SourceFile *src) {
    const char *nul = memchr(src->text, '\0', src->len);
    if (!nul) return true;
    uint32_t at = (uint32_t)(nul - src->text);
    fe_error_span(c, source_span(src, at, at + 1), "source code cannot contain null bytes");
    return false;
}

bool fe_check_encoding(FeCtx *c, SourceFile *src) { return check_encoding(c, src) && check_no_nul(c, src); }
