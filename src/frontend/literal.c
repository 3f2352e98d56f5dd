/* Literals: numbers and strings. (stub: to be written) */
#include "frontend/fe_internal.h"

AstNode *fe_number(FeCtx *c, TSNode n) { return fe_expr(c, n); }
AstNode *fe_strings(FeCtx *c, TSNode n) { return fe_expr(c, n); }
