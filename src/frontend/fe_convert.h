/* Declarations shared by the CST -> AST conversion files (stmt.c, expr.c,
 * targets.c, comprehension.c, params.c, pattern.c, cst.c) beyond the entry
 * points of fe_internal.h. */
#ifndef PY2C_FRONTEND_CONVERT_H
#define PY2C_FRONTEND_CONVERT_H

#include "frontend/fe_internal.h"

typedef VEC(TSNode) TSNodeVec;

/* --- CST helpers (cst.c) --- */
/* The children of n, skipping comments and line continuations; only named ones
 * when named_only. The caller frees out with VEC_FREE. */
void fe_children(TSNode n, bool named_only, TSNodeVec *out);
/* The first named non-comment child, or a null node. */
TSNode fe_first_named(TSNode n);
/* Whether n has an anonymous child token of this type (e.g. ","). */
bool fe_has_token(TSNode n, const char *tok);
/* A `tuple` / `tuple_pattern` / `parenthesized_expression` written `(x)`:
 * parentheses around one element without a comma. Returns the element or a
 * null node. */
TSNode fe_paren_inner(TSNode n);
/* An identifier's text, NFKC-normalized as CPython does. */
const char *fe_name_text(FeCtx *c, TSNode id);
AstIdent fe_ident(FeCtx *c, TSNode id);
/* A `dotted_name` as "a.b.c". */
const char *fe_dotted(FeCtx *c, TSNode n);
/* Dummy expression standing in for one that was reported as an error, so
 * that no NULL or AST_PASS is left in an expression position. */
AstNode *fe_bad_expr(FeCtx *c, Span span);
/* The span of a CPython node that runs from a keyword to the end of the last
 * statement of its last block. */
Span fe_stmt_span(FeCtx *c, Span start, AstList last_body);

/* --- expressions (expr.c) --- */
AstNode *fe_name(FeCtx *c, TSNode id, AstCtx ctx);
/* CPython's name for an expression kind in error messages ("function call"). */
const char *fe_expr_name(const AstNode *e);
/* `argument_list` or a bare generator_expression -> args and keywords. */
void fe_call_args(FeCtx *c, TSNode args, AstList *pos, AstList *kw);
/* Elements of a display (list, set, tuple, expression_list, ...). */
AstList fe_elements(FeCtx *c, TSNode n);
/* One item, or a Tuple of several (see expr.c); NULL when items is empty.
 * tuple: a comma or a starred item forces the Tuple. Frees items. */
AstNode *fe_tuple_or_single(FeCtx *c, AstNodeVec *items, bool tuple, Span first, Span last);
/* The items between n's '[' and ']' (a subscript or a type_parameter), each
 * converted by convert, as fe_tuple_or_single makes them; NULL when none. */
AstNode *fe_bracket_slice(FeCtx *c, TSNode n, AstNode *(*convert)(FeCtx *c, TSNode n));

/* --- statements (stmt.c, compound.c, pattern.c) --- */
/* One statement node of any kind -> one AST statement. */
AstNode *fe_stmt(FeCtx *c, TSNode n);
/* if, for, while, try, with, function/class definitions (decorated or not). */
AstNode *fe_compound(FeCtx *c, TSNode n);
/* match_statement */
AstNode *fe_match(FeCtx *c, TSNode n);

/* --- annotation.c --- */
/* A `type` node or one of tree-sitter's annotation forms -> expression. */
AstNode *fe_type_expr(FeCtx *c, TSNode n);

/* --- operators.c --- */
/* binary_operator, unary_operator or await, re-associated as CPython does. */
AstNode *fe_operators(FeCtx *c, TSNode n);

/* --- targets.c --- */
/* The first sub-expression of e that cannot take ctx (NULL: e is a valid
 * target). Sets ctx on the parts it walked; reports nothing. */
AstNode *fe_invalid_target(AstNode *e, AstCtx ctx);

/* --- hints.c --- */
/* For an ERROR node of a known shape (`f() = 1`, `for f() in x`, `(a.b := 1)`),
 * reports CPython's own message and returns true; otherwise reports nothing
 * and returns false. Meant to be called by parse.c before its generic
 * "invalid syntax". */
bool fe_explain_error(FeCtx *c, TSNode err);

/* `*a(b)`, `*a.b + c`: tree-sitter's tree has the star on `a` (see expr.c).
 * fe_leading_splat returns that list_splat at the left end of a call /
 * attribute / subscript / binary_operator chain, or a null node;
 * fe_expr_unstarred converts a call/attribute/subscript chain n without it. */
TSNode fe_leading_splat(TSNode n);
AstNode *fe_expr_unstarred(FeCtx *c, TSNode n, TSNode splat);
void fe_fix_left_spine(AstNode *e, Span star, Span start);

/* --- comprehensions (comprehension.c) --- */
/* list_comprehension, set_comprehension, dictionary_comprehension, generator_expression. */
AstNode *fe_comprehension(FeCtx *c, TSNode n);

#endif
