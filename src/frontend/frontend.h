/* The frontend: Python source text -> AST (ir/ast.h).
 * tree-sitter is an implementation detail of this folder. */
#ifndef PY2C_FRONTEND_H
#define PY2C_FRONTEND_H

#include "common/diag.h"
#include "ir/ast.h"

/* Parses src into a new AstModule (the caller frees it with ast_module_free).
 * Syntax errors — those tree-sitter finds and the further checks CPython's
 * compiler makes (assignment targets, return/yield/break outside their scope,
 * parameter rules, invalid UTF-8, ...) — are reported into diags; the returned
 * tree is then only partial and must not be lowered. src must outlive the module. */
/* A file with a PEP 263 coding cookie (e.g. koi8-r) is decoded first: src's
 * text is replaced by its UTF-8 form (the bytes stay in src->raw), so that
 * positions and the source lines of diagnostics are CPython's. */
AstModule *fe_parse(SourceFile *src, DiagList *diags);

#endif
