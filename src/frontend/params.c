/* Parameters. (stub: to be written) */
#include "frontend/fe_internal.h"

AstNode *fe_arguments(FeCtx *c, TSNode params, Span where) { (void)params; return ast_new(c->arena, AST_ARGUMENTS, where); }
