/* Shared by the files of src/frontend only: the CST -> AST conversion context
 * and the entry points of each part of the conversion. */
#ifndef PY2C_FRONTEND_INTERNAL_H
#define PY2C_FRONTEND_INTERNAL_H

#include <tree_sitter/api.h>

#include "common/diag.h"
#include "common/vec.h"
#include "ir/ast.h"

typedef struct FeCtx {
    Arena *arena;          /* the AstModule's arena */
    const SourceFile *src;
    DiagList *diags;
} FeCtx;

typedef VEC(AstNode *) AstNodeVec;

/* --- helpers (parse.c) --- */
Span fe_span(TSNode n);
/* Span from the start of a to the end of b. */
Span fe_span_join(Span a, Span b);
/* The node's source text, copied into the arena and NUL-terminated. */
const char *fe_text(FeCtx *c, TSNode n);
bool fe_is(TSNode n, const char *type);
/* Named child by field name, or a null node (ts_node_is_null). */
TSNode fe_field(TSNode n, const char *field);
/* Reports a syntax error at n. */
void fe_error(FeCtx *c, TSNode n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void fe_error_span(FeCtx *c, Span span, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A construct py2c parses but CPython 3.11 rejects (e.g. `print x`, PEP 695). */
void fe_error_not_311(FeCtx *c, TSNode n, const char *what);
AstList fe_list(FeCtx *c, AstNodeVec *v); /* copies into the arena and frees v */

/* --- statements (stmt.c) --- */
/* A `block` or `module` node's statements. */
AstList fe_block(FeCtx *c, TSNode block);

/* --- expressions (expr.c) --- */
/* Converts an expression node (any of tree-sitter's expression / primary_expression
 * kinds, expression_list, parenthesized forms, yield) in Load context. */
AstNode *fe_expr(FeCtx *c, TSNode n);
/* Converts n for use as an assignment / for / with / del target: sets ctx to
 * Store or Del throughout and reports CPython's "cannot assign to ..." errors. */
AstNode *fe_target(FeCtx *c, TSNode n, AstCtx ctx);
/* Sets Store/Del context on an already converted expression, reporting invalid
 * targets. `what` words the error as CPython does ("assign to", "delete"). */
void fe_set_ctx(FeCtx *c, AstNode *e, AstCtx ctx);

/* --- literals (literal.c) --- */
AstNode *fe_number(FeCtx *c, TSNode n);          /* integer, float */
AstNode *fe_strings(FeCtx *c, TSNode n);         /* string or concatenated_string */

/* --- parameters (params.c) --- */
/* `parameters` or `lambda_parameters` (may be null: no parameters) -> AST_ARGUMENTS. */
AstNode *fe_arguments(FeCtx *c, TSNode params, Span where);

/* --- match patterns (pattern.c) --- */
AstNode *fe_pattern(FeCtx *c, TSNode n);

/* --- CPython's checks beyond the grammar (check.c), run on the finished AST --- */
void fe_check_module(FeCtx *c, AstNode *module);

#endif
