/* Match patterns. (stub: to be written) */
#include "frontend/fe_internal.h"

AstNode *fe_pattern(FeCtx *c, TSNode n) { return fe_expr(c, n); }
