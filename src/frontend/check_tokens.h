/* Errors CPython's tokenizer finds and tree-sitter misses or words poorly:
 * brackets, unterminated strings, indentation. Used by parse.c only. */
#ifndef PY2C_FRONTEND_CHECK_TOKENS_H
#define PY2C_FRONTEND_CHECK_TOKENS_H

#include "frontend/fe_internal.h"

/* Scans c->src like CPython's tokenizer and reports its first error (CPython
 * stops there too). Returns the byte offset of the error, or UINT32_MAX when
 * the token stream is fine. *limit (if not NULL) tells whether that error is a
 * nesting limit: more than 200 open brackets or 100 indentation levels. */
uint32_t fe_check_tokens(FeCtx *c, bool *limit);

/* A copy of c->src->text, as long and NUL-terminated (the caller frees it), in
 * which every line end inside brackets is blanked to spaces together with a
 * comment or a backslash before it: the same program with the same byte
 * offsets, all of whose bracketed expressions sit on one line. NULL when the
 * text has no such line end or the scan of fe_check_tokens fails. (tree-sitter-
 * python's scanner emits a DEDENT for a bracketed line indented less than the
 * block, e.g. `(bar.` + a line `baz)` at column 0, and fails the file.) */
char *fe_join_bracket_lines(FeCtx *c);

/* PEP 263: the source encoding, from a coding cookie on line 1 or 2 found as
 * CPython's tokenizer finds it. A file in another encoding than UTF-8 is
 * decoded (encoding.c) and c->src's text becomes the UTF-8 result (the bytes
 * stay in c->src->raw): the one change fe_parse makes to its SourceFile.
 * Returns false after reporting an unknown encoding, one py2c cannot decode as
 * Python does, undecodable bytes, or invalid UTF-8. */
bool fe_check_encoding(FeCtx *c, SourceFile *src);

#endif
