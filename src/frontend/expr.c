/* Expressions: CST -> AST. (stub: to be written) */
#include "frontend/fe_internal.h"

AstNode *fe_expr(FeCtx *c, TSNode n) { fe_error(c, n, "unsupported"); return ast_new(c->arena, AST_PASS, fe_span(n)); }
AstNode *fe_target(FeCtx *c, TSNode n, AstCtx ctx) { (void)ctx; return fe_expr(c, n); }
void fe_set_ctx(FeCtx *c, AstNode *e, AstCtx ctx) { (void)c; (void)e; (void)ctx; }
